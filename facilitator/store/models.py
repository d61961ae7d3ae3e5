"""The tables of a session file; every record is a mergeable fact (UUID, device, version)."""

from __future__ import annotations

import os

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
    """A random (version 4) UUID as 32 hex digits, without building a uuid.UUID object:
    bulk imports make tens of thousands of them."""
    raw = bytearray(os.urandom(16))
    raw[6] = raw[6] & 0x0F | 0x40  # version 4
    raw[8] = raw[8] & 0x3F | 0x80  # the RFC 4122 variant
    return raw.hex()


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
    # added by schema version 2: who signs the resolution
    chair = TextField(default="")
    chair_position = TextField(default="")
    secretary = TextField(default="")
    secretary_position = TextField(default="")


class Platform(Record):
    number = IntegerField()
    title = TextField()
    moderators = TextField(default="")
    room = TextField(default="")
    secretary = TextField(default="")  # who keeps the platform's protocol


class Participant(Record):
    full_name = TextField()
    organisation = TextField(default="")
    position = TextField(default="")
    delegation = TextField(default="")
    role = TextField(default="")
    platform = ForeignKeyField(Platform, null=True, backref="participants")
    platform_id: str | None  # peewee's accessor for the key's raw value


class Attendance(Record):
    participant = ForeignKeyField(Participant, backref="attendance")
    platform = ForeignKeyField(Platform, backref="attendance")
    participant_id: str
    platform_id: str
    present = BooleanField(default=True)
    since = TextField(default="")

    class Meta:
        indexes = ((("participant", "platform"), True),)


class Proposal(Record):
    platform = ForeignKeyField(Platform, backref="proposals")
    platform_id: str
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
        indexes = (
            (("platform", "number"), False),
            # covers the per-platform counts by kind, so they read no table rows
            (("platform", "kind", "deleted"), False),
        )


class Vote(Record):
    """One round of a vote on one or more proposals of a platform, by one method."""

    platform = ForeignKeyField(Platform, backref="votes")
    platform_id: str
    method = TextField()  # count, named, dots, rating, ranking
    round = IntegerField(default=1)
    previous = TextField(default="")  # the id of the round this one re-runs
    items = TextField(default="[]")  # JSON list of proposal ids, in order
    settings = TextField(default="{}")  # JSON: the method's rules (majority, dots, criteria…)
    status = TextField(default="open")  # open, closed
    present = IntegerField(null=True)  # attendance locked in when the vote was closed
    registered = IntegerField(null=True)
    present_ids = TextField(default="[]")  # JSON: who was present when it was closed
    results = TextField(default="")  # JSON: the result locked in at closing ("" while open)
    opened_at = TextField()
    closed_at = TextField(default="")


class Tally(Record):
    """A vote's figures for one item (hands counted, dots, mean ratings): a fact, not a delta."""

    vote = ForeignKeyField(Vote, backref="tallies")
    vote_id: str
    proposal = ForeignKeyField(Proposal, backref="tallies")
    proposal_id: str
    figures = TextField()  # JSON

    class Meta:
        indexes = ((("vote", "proposal"), True),)


class Ballot(Record):
    """One voter's ballot in a vote, covering its items; secret ballots carry a number."""

    vote = ForeignKeyField(Vote, backref="ballots")
    vote_id: str
    voter = TextField()  # a participant id, or a ballot number in a secret vote
    choices = TextField()  # JSON, by method: {item: choice|dots|{criterion: score}} or order

    class Meta:
        indexes = ((("vote", "voter"), True),)


class ResolutionEntry(Record):
    """The secretariat's decision about one proposal in the resolution; empty = the rules."""

    proposal = ForeignKeyField(Proposal, backref="resolution_entry", unique=True)
    proposal_id: str
    included = BooleanField(null=True)
    wording = TextField(default="")
    section = TextField(default="")
    position = IntegerField(null=True)


class History(BaseModel):
    """What changed, when and where: one row per change of one record."""

    id = AutoField()
    at = TextField()
    device = TextField()
    entity = TextField()
    record_id = TextField(index=True)
    action = TextField()  # create, update, delete, restore
    changes = TextField(default="{}")  # JSON: field → new value (or [old, new] for updates)


RECORD_MODELS: tuple[type[Record], ...] = (
    Session,
    Platform,
    Participant,
    Attendance,
    Proposal,
    Vote,
    Tally,
    Ballot,
    ResolutionEntry,
)
ALL_MODELS: tuple[type[BaseModel], ...] = (Meta, *RECORD_MODELS, History)
