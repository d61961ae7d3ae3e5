"""The session file: creation, pragmas, refusals of foreign, damaged and newer files, migration."""

import sqlite3
from pathlib import Path

import pytest

from facilitator.messages import FacilitatorError
from facilitator.store import migrations
from facilitator.store.db import create_session_file, open_session_file


def make(path: Path) -> None:
    create_session_file(path, "Session").close()


def test_new_file_has_wal_full_sync_and_foreign_keys(session_path):
    sf = create_session_file(session_path, "Session", forum="Forum")
    pragma = lambda name: sf.db.execute_sql(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
    assert pragma("journal_mode") == "wal"
    assert pragma("synchronous") == 2
    assert pragma("foreign_keys") == 1
    assert pragma("user_version") == migrations.SCHEMA_VERSION
    assert sf.session.forum == "Forum"
    sf.close()


def test_reopened_file_keeps_device_and_clock_moves_forward(session_path):
    sf = create_session_file(session_path, "Session")
    device, version = sf.device, sf.session.version
    sf.close()
    sf = open_session_file(session_path)
    assert sf.device == device
    assert sf.tick() > version
    sf.close()


def test_existing_file_is_not_overwritten(session_path):
    make(session_path)
    with pytest.raises(FacilitatorError, match="already exists"):
        create_session_file(session_path, "Again")


def refusal(path: Path) -> str:
    with pytest.raises(FacilitatorError) as caught:
        open_session_file(path)
    return str(caught.value)


def test_missing_file_is_refused(tmp_path):
    assert "does not exist" in refusal(tmp_path / "nothing.fsession")


@pytest.mark.parametrize("content", [b"", b"hello, world\n", b"PK\x03\x04 zip"])
def test_a_file_that_is_not_sqlite_is_not_a_session(tmp_path, content):
    path = tmp_path / "x.fsession"
    path.write_bytes(content)
    assert "is not a Facilitator session file" in refusal(path)


def test_another_sqlite_database_is_not_a_session(tmp_path):
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    assert "is not a Facilitator session file" in refusal(path)


def test_damaged_file_is_refused(session_path):
    make(session_path)
    data = bytearray(session_path.read_bytes())
    data[4096:8192] = b"\xff" * 4096  # wipe the second page
    session_path.write_bytes(bytes(data))
    assert "is damaged" in refusal(session_path)


def test_truncated_file_is_refused(session_path):
    sf = create_session_file(session_path, "Session")
    sf.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    sf.close()
    data = session_path.read_bytes()
    session_path.write_bytes(data[: len(data) // 2])
    assert "is damaged" in refusal(session_path)


def test_file_from_a_newer_version_is_refused(session_path):
    make(session_path)
    with sqlite3.connect(session_path) as conn:
        conn.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 1}")
    conn.close()
    assert "newer version" in refusal(session_path)


def test_older_file_is_backed_up_then_migrated(session_path, monkeypatch):
    make(session_path)
    old = migrations.SCHEMA_VERSION

    def add_column(db):
        db.execute_sql("ALTER TABLE platform ADD COLUMN colour TEXT DEFAULT ''")

    monkeypatch.setattr(migrations, "STEPS", (*migrations.STEPS, add_column))
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", len(migrations.STEPS))
    sf = open_session_file(session_path)
    columns = [row[1] for row in sf.db.execute_sql("PRAGMA table_info(platform)")]
    assert "colour" in columns
    assert sf.db.execute_sql("PRAGMA user_version").fetchone()[0] == old + 1
    sf.close()
    backups = list(session_path.with_name(session_path.name + ".backups").iterdir())
    assert len(backups) == 1 and f"before-migration-v{old}" in backups[0].name
    with sqlite3.connect(backups[0]) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == old
    conn.close()


def test_failed_migration_step_leaves_the_file_as_it_was(session_path, monkeypatch):
    make(session_path)
    old = migrations.SCHEMA_VERSION

    def broken(db):
        db.execute_sql("ALTER TABLE platform ADD COLUMN colour TEXT")
        db.execute_sql("THIS IS NOT SQL")

    monkeypatch.setattr(migrations, "STEPS", (*migrations.STEPS, broken))
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", len(migrations.STEPS))
    with pytest.raises(FacilitatorError):
        open_session_file(session_path)
    with sqlite3.connect(session_path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == old
        columns = [row[1] for row in conn.execute("PRAGMA table_info(platform)")]
    conn.close()
    assert "colour" not in columns


def test_record_ids_are_version_4_uuids():
    import uuid

    from facilitator.store.models import new_id

    ids = {new_id() for _ in range(1000)}
    assert len(ids) == 1000
    assert all(uuid.UUID(i).version == 4 and uuid.UUID(i).variant == uuid.RFC_4122 for i in ids)


@pytest.mark.parametrize(
    "windows_path, uri",
    [
        (r"C:\Users\Иван\сессия #1.fsession", "file:/C:/Users/%D0%98%D0%B2%D0%B0%D0%BD/"
         "%D1%81%D0%B5%D1%81%D1%81%D0%B8%D1%8F%20%231.fsession?mode=ro"),
        (r"D:\forum\50% done?.fsession", "file:/D:/forum/50%25%20done%3F.fsession?mode=ro"),
        (r"\\server\share\forum.fsession", "file:////server/share/forum.fsession?mode=ro"),
    ],
)  # fmt: skip
def test_windows_paths_become_sqlite_uris(
    monkeypatch: pytest.MonkeyPatch, windows_path: str, uri: str
) -> None:
    """A drive letter keeps its colon after a leading slash; a share gets an empty authority."""
    import ntpath
    from types import SimpleNamespace

    from facilitator.store import db

    monkeypatch.setattr(db, "os", SimpleNamespace(path=ntpath, sep=ntpath.sep))
    assert db._uri(Path(windows_path), "mode=ro") == uri
