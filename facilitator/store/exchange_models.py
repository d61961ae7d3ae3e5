"""Exchange bookkeeping of the secretariat: platform keys, bases, imports, conflicts, lineage."""

from __future__ import annotations

from peewee import AutoField, CompositeKey, IntegerField, TextField

from facilitator.store.models import BaseModel


class PlatformKey(BaseModel):
    """A public key with which one platform's laptop signs its bundles (one per kit issued)."""

    public_key = TextField(primary_key=True)  # Ed25519, 64 hex digits
    platform = TextField(index=True)  # the platform's record id
    issued_at = TextField()

    class Meta:
        table_name = "exchange_key"


class ImportBase(BaseModel):
    """The version of a record last received from (or handed to) a platform: the merge base."""

    platform = TextField()
    record = TextField()
    entity = TextField()
    version = TextField()
    # JSON: the row at that version, kept once the row here is no longer it ("" while it is)
    content = TextField(default="")

    class Meta:
        table_name = "exchange_base"
        primary_key = CompositeKey("platform", "record")
        without_rowid = True
        indexes = ((("record", "version"), False),)  # a local edit keeps the row (schema 5)


class ImportLog(BaseModel):
    """One bundle imported: where it came from and what it did."""

    id = AutoField()
    digest = TextField(unique=True)  # SHA-256 of the signed manifest: the bundle's identity
    platform = TextField(index=True)
    device = TextField()
    sequence = IntegerField()
    exported_at = TextField()
    imported_at = TextField()
    status = TextField()  # imported, older
    counts = TextField(default="{}")  # JSON: new, changed, unchanged, conflicts, rows

    class Meta:
        table_name = "exchange_import"


class Conflict(BaseModel):
    """A record changed both on a platform and by the secretariat since the last import."""

    id = AutoField()
    entity = TextField()
    record = TextField(index=True)
    platform = TextField()
    kind = TextField()  # edit, edit_delete, delete_edit
    local = TextField()  # JSON row as the secretariat has it
    theirs = TextField()  # JSON row as the platform sent it
    local_version = TextField()
    theirs_version = TextField()
    theirs_device = TextField()
    sequence = IntegerField()  # of the bundle that brought `theirs`
    created_at = TextField()
    resolved_at = TextField(default="")
    resolution = TextField(default="")  # "", mine, theirs, edited
    fields = TextField(default="")  # JSON: the fields changed on both sides ("" = all differing)

    class Meta:
        table_name = "exchange_conflict"


class Lineage(BaseModel):
    """One original of a merged proposal, as it was when merged: undo restores it from here."""

    id = AutoField()
    merged = TextField(index=True)  # the surviving proposal's id
    original = TextField(index=True)
    platform = TextField()
    title = TextField()
    text = TextField(default="")
    status = TextField()
    version = TextField()  # the original's version before the merge
    device = TextField()
    after = TextField(default="")  # its version right after the merge
    merged_at = TextField()
    undone_at = TextField(default="")

    class Meta:
        table_name = "exchange_lineage"


EXCHANGE_MODELS: tuple[type[BaseModel], ...] = (
    PlatformKey,
    ImportBase,
    ImportLog,
    Conflict,
    Lineage,
)
