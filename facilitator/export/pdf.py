"""Convert a .docx to PDF with LibreOffice, headless, in a private profile, with a timeout.

LibreOffice runs in a process group of its own (`soffice` starts `soffice.bin`), and the whole
group is ended when the conversion is over, times out or is interrupted: nothing is left
running behind the export.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from facilitator.messages import QT_TRANSLATE_NOOP

from .errors import export_error

CANDIDATES = ("soffice", "libreoffice")
TIMEOUT_S = 180
# A forum-sized resolution (1,600 pages, 13 MB of text) takes about 14 minutes here: the limit
# grows with the document, with room for a slower machine.
SECONDS_PER_MB = 120
POLL_S = 0.1  # how often a running conversion looks whether it was cancelled
Cancelled = Callable[[], bool]


class PdfCancelled(Exception):
    """The conversion was cancelled: LibreOffice is ended and no PDF is written."""


def find_soffice() -> str | None:
    """The LibreOffice program named by FACILITATOR_SOFFICE, else on PATH, else where its
    installer puts it (Windows: Program Files; macOS: Applications), if any."""
    named = os.environ.get("FACILITATOR_SOFFICE")
    if named:
        return shutil.which(named) or (named if Path(named).is_file() else None)
    for name in CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    for place in installed_places():
        if place.is_file():
            return str(place)
    return None


def installed_places() -> list[Path]:
    """Where LibreOffice's own installer puts the program, which it does not add to PATH."""
    if sys.platform == "win32":
        # 64-bit Program Files first (ProgramW6432 names it from a 32-bit process too)
        names = ("ProgramFiles", "ProgramW6432", "ProgramFiles(x86)")
        roots = [os.environ.get(name, "") for name in names]
        if not any(roots):
            roots = ["C:\\Program Files", "C:\\Program Files (x86)"]
        unique = dict.fromkeys(root for root in roots if root)
        return [Path(root, "LibreOffice", "program", "soffice.exe") for root in unique]
    if sys.platform == "darwin":
        return [Path("/Applications/LibreOffice.app/Contents/MacOS/soffice")]
    return []


def time_limit(docx: Path) -> float:
    """Seconds to wait for LibreOffice: 180, and two minutes more per megabyte of text."""
    try:
        with zipfile.ZipFile(docx) as z:
            size = z.getinfo("word/document.xml").file_size
    except (OSError, KeyError, zipfile.BadZipFile):
        size = 0
    return TIMEOUT_S + SECONDS_PER_MB * size / 1_000_000


def to_pdf(
    docx: Path,
    out: Path | None = None,
    timeout: float | None = None,
    should_cancel: Cancelled | None = None,
) -> Path:
    """Write the PDF beside the .docx (or to `out`); a clear error when LibreOffice is missing.

    Without a `timeout`, the limit grows with the document (see time_limit). When
    `should_cancel()` turns true, LibreOffice's whole process group is ended at once and
    PdfCancelled is raised; LibreOffice writes into a temporary folder, so no half PDF is left.
    """
    soffice = find_soffice()
    if soffice is None:
        raise export_error(
            QT_TRANSLATE_NOOP(
                "Export",
                "PDF needs LibreOffice, which is not installed. Install it (Debian/Ubuntu: "
                "sudo apt-get install libreoffice-writer-nogui fonts-liberation; Windows and "
                "macOS: from libreoffice.org) and try again, or open the .docx in Word and "
                "save it as PDF.",
            )
        )
    docx = Path(docx).resolve()
    target = Path(out).resolve() if out else docx.with_suffix(".pdf")
    limit = time_limit(docx) if timeout is None else timeout
    with tempfile.TemporaryDirectory(prefix="facilitator-pdf-") as temp:
        _run(soffice, docx, Path(temp), limit, should_cancel or _never)
        made = Path(temp) / "out" / (docx.stem + ".pdf")
        if not made.is_file():
            raise _failed(docx, "LibreOffice wrote no PDF")
        shutil.move(str(made), target)
    return target


def _never() -> bool:
    return False


def _run(soffice: str, docx: Path, temp: Path, timeout: float, should_cancel: Cancelled) -> None:
    # A private profile: a LibreOffice the user has open (or a stale lock) cannot interfere.
    command = [
        soffice,
        f"-env:UserInstallation={(temp / 'profile').as_uri()}",
        "--headless", "--norestore", "--nolockcheck",
        "--convert-to", "pdf:writer_pdf_Export",
        "--outdir", str(temp / "out"),
        str(docx),
    ]  # fmt: skip
    log = temp / "log.txt"  # a file, not a pipe: a lingering child cannot keep it open
    with log.open("w+", encoding="utf-8", errors="replace") as output:
        try:
            process = subprocess.Popen(
                command, stdout=output, stderr=subprocess.STDOUT, **_own_group()
            )
        except OSError as error:
            raise _failed(docx, str(error)) from None
        try:
            returncode = _wait(process, timeout, should_cancel)
        except subprocess.TimeoutExpired:
            raise _failed(docx, f"no answer in {timeout:.0f} s") from None
        finally:  # done, timed out, cancelled or interrupted: nothing of it keeps running
            end_group(process)
        output.seek(0)
        said = output.read()
    if returncode != 0:
        raise _failed(docx, said.strip()[-500:])


def _wait(process: subprocess.Popen[Any], timeout: float, should_cancel: Cancelled) -> int:
    """The process's exit code; PdfCancelled when cancelled, TimeoutExpired past the limit."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            return process.wait(timeout=max(0.0, min(POLL_S, deadline - time.monotonic())))
        except subprocess.TimeoutExpired:
            if should_cancel():
                raise PdfCancelled() from None
            if time.monotonic() >= deadline:
                raise


def _own_group() -> dict[str, Any]:
    if sys.platform == "win32":  # taskkill /T then ends the tree (soffice.exe → soffice.bin)
        return {"creationflags": getattr(subprocess, "CREATE_NEW_PROCESS_GROUP", 0)}
    return {"start_new_session": True}


def end_group(process: subprocess.Popen[Any]) -> None:
    """End the process and everything it started (its process group), then reap it."""
    if sys.platform == "win32":  # no process groups to signal: end the process tree
        subprocess.run(
            ["taskkill", "/F", "/T", "/PID", str(process.pid)], capture_output=True, check=False
        )
    else:
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass  # the group has ended already
    if process.poll() is None:
        process.kill()
    process.wait()


def _failed(docx: Path, reason: str) -> Exception:
    return export_error(
        QT_TRANSLATE_NOOP("Export", "LibreOffice could not convert {path} to PDF: {reason}"),
        path=str(docx), reason=reason,
    )  # fmt: skip
