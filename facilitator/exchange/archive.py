"""ZIP archives read wholly in memory under strict limits; nothing is ever extracted to disk."""

from __future__ import annotations

import io
import json
import zipfile
import zlib
from typing import Any

from facilitator.exchange.errors import bad_member, damaged, problem, refuse
from facilitator.messages import QT_TRANSLATE_NOOP

MAX_ARCHIVE = 256 * 1024 * 1024
MAX_MEMBER = 128 * 1024 * 1024
MAX_TOTAL = 512 * 1024 * 1024
MAX_MEMBERS = 32
MAX_JSON_DEPTH = 64
_READ_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, KeyError)
_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
_FIXED_TIME = (2020, 1, 1, 0, 0, 0)


def write_archive(members: dict[str, bytes]) -> bytes:
    """A deterministic ZIP of the members (fixed timestamps, in the order given)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        for name, data in members.items():
            info = zipfile.ZipInfo(name, _FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, data, compresslevel=1)
    return buffer.getvalue()


def read_archive(data: bytes, allowed: frozenset[str], file: str) -> dict[str, bytes]:
    """The members of a ZIP, each checked by name and size before and after reading."""
    if len(data) > MAX_ARCHIVE:
        raise refuse(
            QT_TRANSLATE_NOOP("Exchange", "{file}: the file is too large ({size} bytes)."),
            file=file,
            size=len(data),
        )
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
            _check_listing(infos, allowed, file)
            return {info.filename: _read_member(zf, info, file) for info in infos}
    except _READ_ERRORS + (RuntimeError, NotImplementedError):
        raise damaged(file) from None


def _check_listing(infos: list[zipfile.ZipInfo], allowed: frozenset[str], file: str) -> None:
    if len(infos) > MAX_MEMBERS:
        raise refuse(QT_TRANSLATE_NOOP("Exchange", "{file}: too many members."), file=file)
    seen: set[str] = set()
    total = 0
    for info in infos:
        name = info.filename
        if _escapes(name):
            raise bad_member(
                file,
                name,
                problem(QT_TRANSLATE_NOOP("Exchange", "the path points outside the archive.")),
            )
        if name not in allowed:
            raise bad_member(
                file,
                name,
                problem(QT_TRANSLATE_NOOP("Exchange", "not a member this kind of file may hold.")),
            )
        if name in seen:
            raise bad_member(file, name, problem(QT_TRANSLATE_NOOP("Exchange", "appears twice.")))
        seen.add(name)
        total += info.file_size
        if info.file_size > MAX_MEMBER or total > MAX_TOTAL:
            raise bad_member(file, name, problem(QT_TRANSLATE_NOOP("Exchange", "too large.")))
        if info.compress_type not in _METHODS or info.flag_bits & 0x1:
            raise bad_member(
                file,
                name,
                problem(QT_TRANSLATE_NOOP("Exchange", "stored in a way this version cannot read.")),
            )


def _escapes(name: str) -> bool:
    parts = name.replace("\\", "/").split("/")
    return name.startswith(("/", "\\")) or ":" in name or ".." in parts


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, file: str) -> bytes:
    with zf.open(info) as stream:
        data = stream.read(MAX_MEMBER + 1)
    if len(data) != info.file_size or len(data) > MAX_MEMBER:
        raise bad_member(
            file,
            info.filename,
            problem(
                QT_TRANSLATE_NOOP("Exchange", "its size does not match the archive's directory.")
            ),
        )
    return data


def load_json(data: bytes, file: str, member: str) -> Any:
    """Parse a member as UTF-8 JSON; anything else is a refusal naming the member."""
    try:
        value = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise bad_member(
            file, member, problem(QT_TRANSLATE_NOOP("Exchange", "not valid JSON."))
        ) from None
    return value


def dump_json(value: Any) -> bytes:
    """Canonical JSON bytes: sorted keys, no spaces, UTF-8."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
