"""Screenshots of the voting windows for docs/voting_gui.md, in English and Russian.

python tools/voting_screenshots.py   # writes docs/screenshots/voting_*.png (offscreen, 1280×720)
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

from facilitator.demo import write_demo
from facilitator.gui import language
from facilitator.gui.voting.control import VoteControl
from facilitator.gui.voting.dialog import VoteDialog
from facilitator.gui.voting.projector import ProjectorWindow
from facilitator.gui.voting.results_view import ResultsView
from facilitator.gui.voting.timer import Timer
from facilitator.gui.voting.timer_widget import TimerWidget
from facilitator.services import platforms, votes
from facilitator.services.vote_results import items
from facilitator.store.db import open_session_file
from facilitator.store.models import Vote

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
SIZE = (1366, 768)


class StoppedClock:
    """A clock moved by hand: the timer is shown with 0:50 of 5:00 left, in amber."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def save(widget: QWidget, name: str, lang: str) -> None:
    widget.resize(*SIZE)
    widget.show()
    QApplication.processEvents()
    path = OUT / f"voting_{name}_{lang}.png"
    widget.grab().save(str(path))
    widget.close()
    print(path.relative_to(OUT.parent.parent))


def the_vote(platform_id: str, method: str) -> Vote:
    found = [v for v in votes.list_votes(platform_id) if v.method == method]
    open_ = [v for v in found if v.status == "open"]
    return (open_ or found)[-1]


def shoot(control: VoteControl, lang: str) -> None:
    platform_id = control.platform_id
    count, named = the_vote(platform_id, "count"), the_vote(platform_id, "named")
    save(VoteDialog(control, items(named)[:3]), "setup", lang)
    save(VoteDialog(control, vote_id=count.id), "count", lang)
    save(VoteDialog(control, vote_id=named.id), "named", lang)
    for method in ("dots", "rating"):
        view = ResultsView(platform_id)
        view.select_vote(the_vote(platform_id, method).id)
        save(view, f"results_{method}", lang)
    clock = StoppedClock()
    timer = Timer(300, clock=clock)
    timer.start()
    clock.now = 250.0
    timer.tick()
    projector = ProjectorWindow(platform_id, timer)
    projector.set_item(items(count)[0])
    projector.reveal()  # an open vote shows its result once the moderator reveals it
    save(projector, "projector", lang)
    projector.set_item(items(the_vote(platform_id, "dots"))[0])
    projector.reveal()
    save(projector, "projector_dots", lang)
    widget = TimerWidget(timer)
    widget.show()
    QApplication.processEvents()
    widget.grab().save(str(OUT / f"voting_timer_{lang}.png"))
    widget.close()


def main() -> int:
    app = QApplication(sys.argv)
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "demo.fsession"
        write_demo(path, filled=True)
        sf = open_session_file(path)
        try:
            control = VoteControl(sf, platforms.list_platforms()[0].id)
            for lang in ("en", "ru"):
                language.install(lang)
                shoot(control, lang)
        finally:
            sf.close()
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
