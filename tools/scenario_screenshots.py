"""Each step of the two day scenarios, in Russian at 1366×768, into docs/screenshots/scenario/.

QT_QPA_PLATFORM=offscreen python tools/scenario_screenshots.py

The steps are those of tests/gui/test_moderator_day.py and tests/gui/test_secretariat_day.py
(which drive them by keys, in English); here they are made by the same services and dialogs,
so that each screen can be photographed as the user sees it.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from facilitator.demo import write_demo
from facilitator.exchange import combine, kit, laptop
from facilitator.exchange.merge import merge_files
from facilitator.gui import language, settings
from facilitator.gui.app import application
from facilitator.gui.commands import Change
from facilitator.gui.controller import Controller
from facilitator.gui.exchange import dialogs
from facilitator.gui.exchange.merge_preview import merge_summary
from facilitator.gui.main_window import MainWindow
from facilitator.services import participants, platforms, proposals
from facilitator.store.db import create_session_file, open_session_file
from facilitator.vocabulary import RESOLUTION_ITEM

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots" / "scenario"
SIZE = (1366, 768)
SIMILAR = ("Подготовка кадров для заводов региона", "Подготовка кадров для завода региона")


def settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def save(widget: QWidget, name: str) -> None:
    settle()
    widget.grab().save(str(OUT / f"{name}.png"))
    print(OUT / f"{name}.png")


def window_of(controller: Controller) -> MainWindow:
    window = controller.window
    assert window is not None
    window.resize(*SIZE)
    return window


# --- the moderator ---------------------------------------------------------------------------
def moderator_kit(folder: Path) -> Path:
    master = folder / "master.fsession"
    write_demo(master)
    sf = open_session_file(master)
    first = platforms.list_platforms()[0].id
    for surname in (
        "Абрамов", "Белов", "Чернов", "Денисов", "Егоров", "Фомин",
        "Гусев", "Ходаков", "Ильин", "Козлов", "Лебедев", "Макаров",
    ):  # fmt: skip
        participants.add_participant(sf, f"{surname} А. А.", organisation="Завод", platform=first)
    kits = kit.write_kits(sf, folder)
    sf.close()
    return kits[0]


def moderator(controller: Controller, folder: Path) -> None:
    assert controller.open_kit(moderator_kit(folder), folder / "laptop.fsession")
    window = window_of(controller)
    sf, own = window.ops.sf, window.platform_id
    save(window, "moderator-01-kit-opened")

    for person in participants.list_participants(own)[:10]:
        participants.set_present(sf, person.id, own, True)
    window.ops.notify(Change("attendance"))
    window.actions_.by_key["view_participants"].trigger()
    save(window, "moderator-02-ten-present")

    for title in ("Дороги к индустриальному парку", "Инженеры для заводов", "Открыть лабораторию"):
        proposals.add_proposal(sf, own, title)
    items = []
    for title, body, date in (
        ("Построить колледж при заводе", "Министерство образования", "2026-12-31"),
        ("Профинансировать дороги", "Правительство области", "2027-06-30"),
    ):
        made = proposals.add_proposal(sf, own, title, RESOLUTION_ITEM).id
        proposals.edit_proposal(sf, made, responsible=body, deadline=date)
        items.append(made)
    window.ops.notify(Change("platform"))
    window.actions_.by_key["view_proposals"].trigger()
    window.proposals.select(items[0])
    save(window, "moderator-03-five-captured")

    control = window.voting.control
    vote = control.start("count", items, {})
    assert vote is not None
    for item, figures in zip(items, ((7, 1, 0), (2, 6, 1)), strict=True):
        control.tally(vote.id, item, dict(zip(("for", "against", "abstain"), figures, strict=True)))
    from facilitator.gui.voting.dialog import VoteDialog

    dialog = VoteDialog(control, vote_id=vote.id, parent=window)
    dialog.show()
    save(dialog, "moderator-04-count-vote")

    window.voting.pin_current()
    projector = window.voting.projector
    projector.resize(*SIZE)
    save(projector, "moderator-05-projector-hidden")
    projector.reveal()
    save(projector, "moderator-06-projector-revealed")
    control.close(vote.id)
    dialog.close()
    projector.close()
    window.actions_.by_key["view_results"].trigger()
    save(window, "moderator-07-vote-closed")
    controller.close_session()


# --- the secretariat -------------------------------------------------------------------------
def forum_with_two_bundles(folder: Path) -> tuple[Path, str, list[Path]]:
    master = folder / "forum.fsession"
    sf = create_session_file(master, "Промышленный рывок", forum="Локомотивы роста")
    one = platforms.add_platform(sf, "Заводы развития")
    platforms.add_platform(sf, "Кадры для промышленности")
    shared = proposals.add_proposal(sf, one.id, "Дороги к парку").id
    kits = [kit.write_kit(sf, n, folder / f"p{n}.fkit") for n in (1, 2)]
    proposals.edit_proposal(
        sf, shared, title="Дороги к индустриальному парку", responsible="Минпромторг"
    )
    sf.close()
    inbox = folder / "inbox"
    inbox.mkdir()
    for number, made in zip((1, 2), kits, strict=True):
        local = kit.open_kit(made, folder / f"laptop{number}.fsession")
        platform = laptop.local_platform(local) or ""
        proposals.add_proposal(local, platform, SIMILAR[number - 1])
        if number == 1:
            proposals.edit_proposal(
                local, shared, title="Дороги и железная дорога к парку", text="Две полосы"
            )
        laptop.write_bundle(local, inbox)
        local.close()
    return master, shared, sorted(inbox.iterdir())


def secretariat(controller: Controller, folder: Path) -> None:
    master, _shared, bundles = forum_with_two_bundles(folder)
    assert controller.open_path(str(master))
    window = window_of(controller)
    sf = window.ops.sf
    save(window, "secretariat-01-session-opened")

    preview = dialogs.MergePreviewDialog(merge_files(sf, bundles, dry_run=True), window)
    preview.show()
    preview.resize(900, 420)  # as on a 1366×768 screen (the offscreen one is 800×600)
    save(preview, "secretariat-02-merge-preview")
    preview.close()
    accepted = QDialog.DialogCode.Accepted
    dialogs.MergePreviewDialog.exec = lambda self: accepted  # type: ignore[method-assign]
    window.exchange.import_paths(bundles)
    window.show_dashboard()
    save(window, "secretariat-03-bundles-merged")

    conflicts = dialogs.ConflictsDialog(sf, window)
    conflicts.show()
    conflicts.resize(900, 600)
    save(conflicts, "secretariat-04-conflict-field-by-field")
    conflicts.fields_model.take[0] = True
    conflicts.resolve_current("edited")
    conflicts.close()

    similar = dialogs.SimilarDialog(sf, window, merge=window.ops.merge_proposals)
    similar.show()
    similar.resize(900, 480)
    similar.view.setCurrentIndex(similar.model.index(0, 0))
    save(similar, "secretariat-05-similar-proposals")
    ids = [p.id for p in similar.model.group_at(0).proposals]
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("MergePreview", "Merge the group"),
        merge_summary(combine.preview_merge(ids)),
        parent=similar,
    )
    box.addButton(
        QCoreApplication.translate("MergePreview", "&Merge"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.show()
    save(box, "secretariat-06-merge-preview")
    box.close()
    merged = window.ops.merge_proposals(ids)
    similar.close()
    if merged:  # adopted, so that the resolution has an item to export
        window.ops.edit_proposal(merged, status="adopted")
    window.show_platform(platforms.platform_by_number(1).id)
    window.actions_.by_key["view_proposals"].trigger()
    save(window, "secretariat-07-merged-proposal")

    from facilitator.gui.resolution.export_dialog import ExportDialog

    export = ExportDialog(sf, window)
    export.open_after.setChecked(False)
    export.path.setText(str(folder / "Резолюция.docx"))
    export.show()
    save(export, "secretariat-08-export")
    export.start()
    while export.running:
        QApplication.processEvents()
    save(export, "secretariat-09-exported")
    export.close()
    controller.close_session()


def main() -> int:
    application()
    folder = Path(tempfile.mkdtemp())
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    QCoreApplication.setOrganizationName("FacilitatorScreenshots")
    settings.LANGUAGE.set("ru")
    language.install("ru")
    OUT.mkdir(parents=True, exist_ok=True)
    controller = Controller()
    (folder / "m").mkdir()
    (folder / "s").mkdir()
    moderator(controller, folder / "m")
    secretariat(controller, folder / "s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
