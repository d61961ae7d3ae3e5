"""The tables of a session file; every record is a mergeable fact (UUID, device, version)."""

from __future__ import annotations

import uuid

from peewee import (
    AutoField,
    BooleanField,
    DatabaseProxy,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

database = DatabaseProxy()


def new_id() -> str:
    return uuid.uuid4().hex


class BaseModel(Model):
    class Meta:
        database = database
        legacy_table_names = False


class Record(BaseModel):
    """A row that travels between laptops: never hard-deleted, versioned by a hybrid clock."""

    id = TextField(primary_key=True, default=new_id)
    device = TextField()
    version = TextField(index=True)
    deleted = BooleanField(default=False)


class Meta(BaseModel):
    key = TextField(primary_key=True)
    value = TextField()


class Session(Record):
    title = TextField()
    forum = TextField(default="")
    date = TextField(default="")  # ISO YYYY-MM-DD or empty
    venue = TextField(default="")
    organiser = TextField(default="")


class Platform(Record):
    number = IntegerField()
    title = TextField()
    moderators = TextField(default="")
    room = TextField(default="")


class Participant(Record):
    full_name = TextField()
    organisation = TextField(default="")
    position = TextField(default="")
    delegation = TextField(default="")
    role = TextField(default="")
    platform = ForeignKeyField(Platform, null=True, backref="participants")


class Attendance(Record):
    participant = ForeignKeyField(Participant, backref="attendance")
    platform = ForeignKeyField(Platform, backref="attendance")
    present = BooleanField(default=True)
    since = TextField(default="")

    class Meta:
        indexes = ((("participant", "platform"), True),)


class Proposal(Record):
    platform = ForeignKeyField(Platform, backref="proposals")
    number = IntegerField()
    kind = TextField()
    title = TextField()
    text = TextField(default="")
    tags = TextField(default="")
    status = TextField(default="draft")
    presenter = TextField(default="")
    organisation = TextField(default="")
    responsible = TextField(default="")
    deadline = TextField(default="")  # ISO YYYY-MM-DD or empty
    created_at = TextField()
    updated_at = TextField()

    class Meta:
        indexes = ((("platform", "number"), False),)


class History(BaseModel):
    """What changed, when and where: one row per change of one record."""

    id = AutoField()
    at = TextField()
    device = TextField()
    entity = TextField()
    record_id = TextField(index=True)
    action = TextField()  # create, update, delete, restore
    changes = TextField(default="{}")  # JSON: field → new value (or [old, new] for updates)


RECORD_MODELS: tuple[type[Record], ...] = (Session, Platform, Participant, Attendance, Proposal)
ALL_MODELS: tuple[type[BaseModel], ...] = (Meta, *RECORD_MODELS, History)
