"""Reading a session file's title and role without opening it as the session."""

from __future__ import annotations

from pathlib import Path

from facilitator.demo import write_demo
from facilitator.exchange.kit import open_kit, write_kits
from facilitator.services.platforms import LOCAL_PLATFORM_KEY
from facilitator.store import peek as peeking
from facilitator.store.db import open_session_file
from facilitator.store.peek import FileSummary, peek


def test_title_and_role_of_the_secretariat_and_of_a_laptop(tmp_path: Path) -> None:
    master = tmp_path / "master.fsession"
    write_demo(master)
    sf = open_session_file(master)
    title = sf.session.title
    kits = write_kits(sf, tmp_path)
    sf.close()
    laptop = tmp_path / "laptop.fsession"
    open_kit(kits[2], laptop).close()
    before = sorted(p.name for p in tmp_path.iterdir())
    assert peek(master) == FileSummary(title, None)
    assert peek(laptop) == FileSummary(title, 3)
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # no lock, WAL or journal


def test_not_a_session_is_none(tmp_path: Path) -> None:
    junk = tmp_path / "junk.fsession"
    junk.write_text("hello")
    assert peek(junk) is None
    assert peek(tmp_path / "gone.fsession") is None


def test_the_laptop_key_is_the_services_one() -> None:
    assert peeking.LAPTOP_KEY == LOCAL_PLATFORM_KEY
