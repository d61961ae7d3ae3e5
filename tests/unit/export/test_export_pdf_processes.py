"""LibreOffice leaves nothing running behind the export: done, timed out, or failed."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

import pytest
from processes import running

from facilitator.export import pdf
from facilitator.messages import FacilitatorError

pytestmark = pytest.mark.skipif(
    os.name != "posix" or not Path("/proc/self").exists(), reason="reads /proc (Linux)"
)

# Stands in for `soffice`: starts a child that would outlive it (as soffice.bin may), then
# hangs, fails or writes the PDF, as MODE says.
FAKE_SOFFICE = """#!/bin/sh
while [ $# -gt 0 ]; do
  case "$1" in --outdir) outdir="$2"; shift ;; esac
  last="$1"; shift
done
sleep 300 &
echo $! > "$CHILD_PID"
case "$MODE" in
  hang) sleep 300 ;;
  fail) echo "source file could not be loaded"; exit 1 ;;
esac
mkdir -p "$outdir"
echo "%PDF-1.4" > "$outdir/$(basename "$last" .docx).pdf"
"""


@pytest.fixture
def fake(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    script = tmp_path / "soffice"
    script.write_text(FAKE_SOFFICE)
    script.chmod(0o755)
    monkeypatch.setenv("FACILITATOR_SOFFICE", str(script))
    monkeypatch.setenv("CHILD_PID", str(tmp_path / "child.pid"))
    docx = tmp_path / "r.docx"
    docx.write_bytes(b"not read by the fake")

    def child() -> int:
        return int((tmp_path / "child.pid").read_text())

    return docx, child


def ended(pid: int) -> bool:
    deadline = time.monotonic() + 5
    while running(pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    return not running(pid)


def test_a_timeout_ends_the_whole_process_group(fake: Any, monkeypatch: Any) -> None:
    docx, child = fake
    monkeypatch.setenv("MODE", "hang")
    started = time.monotonic()
    with pytest.raises(FacilitatorError, match="no answer in 1 s"):
        pdf.to_pdf(docx, timeout=1)
    assert time.monotonic() - started < 10
    assert ended(child())


def test_a_finished_conversion_leaves_no_child_behind(fake: Any, monkeypatch: Any) -> None:
    docx, child = fake
    monkeypatch.setenv("MODE", "ok")
    out = pdf.to_pdf(docx, timeout=30)
    assert out == docx.with_suffix(".pdf") and out.read_text().startswith("%PDF")
    assert ended(child())


def test_a_failure_is_reported_with_what_libreoffice_said(fake: Any, monkeypatch: Any) -> None:
    docx, child = fake
    monkeypatch.setenv("MODE", "fail")
    with pytest.raises(FacilitatorError, match="source file could not be loaded"):
        pdf.to_pdf(docx, timeout=30)
    assert ended(child())


def test_the_limit_grows_with_the_document(demo_export: Any, tmp_path: Path) -> None:
    small = pdf.time_limit(demo_export.resolution)
    assert pdf.TIMEOUT_S < small < pdf.TIMEOUT_S + 60  # the demo: 28 pages
    assert pdf.time_limit(tmp_path / "missing.docx") == pdf.TIMEOUT_S
