"""Hostile files: sizes are checked, then the signature over raw bytes, then a bounded parse."""

from __future__ import annotations

import json
from typing import Any

import pytest
from exchange_world import World, deflated_zip, members_of

from facilitator.exchange import archive
from facilitator.exchange.manifest import MANIFEST, SIGNATURE
from facilitator.messages import FacilitatorError
from facilitator.services import proposals

MB = 1024 * 1024


@pytest.fixture
def bundle(world: World) -> bytes:
    world.on_laptop(1, lambda sf, p: proposals.add_proposal(sf, p, "Предложение"))
    return world.export(1)


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the archive members actually decompressed."""
    seen: list[str] = []
    original = archive.Archive.read

    def spy(self: archive.Archive, name: str, limit: int | None = None) -> bytes:
        data = original(self, name, limit)
        seen.append(name)
        return data

    monkeypatch.setattr(archive.Archive, "read", spy)
    return seen


def refused(world: World, data: bytes, *words: str) -> str:
    before = world.snapshot()
    with pytest.raises(FacilitatorError) as caught:
        world.merge(data)
    assert world.snapshot() == before
    text = str(caught.value)
    for word in words:
        assert word in text, text
    return text


def test_a_megabyte_manifest_is_refused_by_its_size_before_it_is_read(
    world: World, reads: list[str]
) -> None:
    hostile = json.dumps({"x": [{"a": [1] * 8} for _ in range(40_000)]}).encode()
    assert len(hostile) > MB
    refused(world, deflated_zip({MANIFEST: hostile}), "manifest.json", "too large")
    assert reads == []


def test_an_unsigned_bundle_is_refused_before_its_records_are_decompressed(
    world: World, bundle: bytes, reads: list[str]
) -> None:
    members = members_of(bundle)
    del members[SIGNATURE]
    bomb = b"[" * (100 * MB)  # 100 MB that deflate to about 100 kB
    members["records/proposal.json"] = bomb
    data = deflated_zip(members)
    assert len(data) < MB
    reads.clear()
    refused(world, data, "not signed")
    assert reads == [MANIFEST]  # the manifest only: the records never decompressed


def test_a_forged_signature_is_refused_before_the_records_are_decompressed(
    world: World, bundle: bytes, reads: list[str]
) -> None:
    members = members_of(bundle)
    members[SIGNATURE] = bytes(64)
    members["records/proposal.json"] = b"[" * (100 * MB)
    reads.clear()
    refused(world, deflated_zip(members), "signature is not valid")
    assert set(reads) == {MANIFEST, SIGNATURE}


def test_an_oversized_signature_is_refused_unread(world: World, bundle: bytes) -> None:
    members = {**members_of(bundle), SIGNATURE: bytes(1000)}
    refused(world, deflated_zip(members), "signature", "too large")


@pytest.mark.parametrize(
    ("hostile", "words"),
    [
        (b"[" * 60_000 + b"]" * 60, ("manifest.json", "too deep")),
        (b'{"a":[' + b"1," * 30_000 + b"1]}", ("manifest.json", "too many values")),
        (b'"' + b'\\"' * 8_000, ("manifest.json", "not valid JSON")),  # scanned once
        (b'{"a":"' + b"x" * 60_000 + b'"}', ("manifest is invalid",)),  # parsed, then checked
    ],
)
def test_a_small_but_hostile_unsigned_manifest_is_refused(
    world: World, bundle: bytes, hostile: bytes, words: tuple[str, ...]
) -> None:
    members = {**members_of(bundle), MANIFEST: hostile}
    refused(world, deflated_zip(members), *words)


def test_limits_of_a_small_json_document() -> None:
    ok: Any = archive.load_small_json(b'{"a":[1,2,{"b":"c\\"d"}]}', "f", "m")
    assert ok == {"a": [1, 2, {"b": 'c"d'}]}
    deep = b"[" * (archive.MAX_JSON_DEPTH + 1) + b"]" * (archive.MAX_JSON_DEPTH + 1)
    with pytest.raises(FacilitatorError, match="too deep"):
        archive.load_small_json(deep, "f", "m")
    fine = b"[" * archive.MAX_JSON_DEPTH + b"]" * archive.MAX_JSON_DEPTH
    assert archive.load_small_json(fine, "f", "m") is not None
    brackets_in_strings = b'["' + b"[" * 1000 + b'"]'
    assert archive.load_small_json(brackets_in_strings, "f", "m") == ["[" * 1000]
    long_text = b'"' + b"x" * (archive.MAX_JSON_STRING + 1) + b'"'
    with pytest.raises(FacilitatorError, match="too long"):
        archive.load_small_json(long_text, "f", "m")


def test_a_valid_bundle_still_merges(world: World, bundle: bytes) -> None:
    assert world.merge(bundle).bundles[0].new == 1
