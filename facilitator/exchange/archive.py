"""ZIP archives read wholly in memory under strict limits; nothing is ever extracted to disk."""

from __future__ import annotations

import io
import json
import re
import zipfile
import zlib
from typing import Any

from facilitator.exchange.errors import bad_member, damaged, problem, refuse
from facilitator.messages import QT_TRANSLATE_NOOP

MAX_ARCHIVE = 256 * 1024 * 1024
MAX_MEMBER = 128 * 1024 * 1024
MAX_TOTAL = 512 * 1024 * 1024
MAX_MEMBERS = 32
# A manifest, a signature and kit.json are small: anything larger is refused before reading it.
MAX_MANIFEST = 64 * 1024
MAX_SIGNATURE = 64
MAX_KIT_SECRETS = 1024 * 1024
# Limits of a small JSON document, checked on its raw bytes before it is parsed.
MAX_JSON_DEPTH = 8
MAX_JSON_ITEMS = 4096
MAX_JSON_STRING = 256 * 1024
_JSON_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"')
_JSON_NESTING = re.compile(rb"[\[\]{}]")
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


class Archive:
    """An archive whose directory passed the checks; members are read one by one, on demand."""

    def __init__(self, zf: zipfile.ZipFile, file: str) -> None:
        self._zf, self.file = zf, file
        self._infos = {info.filename: info for info in zf.infolist()}

    @property
    def names(self) -> list[str]:
        return list(self._infos)

    def read(self, name: str, limit: int | None = None) -> bytes:
        """One member's bytes; refused when it (declared or actual) is over `limit`."""
        info = self._infos[name]
        cap = MAX_MEMBER if limit is None else min(limit, MAX_MEMBER)
        if info.file_size > cap:
            raise bad_member(self.file, name, problem(QT_TRANSLATE_NOOP("Exchange", "too large.")))
        try:
            return _read_member(self._zf, info, self.file)
        except _READ_ERRORS + (RuntimeError, NotImplementedError):
            raise damaged(self.file) from None


def open_archive(data: bytes, allowed: frozenset[str], file: str) -> Archive:
    """A ZIP whose size and directory (names, sizes, methods) are checked; nothing read yet."""
    if len(data) > MAX_ARCHIVE:
        raise refuse(
            QT_TRANSLATE_NOOP("Exchange", "{file}: the file is too large ({size} bytes)."),
            file=file,
            size=len(data),
        )
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        _check_listing(zf.infolist(), allowed, file)
    except _READ_ERRORS + (RuntimeError, NotImplementedError):
        raise damaged(file) from None
    return Archive(zf, file)


def read_archive(data: bytes, allowed: frozenset[str], file: str) -> dict[str, bytes]:
    """Every member of a ZIP, each checked by name and size before and after reading."""
    archive = open_archive(data, allowed, file)
    return {name: archive.read(name) for name in archive.names}


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
        data = stream.read(info.file_size + 1)  # never more than the directory says
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


def load_small_json(data: bytes, file: str, member: str) -> Any:
    """Parse a small member (manifest, kit secrets) after checking its depth, count and lengths.

    The checks run over the raw bytes in one linear pass, so a hostile document costs at most
    a pass over its (already size-limited) bytes, never the memory of the objects it would
    build.
    """
    bare = _outside_strings(data, file, member)
    if (
        bare is None
        or bare.count(b",") + bare.count(b":") > MAX_JSON_ITEMS
        or _depth(bare) > MAX_JSON_DEPTH
    ):
        raise bad_member(
            file,
            member,
            problem(QT_TRANSLATE_NOOP("Exchange", "too deep, too long or too many values.")),
        )
    return load_json(data, file, member)


def _outside_strings(data: bytes, file: str, member: str) -> bytes | None:
    """The document with every string emptied; None when there are too many or too long."""
    if data.count(b'"') > 4 * MAX_JSON_ITEMS:
        return None
    parts, pos = [], 0
    while (start := data.find(b'"', pos)) >= 0:
        found = _JSON_STRING.match(data, start)
        if found is None:  # an unterminated string: not JSON (and never scanned twice)
            raise bad_member(
                file, member, problem(QT_TRANSLATE_NOOP("Exchange", "not valid JSON."))
            )
        if found.end() - start > MAX_JSON_STRING:
            return None
        parts += [data[pos:start], b'""']
        pos = found.end()
    parts.append(data[pos:])
    return b"".join(parts)


def _depth(bare: bytes) -> int:
    if len(_JSON_NESTING.findall(bare)) > 2 * MAX_JSON_ITEMS:
        return MAX_JSON_DEPTH + 1
    depth = deepest = 0
    for bracket in _JSON_NESTING.findall(bare):
        depth += 1 if bracket in (b"[", b"{") else -1
        deepest = max(deepest, depth)
    return deepest


def dump_json(value: Any) -> bytes:
    """Canonical JSON bytes: sorted keys, no spaces, UTF-8."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
