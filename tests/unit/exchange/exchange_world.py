"""A secretariat's session and platform laptops made from its kits, for exchange tests."""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from facilitator.exchange import kit, laptop
from facilitator.exchange.archive import dump_json, read_archive, write_archive
from facilitator.exchange.keys import sign
from facilitator.exchange.manifest import ALLOWED, BUNDLE, MANIFEST, SIGNATURE
from facilitator.exchange.merge import MergeReport, merge
from facilitator.services import participants, platforms, proposals
from facilitator.store.db import SessionFile, create_session_file, open_session_file
from facilitator.store.exchange_models import Conflict, ImportLog
from facilitator.store.models import RECORD_MODELS


class World:
    """One master file and laptop files; only one is open at a time (one session per process)."""

    def __init__(
        self, folder: Path, kits: tuple[int, ...] = (1, 2), guests: tuple[str, ...] = ()
    ) -> None:
        self.folder = folder
        self.master_path = folder / "master.fsession"
        sf = create_session_file(self.master_path, "Сессия", forum="Форум")
        try:
            for title in ("Первая", "Вторая", "Третья"):
                p = platforms.add_platform(sf, title)
                for i in range(3):
                    participants.add_participant(sf, f"{title} участник {i}", platform=p.id)
                proposals.add_proposal(sf, p.id, f"{title}: исходное предложение")
            for name in guests:
                participants.add_participant(sf, name)
            for number in kits:
                kit.write_kit(sf, number, folder / f"p{number}.fkit")
        finally:
            sf.close()
        self.laptop_paths: dict[int | str, Path] = {}
        for number in kits:
            path = folder / f"laptop{number}.fsession"
            kit.open_kit(folder / f"p{number}.fkit", path).close()
            self.laptop_paths[number] = path

    @contextmanager
    def master(self) -> Iterator[SessionFile]:
        sf = open_session_file(self.master_path)
        try:
            yield sf
        finally:
            sf.close()

    @contextmanager
    def laptop(self, number: int | str) -> Iterator[SessionFile]:
        sf = open_session_file(self.laptop_paths[number])
        try:
            yield sf
        finally:
            sf.close()

    def second_kit(self, number: int, name: str) -> str:
        """Issue another kit for platform `number` now and open it on a new laptop `name`."""
        with self.master() as sf:
            kit.write_kit(sf, number, self.folder / f"{name}.fkit")
        path = self.folder / f"laptop-{name}.fsession"
        kit.open_kit(self.folder / f"{name}.fkit", path).close()
        self.laptop_paths[name] = path
        return name

    def platform_id(self, number: int) -> str:
        with self.master():
            return platforms.platform_by_number(number).id

    def on_laptop(self, number: int | str, action: Callable[[SessionFile, str], Any]) -> Any:
        with self.laptop(number) as sf:
            return action(sf, laptop.local_platform(sf) or "")

    def export(self, number: int | str) -> bytes:
        with self.laptop(number) as sf:
            return laptop.make_bundle(sf)

    def merge(self, *bundles: bytes, dry_run: bool = False) -> MergeReport:
        with self.master() as sf:
            return merge(sf, [(f"b{i}.fbundle", b) for i, b in enumerate(bundles)], dry_run)

    def snapshot(self, path: Path | None = None) -> dict[str, Any]:
        """Every record row, the import log size and open conflicts of a session file."""
        sf = open_session_file(path or self.master_path)
        try:
            rows = {m._meta.table_name: sorted(m.select().tuples()) for m in RECORD_MODELS}
            rows["_imports"] = ImportLog.select().count()
            rows["_conflicts"] = sorted(
                Conflict.select(Conflict.record, Conflict.theirs)
                .where(Conflict.resolution == "")
                .tuples()
            )
            return rows
        finally:
            sf.close()

    def copy_master(self, name: str) -> Path:
        target = self.folder / name
        shutil.copy(self.master_path, target)
        return target

    def signing_key(self, number: int | str) -> str:
        with self.laptop(number) as sf:
            return sf.meta(laptop.SIGNING_KEY)


def members_of(bundle: bytes) -> dict[str, bytes]:
    return read_archive(bundle, frozenset(ALLOWED[BUNDLE]), "test")


def repack(
    members: dict[str, bytes],
    key: str | None,
    manifest_change: Callable[[dict[str, Any]], None] | None = None,
    rehash: bool = True,
) -> bytes:
    """Rebuild a bundle after a test changed its members: re-hashed and (validly) re-signed."""
    manifest = json.loads(members[MANIFEST])
    records = {n: d for n, d in members.items() if n not in (MANIFEST, SIGNATURE)}
    if rehash:
        manifest["members"] = {n: hashlib.sha256(d).hexdigest() for n, d in records.items()}
    if manifest_change:
        manifest_change(manifest)
    manifest_bytes = dump_json(manifest)
    out = {MANIFEST: manifest_bytes, **records}
    if key is not None:
        out[SIGNATURE] = sign(key, manifest_bytes)
    return write_archive(out)


def change_rows(
    bundle: bytes, key: str, table: str, change: Callable[[dict[str, Any]], None]
) -> bytes:
    """A validly signed bundle whose member for `table` was changed by `change`."""
    members = members_of(bundle)
    name = f"records/{table}.json"
    data = json.loads(members[name])
    change(data)
    members[name] = json.dumps(data).encode()
    return repack(members, key, lambda m: m["rows"].__setitem__(table, len(data["rows"])))


def deflated_zip(members: dict[str, bytes]) -> bytes:
    """A ZIP (deflated) of exactly these members, as a hostile sender would write it."""
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buffer.getvalue()
