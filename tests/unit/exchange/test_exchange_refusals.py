"""Every refusal of a bundle: a clear message, and the session left exactly as it was."""

from __future__ import annotations

import io
import json
import uuid
import zipfile
from collections.abc import Callable
from typing import Any

import pytest
from exchange_world import World, change_rows, members_of, repack

from facilitator.exchange import archive, keys
from facilitator.exchange.manifest import MANIFEST, SIGNATURE
from facilitator.messages import FacilitatorError
from facilitator.services import proposals


@pytest.fixture
def bundle(world: World) -> bytes:
    world.on_laptop(1, lambda sf, p: proposals.add_proposal(sf, p, "Предложение"))
    return world.export(1)


def refused(world: World, data: bytes, *words: str) -> str:
    before = world.snapshot()
    with pytest.raises(FacilitatorError) as caught:
        world.merge(data)
    assert world.snapshot() == before
    text = str(caught.value)
    for word in words:
        assert word in text, text
    return text


def zip_of(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buffer.getvalue()


def test_truncated_archive(world: World, bundle: bytes) -> None:
    refused(world, bundle[: len(bundle) // 2], "b0.fbundle", "damaged or truncated")


def test_damaged_bytes(world: World, bundle: bytes) -> None:
    middle = len(bundle) // 2
    damaged = bundle[:middle] + bytes(b ^ 0xFF for b in bundle[middle : middle + 16])
    refused(world, damaged + bundle[middle + 16 :], "b0.fbundle")


def test_not_an_archive(world: World) -> None:
    refused(world, b"PK\x03\x04 definitely not a zip", "damaged or truncated")


def test_wrong_hash(world: World, bundle: bytes) -> None:
    members = members_of(bundle)
    members["records/proposal.json"] = members["records/proposal.json"].replace(
        "Предложение".encode(), "Подмена".encode()
    )
    refused(
        world,
        repack(members, world.signing_key(1), rehash=False),
        "SHA-256",
        "records/proposal.json",
    )


def test_missing_signature(world: World, bundle: bytes) -> None:
    refused(world, repack(members_of(bundle), None), "not signed")


def test_bad_signature(world: World, bundle: bytes) -> None:
    members = members_of(bundle)
    members[SIGNATURE] = bytes(64)
    refused(world, zip_of(members), "signature is not valid")


def test_changed_manifest_breaks_the_signature(world: World, bundle: bytes) -> None:
    members = members_of(bundle)
    manifest = json.loads(members[MANIFEST])
    manifest["sequence"] = 99
    members[MANIFEST] = json.dumps(manifest).encode()
    refused(world, zip_of(members), "signature is not valid")


def test_bundle_of_another_session(world: World, tmp_path: Any) -> None:
    (tmp_path / "other").mkdir()
    other = World(tmp_path / "other")
    refused(world, other.export(1), "another session")


def test_unknown_platform(world: World, bundle: bytes) -> None:
    change = lambda m: m.__setitem__("platform", uuid.uuid4().hex)  # noqa: E731
    refused(
        world,
        repack(members_of(bundle), world.signing_key(1), change),
        "platform this session does not have",
    )


def test_signed_with_another_platforms_key(world: World, bundle: bytes) -> None:
    key2 = world.signing_key(2)
    forged = repack(members_of(bundle), key2, lambda m: m.update(key=keys.public_of(key2)))
    refused(world, forged, "platform 1", "key of platform 2")


def test_platform_without_a_kit(world: World, bundle: bytes) -> None:
    private, public = keys.new_key_pair()
    platform3 = world.platform_id(3)
    forged = repack(members_of(bundle), private, lambda m: m.update(platform=platform3, key=public))
    refused(world, forged, "no kit was issued for platform 3")


def test_unknown_key(world: World, bundle: bytes) -> None:
    private, public = keys.new_key_pair()
    refused(
        world,
        repack(members_of(bundle), private, lambda m: m.update(key=public)),
        "no kit of this session",
    )


def test_newer_format(world: World, bundle: bytes) -> None:
    forged = repack(members_of(bundle), world.signing_key(1), lambda m: m.update(format_version=2))
    refused(world, forged, "newer version", "Please update")


def test_newer_schema(world: World, bundle: bytes) -> None:
    forged = repack(members_of(bundle), world.signing_key(1), lambda m: m.update(schema_version=99))
    refused(world, forged, "newer version")


def test_kit_is_not_a_bundle(world: World) -> None:
    refused(world, (world.folder / "p1.fkit").read_bytes(), "platform kit, not a results bundle")


def test_oversized_member(world: World, bundle: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(archive, "MAX_MEMBER", 100)
    refused(world, bundle, "too large")


def test_oversized_file(world: World, bundle: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(archive, "MAX_ARCHIVE", 100)
    refused(world, bundle, "too large")


def test_too_many_members(world: World, bundle: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(archive, "MAX_MEMBERS", 3)
    refused(world, bundle, "too many members")


@pytest.mark.parametrize("name", ["../evil.json", "/etc/passwd", "records/../../x", "C:\\x"])
def test_path_escaping_the_archive(world: World, bundle: bytes, name: str) -> None:
    refused(world, zip_of({**members_of(bundle), name: b"{}"}), "outside the archive")


def test_unexpected_member(world: World, bundle: bytes) -> None:
    refused(world, zip_of({**members_of(bundle), "run.py": b"print(1)"}), "run.py")


def test_shared_table_in_a_bundle(world: World, bundle: bytes) -> None:
    members = {**members_of(bundle), "records/session.json": b"{}"}
    refused(world, repack(members, world.signing_key(1)), "records/session.json")


def test_duplicate_member(world: World, bundle: bytes) -> None:
    members = members_of(bundle)
    buffer = io.BytesIO()
    with pytest.warns(UserWarning), zipfile.ZipFile(buffer, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
        zf.writestr(MANIFEST, members[MANIFEST])
    refused(world, buffer.getvalue(), "appears twice")


def test_missing_member(world: World, bundle: bytes) -> None:
    members = members_of(bundle)
    del members["records/vote.json"]
    refused(world, repack(members, world.signing_key(1)), "records/vote.json", "missing")


def test_malformed_json_member(world: World, bundle: bytes) -> None:
    members = {**members_of(bundle), "records/proposal.json": b'{"columns": [oops'}
    refused(world, repack(members, world.signing_key(1)), "not valid JSON")


def test_malformed_manifest(world: World, bundle: bytes) -> None:
    refused(
        world, zip_of({**members_of(bundle), MANIFEST: b"[1, 2"}), "manifest.json", "not valid JSON"
    )


def rows_changed(
    world: World, bundle: bytes, table: str, change: Callable[[dict[str, Any]], None]
) -> bytes:
    return change_rows(bundle, world.signing_key(1), table, change)


def _set(column: str, value: Any, row: int = -1) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        data["rows"][row][data["columns"].index(column)] = value

    return change


def test_malformed_json_in_a_field(world: World, bundle: bytes) -> None:
    def add_vote(data: dict[str, Any]) -> None:
        columns = data["columns"]
        row = dict.fromkeys(columns, "")
        row.update(
            id="a" * 32,
            device="abc",
            version="0000000000001-00000-abc",
            deleted=False,
            platform=world.platform_id(1),
            round=1,
            items="[",
            settings="{}",
            present=None,
            registered=None,
        )
        data["rows"].append([row[c] for c in columns])

    refused(world, rows_changed(world, bundle, "vote", add_vote), "vote, row 1", "items")


@pytest.mark.parametrize(
    ("column", "value", "words"),
    [
        ("id", "not-an-id", ("id",)),
        ("version", "yesterday", ("version",)),
        ("deleted", "no", ("deleted",)),
        ("number", "7", ("number",)),
        ("title", 42, ("title",)),
    ],
)
def test_invalid_values(
    world: World, bundle: bytes, column: str, value: Any, words: tuple[str, ...]
) -> None:
    refused(world, rows_changed(world, bundle, "proposal", _set(column, value)), "proposal", *words)


def test_wrong_columns(world: World, bundle: bytes) -> None:
    def rename(data: dict[str, Any]) -> None:
        data["columns"][-1] = "evil"

    refused(world, rows_changed(world, bundle, "proposal", rename), "columns")


def test_repeated_id(world: World, bundle: bytes) -> None:
    def repeat(data: dict[str, Any]) -> None:
        data["rows"].append(list(data["rows"][0]))

    refused(world, rows_changed(world, bundle, "proposal", repeat), "id repeats")


def test_reference_to_a_missing_record(world: World, bundle: bytes) -> None:
    world.on_laptop(1, _attend)
    fresh = world.export(1)
    refused(
        world,
        rows_changed(world, fresh, "attendance", _set("participant", "b" * 32, 0)),
        "participant refers to a record that does not exist",
    )


def _attend(sf: Any, platform: str) -> None:
    from facilitator.services import participants

    person = participants.list_participants(platform)[0]
    participants.set_present(sf, person.id, platform, True)


def test_record_of_another_platform(world: World, bundle: bytes) -> None:
    refused(
        world,
        rows_changed(world, bundle, "proposal", _set("platform", world.platform_id(2))),
        "belongs to another platform",
    )


def test_existing_record_of_another_platform_under_the_same_id(world: World, bundle: bytes) -> None:
    with world.master():
        from facilitator.store.models import Proposal

        theirs = Proposal.get(Proposal.title == "Вторая: исходное предложение").id
    refused(world, rows_changed(world, bundle, "proposal", _set("id", theirs)), "clashes")


def test_merge_into_a_platform_session_is_refused(world: World, bundle: bytes) -> None:
    from facilitator.exchange.merge import merge

    with world.laptop(2) as sf, pytest.raises(FacilitatorError, match="platform's session"):
        merge(sf, [("b.fbundle", bundle)])
