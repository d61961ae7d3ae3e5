"""Schema steps: step 1 is the frozen version-1 schema, later steps are explicit, the models
agree with the schema they produce, and real version-1 files open, upgrade and merge."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from peewee import SqliteDatabase

from facilitator.exchange.codec import TABLES, columns, decode
from facilitator.exchange.kit import open_kit
from facilitator.exchange.merge import merge_files
from facilitator.messages import FacilitatorError
from facilitator.services.info import session_summary
from facilitator.store import migrations
from facilitator.store.db import create_session_file, open_session_file
from facilitator.store.exchange_models import EXCHANGE_MODELS
from facilitator.store.models import ALL_MODELS, Platform, Proposal, Session, database
from facilitator.store.schema_v1 import VERSION_1

DATA = Path(__file__).parent.parent / "data"
PEOPLE = ("chair", "chair_position", "secretary", "secretary_position")


def schema(conn: sqlite3.Connection) -> list[tuple[str, str, str, str | None]]:
    return sorted(conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master"))


def shape(conn: sqlite3.Connection) -> dict[str, object]:
    """Each table's columns (name, type, not null, key) and indexes (name, unique, columns),
    without the defaults (a column a step adds needs one; peewee's models have none)."""
    tables = [n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    out: dict[str, object] = {}
    for table in tables:
        cols = [(r[1], r[2], r[3], r[5]) for r in conn.execute(f'PRAGMA table_info("{table}")')]
        indexes = []
        for _, name, unique, *_ in conn.execute(f'PRAGMA index_list("{table}")'):
            named = [r[2] for r in conn.execute(f'PRAGMA index_info("{name}")')]
            indexes.append((name, unique, named))
        out[table] = (cols, sorted(indexes))
    return out


def stepped(version: int) -> sqlite3.Connection:
    """A blank database taken through the first `version` steps."""
    db = SqliteDatabase(":memory:")
    for step in migrations.STEPS[:version]:
        step(db)
    return db.connection()


def test_step_1_runs_exactly_the_frozen_statements():
    conn = stepped(1)
    made = [s for (s,) in conn.execute("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL")]
    assert sorted(made) == sorted(VERSION_1)


def test_a_new_file_is_the_frozen_schema_plus_the_later_steps(session_path):
    create_session_file(session_path, "Fresh").close()
    with sqlite3.connect(session_path) as conn:
        fresh = schema(conn)
        assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION
    conn.close()
    assert fresh == schema(stepped(migrations.SCHEMA_VERSION))


def test_the_models_agree_with_the_schema_the_steps_make():
    """A field added to a model without a step (or a step without the field) fails here."""
    db = SqliteDatabase(":memory:")
    database.initialize(db)
    try:
        db.create_tables([*ALL_MODELS, *EXCHANGE_MODELS])
    finally:
        database.initialize(None)
    assert shape(db.connection()) == shape(stepped(migrations.SCHEMA_VERSION))


def test_step_2_adds_the_signatories_to_the_session():
    before = [r[1] for r in stepped(1).execute('PRAGMA table_info("session")')]
    after = [r[1] for r in stepped(2).execute('PRAGMA table_info("session")')]
    assert after == [*before, *PEOPLE]


@pytest.fixture
def version_1(tmp_path: Path) -> Path:
    copy = tmp_path / "forum.fsession"
    shutil.copyfile(DATA / "version-1.fsession", copy)
    with sqlite3.connect(copy) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.close()
    return copy


def test_a_version_1_file_is_upgraded_after_a_backup_and_reads(version_1):
    sf = open_session_file(version_1)
    try:
        info = session_summary(sf)
        proposals = Proposal.select().count()
        session = sf.session
    finally:
        sf.close()
    assert info["session"]["title"] == "Промышленный рывок – заводы развития"
    assert len(info["platforms"]) == 7 and proposals == 3
    assert [getattr(session, name) for name in PEOPLE] == ["", "", "", ""]
    backups = list(version_1.with_name(version_1.name + ".backups").iterdir())
    assert len(backups) == 1 and "before-migration-v1" in backups[0].name
    with sqlite3.connect(version_1) as upgraded, sqlite3.connect(session_path_of(version_1)) as new:
        assert shape(upgraded) == shape(new)
        assert upgraded.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION
        assert upgraded.execute("PRAGMA foreign_key_check").fetchall() == []
    upgraded.close()
    new.close()


def session_path_of(beside: Path) -> Path:
    fresh = beside.with_name("fresh.fsession")
    create_session_file(fresh, "Fresh").close()
    return fresh


def test_a_version_1_bundle_merges_into_the_upgraded_file(version_1):
    sf = open_session_file(version_1)
    try:
        report = merge_files(sf, [DATA / "version-1-platform-2.fbundle"])
        titles = {p.title for p in Proposal.select()}
    finally:
        sf.close()
    assert report.bundles[0].new == 2
    assert {"Открыть инженерный класс", "Нехватка инженеров"} <= titles


def test_a_version_1_kit_opens_with_the_signatories_empty(tmp_path):
    sf = open_kit(DATA / "version-1-platform-2.fkit", tmp_path / "laptop.fsession")
    try:
        session = Session.get()
    finally:
        sf.close()
    assert session.title == "Промышленный рывок – заводы развития"
    assert [getattr(session, name) for name in PEOPLE] == ["", "", "", ""]


def test_a_current_member_without_the_new_columns_is_refused():
    old = [c for c in columns(TABLES["session"]) if c not in PEOPLE]
    row = ["a" * 32, "b1", "1700000000000-00000-b1", False, "T", "", "", "", ""]
    assert decode(Session, {"columns": old, "rows": [row]}, "k.fkit", schema=1)[0][-4:] == (
        "",
        "",
        "",
        "",
    )
    with pytest.raises(FacilitatorError, match="columns are not those"):
        decode(Session, {"columns": old, "rows": [row]}, "k.fkit")


def test_step_3_adds_the_secretary_to_the_platform():
    before = [r[1] for r in stepped(2).execute('PRAGMA table_info("platform")')]
    after = [r[1] for r in stepped(3).execute('PRAGMA table_info("platform")')]
    assert after == [*before, "secretary"]


@pytest.fixture
def version_2(tmp_path: Path) -> Path:
    copy = tmp_path / "forum.fsession"
    shutil.copyfile(DATA / "version-2.fsession", copy)
    with sqlite3.connect(copy) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
    conn.close()
    return copy


def test_a_version_2_file_is_upgraded_keeping_its_signatories(version_2):
    sf = open_session_file(version_2)
    try:
        session = sf.session
        secretaries = [p.secretary for p in Platform.select().order_by(Platform.number)]
        moderators = [p.moderators for p in Platform.select().order_by(Platform.number)]
    finally:
        sf.close()
    assert (session.chair, session.secretary) == ("Орлов Пётр Сергеевич", "Никитина Анна Павловна")
    assert secretaries == [""] * 7 and moderators[1] == "Белов Андрей Николаевич"
    backups = list(version_2.with_name(version_2.name + ".backups").iterdir())
    assert len(backups) == 1 and "before-migration-v2" in backups[0].name
    with sqlite3.connect(version_2) as upgraded, sqlite3.connect(session_path_of(version_2)) as new:
        assert shape(upgraded) == shape(new)
        assert upgraded.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION
        assert upgraded.execute("PRAGMA foreign_key_check").fetchall() == []
    upgraded.close()
    new.close()


def test_a_version_2_bundle_merges_and_its_kit_opens(version_2, tmp_path):
    sf = open_session_file(version_2)
    try:
        report = merge_files(sf, [DATA / "version-2-platform-2.fbundle"])
        titles = {p.title for p in Proposal.select()}
    finally:
        sf.close()
    assert report.bundles[0].new == 2
    assert {"Создать инженерный центр", "Нехватка технологов"} <= titles
    laptop = open_kit(DATA / "version-2-platform-2.fkit", tmp_path / "laptop.fsession")
    try:
        platform = Platform.get(Platform.number == 2)
    finally:
        laptop.close()
    assert (platform.moderators, platform.secretary) == ("Белов Андрей Николаевич", "")
