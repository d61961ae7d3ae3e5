"""A kit protected by a passphrase: nothing personal and no key in clear, opened only with the
right passphrase, refused (and nothing written) when it is wrong or the kit was changed."""

from __future__ import annotations

import getpass
import hashlib
import io
import json
import time
import zipfile
from pathlib import Path

import pytest

from facilitator.cli import main
from facilitator.exchange import kit, laptop, sealing
from facilitator.exchange.archive import dump_json, write_archive
from facilitator.exchange.manifest import MANIFEST
from facilitator.messages import FacilitatorError
from facilitator.services import participants
from facilitator.store.db import open_session_file
from facilitator.store.exchange_models import PlatformKey

SECRET = "синий кит 2026"


def run(*args: object) -> int:
    return main([str(a) for a in args])


@pytest.fixture
def master(tmp_path: Path) -> Path:
    path = tmp_path / "m.fsession"
    assert run("demo", path, "--filled") == 0
    (tmp_path / "secret.txt").write_text(SECRET + "\nthe rest is ignored\n", encoding="utf-8")
    (tmp_path / "wrong.txt").write_text("синий кит 2025\n", encoding="utf-8")
    return path


def people_of(path: Path, number: int) -> list[tuple[str, str, str]]:
    sf = open_session_file(path, read_only=True)
    try:
        from facilitator.services import platforms

        platform = platforms.platform_by_number(number).id
        return sorted(
            (p.full_name, p.organisation, p.position)
            for p in participants.list_participants()
            if p.platform_id == platform
        )
    finally:
        sf.close()


def zip_members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def protected_kit(master: Path, tmp_path: Path, number: int = 2) -> Path:
    target = tmp_path / f"p{number}.fkit"
    assert run("kit", master, "--platform", number, "-o", target, "--passphrase-file",
               tmp_path / "secret.txt") == 0  # fmt: skip
    return target


def test_round_trip_with_a_passphrase_file(master: Path, tmp_path: Path) -> None:
    kit_path = protected_kit(master, tmp_path)
    laptop_path = tmp_path / "l2.fsession"
    assert run("kit-open", kit_path, laptop_path, "--passphrase-file", tmp_path / "secret.txt") == 0
    assert people_of(laptop_path, 2) == people_of(master, 2) != []
    sf = open_session_file(laptop_path)
    try:
        assert laptop.require_laptop(sf)[0].number == 2
        assert len(sf.meta(laptop.SIGNING_KEY)) == 64
    finally:
        sf.close()
    assert run("bundle", laptop_path, "-o", tmp_path / "b.fbundle") == 0
    assert run("merge", master, tmp_path / "b.fbundle") == 0  # its key is the one kept


def test_kit_open_asks_once_when_no_file_is_given(
    master: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kit_path = protected_kit(master, tmp_path)
    asked: list[str] = []
    monkeypatch.setattr(getpass, "getpass", lambda prompt: asked.append(prompt) or SECRET)
    assert run("kit-open", kit_path, tmp_path / "l2.fsession") == 0
    assert asked == ["Passphrase of p2.fkit: "]


def test_nothing_personal_and_no_key_in_clear(master: Path, tmp_path: Path) -> None:
    kit_path = protected_kit(master, tmp_path)
    plain_path = tmp_path / "plain.fkit"
    assert run("kit", master, "--platform", 2, "-o", plain_path) == 0
    laptop_path = tmp_path / "l2.fsession"
    kit.open_kit(kit_path, laptop_path, passphrase=SECRET).close()
    sf = open_session_file(laptop_path, read_only=True)
    key = sf.meta(laptop.SIGNING_KEY)
    sf.close()
    people = people_of(master, 2)
    needles = [key.encode(), bytes.fromhex(key)]
    for full_name, organisation, position in people:
        needles += [full_name.split()[0].encode(), full_name.encode()]
        needles += [x.encode() for x in (organisation, position) if len(x) > 3]
    raw = kit_path.read_bytes()
    contents = [raw, *zip_members(raw).values()]
    for needle in needles:
        assert not any(needle in blob for blob in contents), needle
    assert set(zip_members(raw)) == {MANIFEST, sealing.SEALED}
    # the control: the same data in a kit without a passphrase is found by the same search
    plain = b"".join(zip_members(plain_path.read_bytes()).values())
    assert people[0][0].split()[0].encode() in plain


def test_a_wrong_passphrase_is_refused_and_nothing_is_written(
    master: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    kit_path = protected_kit(master, tmp_path)
    before = sorted(tmp_path.iterdir())
    capsys.readouterr()
    code = run("--lang", "ru", "kit-open", kit_path, tmp_path / "l2.fsession",
               "--passphrase-file", tmp_path / "wrong.txt")  # fmt: skip
    assert code == 1
    err = capsys.readouterr().err
    assert "Парольная фраза не подходит к комплекту p2.fkit" in err
    assert "Caps Lock" in err
    assert sorted(tmp_path.iterdir()) == before


def test_a_protected_kit_without_a_passphrase_says_so(master: Path, tmp_path: Path) -> None:
    kit_path = protected_kit(master, tmp_path)
    assert kit.is_protected(kit_path)
    with pytest.raises(sealing.PassphraseNeeded, match="protected by a passphrase"):
        kit.open_kit(kit_path, tmp_path / "l2.fsession")
    assert not (tmp_path / "l2.fsession").exists()


def rebuilt(kit_path: Path, change_sealed: bool = False, manifest_from: Path | None = None,
            change_manifest: dict[str, object] | None = None) -> Path:  # fmt: skip
    """The kit rebuilt with consistent hashes after a change an attacker could make."""
    members = zip_members(kit_path.read_bytes())
    sealed = bytearray(members[sealing.SEALED])
    if change_sealed:
        sealed[len(sealed) // 2] ^= 0x01
    source = manifest_from or kit_path
    manifest = json.loads(zip_members(source.read_bytes())[MANIFEST])
    manifest.update(change_manifest or {})
    manifest["members"] = {sealing.SEALED: hashlib.sha256(sealed).hexdigest()}
    out = kit_path.with_name("changed.fkit")
    out.write_bytes(write_archive({MANIFEST: dump_json(manifest), sealing.SEALED: bytes(sealed)}))
    return out


def test_a_tampered_ciphertext_is_refused(master: Path, tmp_path: Path) -> None:
    kit_path = protected_kit(master, tmp_path)
    with pytest.raises(sealing.WrongPassphrase, match="does not fit the kit changed.fkit"):
        kit.open_kit(
            rebuilt(kit_path, change_sealed=True), tmp_path / "l.fsession", passphrase=SECRET
        )
    assert not (tmp_path / "l.fsession").exists()
    bytes_changed = bytearray(kit_path.read_bytes())  # and without fixing the hash
    members = zip_members(bytes(bytes_changed))
    sealed = bytearray(members[sealing.SEALED])
    sealed[10] ^= 0x01
    (tmp_path / "raw.fkit").write_bytes(
        write_archive({MANIFEST: members[MANIFEST], sealing.SEALED: bytes(sealed)})
    )
    with pytest.raises(FacilitatorError, match="SHA-256 of sealed.bin does not match"):
        kit.open_kit(tmp_path / "raw.fkit", tmp_path / "l.fsession", passphrase=SECRET)
    assert not (tmp_path / "l.fsession").exists()


def test_a_swapped_header_is_refused(master: Path, tmp_path: Path) -> None:
    kit2 = protected_kit(master, tmp_path, 2)
    kit3 = protected_kit(master, tmp_path, 3)
    other = json.loads(zip_members(kit3.read_bytes())[MANIFEST])
    # kit 2's sealed key and people presented as platform 3's kit
    for change in (
        {"platform": other["platform"], "platform_number": 3},
        {"created_at": "2030-01-01T00:00:00Z"},
    ):
        with pytest.raises(sealing.WrongPassphrase):
            kit.open_kit(rebuilt(kit2, change_manifest=change), tmp_path / "l.fsession",
                         passphrase=SECRET)  # fmt: skip
    with pytest.raises(sealing.WrongPassphrase):  # kit 3's whole manifest on kit 2's content
        kit.open_kit(rebuilt(kit2, manifest_from=kit3), tmp_path / "l.fsession", passphrase=SECRET)
    assert not (tmp_path / "l.fsession").exists()


def test_hostile_scrypt_parameters_are_refused_before_deriving(
    master: Path, tmp_path: Path
) -> None:
    kit_path = protected_kit(master, tmp_path)
    manifest = json.loads(zip_members(kit_path.read_bytes())[MANIFEST])
    for n in (2**30, 3 * 2**10):
        protection = {**manifest["protection"], "n": n}
        start = time.perf_counter()
        with pytest.raises(FacilitatorError, match="incomplete or inconsistent"):
            kit.open_kit(rebuilt(kit_path, change_manifest={"protection": protection}),
                         tmp_path / "l.fsession", passphrase=SECRET)  # fmt: skip
        assert time.perf_counter() - start < 0.2


def test_an_unprotected_kit_opens_as_before_without_asking(
    master: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_prompt(prompt: str) -> str:
        raise AssertionError("asked for a passphrase")

    monkeypatch.setattr(getpass, "getpass", no_prompt)
    assert run("kit", master, "--platform", 1, "-o", tmp_path / "p1.fkit") == 0
    members = zip_members((tmp_path / "p1.fkit").read_bytes())
    assert sealing.SEALED not in members and "kit.json" in members
    assert "protection" not in json.loads(members[MANIFEST])
    assert not kit.is_protected(tmp_path / "p1.fkit")
    assert run("kit-open", tmp_path / "p1.fkit", tmp_path / "l1.fsession") == 0


def test_a_short_passphrase_is_refused_before_a_key_is_issued(
    master: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "short.txt").write_text("1234567\n", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    for name in ("short.txt", "empty.txt"):
        capsys.readouterr()
        code = run("--lang", "ru", "kit", master, "--platform", 1, "-o", tmp_path / "p1.fkit",
                   "--passphrase-file", tmp_path / name)  # fmt: skip
        assert code == 1
        assert "Парольная фраза слишком короткая" in capsys.readouterr().err
    assert not (tmp_path / "p1.fkit").exists()
    sf = open_session_file(master, read_only=True)
    try:
        assert PlatformKey.select().count() == 0
    finally:
        sf.close()


def test_ask_passphrase_twice_must_match(
    master: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    answers = iter([SECRET, SECRET + "!", SECRET, SECRET])
    monkeypatch.setattr(getpass, "getpass", lambda prompt: next(answers))
    target = tmp_path / "p1.fkit"
    assert run("kit", master, "--platform", 1, "-o", target, "--ask-passphrase") == 1
    assert "The two passphrases differ" in capsys.readouterr().err
    assert not target.exists()
    assert run("kit", master, "--platform", 1, "-o", target, "--ask-passphrase") == 0
    assert kit.is_protected(target)
    kit.open_kit(target, tmp_path / "l1.fsession", passphrase=SECRET).close()


def test_write_kits_protects_each_kit_with_its_own_salt(master: Path, tmp_path: Path) -> None:
    folder = tmp_path / "kits"
    folder.mkdir()
    sf = open_session_file(master)
    try:
        written = kit.write_kits(sf, folder, passphrase=SECRET)
    finally:
        sf.close()
    salts = {
        json.loads(zip_members(p.read_bytes())[MANIFEST])["protection"]["salt"] for p in written
    }
    assert len(written) > 1 and len(salts) == len(written)


def test_key_derivation_takes_a_fraction_of_a_second() -> None:
    protection = sealing.new_protection()
    start = time.perf_counter()
    sealed = sealing.seal(SECRET, protection, b"header", b"data")
    took = time.perf_counter() - start
    assert 0.05 < took < 2.0  # ~0.25 s alone; several test workers share the cores
    assert sealing.unseal(SECRET, protection, b"header", sealed, "k") == b"data"
