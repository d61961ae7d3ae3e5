"""GUI speed with 20,000 proposals: open and show the table, then one filter keystroke.

QT_QPA_PLATFORM=offscreen python bench/gui_bench.py
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from facilitator.gui import language  # noqa: E402
from facilitator.gui.main_window import MainWindow  # noqa: E402
from facilitator.gui.operations import Operations  # noqa: E402
from facilitator.services import platforms  # noqa: E402
from facilitator.store.db import create_session_file, open_session_file, utc_now  # noqa: E402
from facilitator.store.models import Proposal  # noqa: E402
from facilitator.vocabulary import KINDS  # noqa: E402

ROWS = 20_000
WORDS = ("завод", "кадры", "логистика", "энергия", "цифровой", "кластер", "экспорт", "налог")


def make_session(path: Path) -> None:
    sf = create_session_file(path, "Benchmark")
    platform = platforms.add_platform(sf, "Big platform")
    now = utc_now()
    rows = [
        dict(
            platform=platform.id,
            number=n,
            kind=KINDS[n % 4],
            device=sf.device,
            version=sf.tick(),
            title=f"{WORDS[n % 8]} {WORDS[(n // 8) % 8]} {n}",
            text=f"Текст предложения {n} о {WORDS[(n // 3) % 8]}",
            presenter=f"Докладчик {n % 300}",
            tags=WORDS[(n // 5) % 8],
            created_at=now,
            updated_at=now,
        )
        for n in range(1, ROWS + 1)
    ]
    with sf.atomic():
        for start in range(0, ROWS, 500):
            Proposal.insert_many(rows[start : start + 500]).execute()
    sf.close()


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    language.install("en")
    path = Path(tempfile.mkdtemp()) / "bench.fsession"
    make_session(path)
    started = time.perf_counter()
    sf = open_session_file(path)
    window = MainWindow(Operations(sf))
    window.resize(1400, 850)
    window.show()
    app.processEvents()
    opened = time.perf_counter() - started
    shown = window.proposals.proxy.rowCount()
    times = []
    search = window.proposals.search
    for text in ("з", "за", "зав", "заво", "завод", "", "к", "ка", "кад", "12", "123", ""):
        started = time.perf_counter()
        search.setText(text)
        app.processEvents()
        times.append(time.perf_counter() - started)
    print(
        f"open a {ROWS:,}-proposal session and show the table: {opened * 1000:.0f} ms"
        f" ({shown:,} rows)"
    )
    print(
        f"one filter keystroke over {ROWS:,} rows, median: {statistics.median(times) * 1000:.0f}"
        f" ms (max {max(times) * 1000:.0f} ms)"
    )
    window.close()
    sf.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
