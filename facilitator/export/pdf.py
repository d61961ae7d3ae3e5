"""Convert a .docx to PDF with LibreOffice, headless, in a private profile, with a timeout."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from facilitator.messages import QT_TRANSLATE_NOOP

from .errors import export_error

CANDIDATES = ("soffice", "libreoffice")
TIMEOUT_S = 180


def find_soffice() -> str | None:
    """The LibreOffice program on PATH (or named by FACILITATOR_SOFFICE), if any."""
    named = os.environ.get("FACILITATOR_SOFFICE")
    if named:
        return shutil.which(named) or (named if Path(named).is_file() else None)
    for name in CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    return None


def to_pdf(docx: Path, out: Path | None = None, timeout: float = TIMEOUT_S) -> Path:
    """Write the PDF beside the .docx (or to `out`); a clear error when LibreOffice is missing."""
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
    with tempfile.TemporaryDirectory(prefix="facilitator-pdf-") as temp:
        _run(soffice, docx, Path(temp), timeout)
        made = Path(temp) / "out" / (docx.stem + ".pdf")
        if not made.is_file():
            raise _failed(docx, "LibreOffice wrote no PDF")
        shutil.move(str(made), target)
    return target


def _run(soffice: str, docx: Path, temp: Path, timeout: float) -> None:
    # A private profile: a LibreOffice the user has open (or a stale lock) cannot interfere.
    command = [
        soffice,
        f"-env:UserInstallation={(temp / 'profile').as_uri()}",
        "--headless", "--norestore", "--nolockcheck",
        "--convert-to", "pdf:writer_pdf_Export",
        "--outdir", str(temp / "out"),
        str(docx),
    ]  # fmt: skip
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        raise _failed(docx, f"no answer in {timeout:.0f} s") from None
    except OSError as error:
        raise _failed(docx, str(error)) from None
    if done.returncode != 0:
        raise _failed(docx, (done.stderr or done.stdout).strip()[-500:])


def _failed(docx: Path, reason: str) -> Exception:
    return export_error(
        QT_TRANSLATE_NOOP("Export", "LibreOffice could not convert {path} to PDF: {reason}"),
        path=str(docx), reason=reason,
    )  # fmt: skip
