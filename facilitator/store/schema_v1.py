"""The schema of version 1, frozen: the statements the first release ran to make a session
file. Never change them; a change of the schema is a new step in `migrations`."""

from __future__ import annotations

VERSION_1: tuple[str, ...] = (
    (
        'CREATE TABLE "platform" ("id" TEXT NOT NULL PRIMARY KEY, '
        '"device" TEXT NOT NULL, "version" TEXT NOT NULL, "deleted" INTEGER NOT NULL, '
        '"number" INTEGER NOT NULL, "title" TEXT NOT NULL, "moderators" TEXT NOT NULL, '
        '"room" TEXT NOT NULL)'
    ),
    'CREATE INDEX "platform_version" ON "platform" ("version")',
    (
        'CREATE TABLE "participant" ("id" TEXT NOT NULL PRIMARY KEY, '
        '"device" TEXT NOT NULL, "version" TEXT NOT NULL, "deleted" INTEGER NOT NULL, '
        '"full_name" TEXT NOT NULL, "organisation" TEXT NOT NULL, '
        '"position" TEXT NOT NULL, "delegation" TEXT NOT NULL, "role" TEXT NOT NULL, '
        '"platform_id" TEXT, FOREIGN KEY ("platform_id") REFERENCES "platform" ("id"))'
    ),
    'CREATE INDEX "participant_version" ON "participant" ("version")',
    'CREATE INDEX "participant_platform_id" ON "participant" ("platform_id")',
    (
        'CREATE TABLE "attendance" ("id" TEXT NOT NULL PRIMARY KEY, '
        '"device" TEXT NOT NULL, "version" TEXT NOT NULL, "deleted" INTEGER NOT NULL, '
        '"participant_id" TEXT NOT NULL, "platform_id" TEXT NOT NULL, '
        '"present" INTEGER NOT NULL, "since" TEXT NOT NULL, '
        'FOREIGN KEY ("participant_id") REFERENCES "participant" ("id"), '
        'FOREIGN KEY ("platform_id") REFERENCES "platform" ("id"))'
    ),
    'CREATE INDEX "attendance_version" ON "attendance" ("version")',
    'CREATE INDEX "attendance_participant_id" ON "attendance" ("participant_id")',
    'CREATE INDEX "attendance_platform_id" ON "attendance" ("platform_id")',
    (
        'CREATE UNIQUE INDEX "attendance_participant_id_platform_id" '
        'ON "attendance" ("participant_id", '
        '"platform_id")'
    ),
    (
        'CREATE TABLE "vote" ("id" TEXT NOT NULL PRIMARY KEY, "device" TEXT NOT NULL, '
        '"version" TEXT NOT NULL, "deleted" INTEGER NOT NULL, '
        '"platform_id" TEXT NOT NULL, "method" TEXT NOT NULL, "round" INTEGER NOT NULL, '
        '"previous" TEXT NOT NULL, "items" TEXT NOT NULL, "settings" TEXT NOT NULL, '
        '"status" TEXT NOT NULL, "present" INTEGER, "registered" INTEGER, '
        '"present_ids" TEXT NOT NULL, "results" TEXT NOT NULL, '
        '"opened_at" TEXT NOT NULL, "closed_at" TEXT NOT NULL, '
        'FOREIGN KEY ("platform_id") REFERENCES "platform" ("id"))'
    ),
    'CREATE INDEX "vote_version" ON "vote" ("version")',
    'CREATE INDEX "vote_platform_id" ON "vote" ("platform_id")',
    (
        'CREATE TABLE "ballot" ("id" TEXT NOT NULL PRIMARY KEY, "device" TEXT NOT NULL, '
        '"version" TEXT NOT NULL, "deleted" INTEGER NOT NULL, "vote_id" TEXT NOT NULL, '
        '"voter" TEXT NOT NULL, "choices" TEXT NOT NULL, '
        'FOREIGN KEY ("vote_id") REFERENCES "vote" ("id"))'
    ),
    'CREATE INDEX "ballot_version" ON "ballot" ("version")',
    'CREATE INDEX "ballot_vote_id" ON "ballot" ("vote_id")',
    'CREATE UNIQUE INDEX "ballot_vote_id_voter" ON "ballot" ("vote_id", "voter")',
    (
        'CREATE TABLE "history" ("id" INTEGER NOT NULL PRIMARY KEY, "at" TEXT NOT NULL, '
        '"device" TEXT NOT NULL, "entity" TEXT NOT NULL, "record_id" TEXT NOT NULL, '
        '"action" TEXT NOT NULL, "changes" TEXT NOT NULL)'
    ),
    'CREATE INDEX "history_record_id" ON "history" ("record_id")',
    'CREATE TABLE "meta" ("key" TEXT NOT NULL PRIMARY KEY, "value" TEXT NOT NULL)',
    (
        'CREATE TABLE "proposal" ("id" TEXT NOT NULL PRIMARY KEY, '
        '"device" TEXT NOT NULL, "version" TEXT NOT NULL, "deleted" INTEGER NOT NULL, '
        '"platform_id" TEXT NOT NULL, "number" INTEGER NOT NULL, "kind" TEXT NOT NULL, '
        '"title" TEXT NOT NULL, "text" TEXT NOT NULL, "tags" TEXT NOT NULL, '
        '"status" TEXT NOT NULL, "presenter" TEXT NOT NULL, '
        '"organisation" TEXT NOT NULL, "responsible" TEXT NOT NULL, '
        '"deadline" TEXT NOT NULL, "created_at" TEXT NOT NULL, '
        '"updated_at" TEXT NOT NULL, '
        'FOREIGN KEY ("platform_id") REFERENCES "platform" ("id"))'
    ),
    'CREATE INDEX "proposal_version" ON "proposal" ("version")',
    'CREATE INDEX "proposal_platform_id" ON "proposal" ("platform_id")',
    ('CREATE INDEX "proposal_platform_id_number" ON "proposal" ("platform_id", "number")'),
    (
        'CREATE INDEX "proposal_platform_id_kind_deleted" ON "proposal" ("platform_id", '
        '"kind", "deleted")'
    ),
    (
        'CREATE TABLE "resolution_entry" ("id" TEXT NOT NULL PRIMARY KEY, '
        '"device" TEXT NOT NULL, "version" TEXT NOT NULL, "deleted" INTEGER NOT NULL, '
        '"proposal_id" TEXT NOT NULL, "included" INTEGER, "wording" TEXT NOT NULL, '
        '"section" TEXT NOT NULL, "position" INTEGER, '
        'FOREIGN KEY ("proposal_id") REFERENCES "proposal" ("id"))'
    ),
    'CREATE INDEX "resolution_entry_version" ON "resolution_entry" ("version")',
    'CREATE UNIQUE INDEX "resolution_entry_proposal_id" ON "resolution_entry" ("proposal_id")',
    (
        'CREATE TABLE "session" ("id" TEXT NOT NULL PRIMARY KEY, "device" TEXT NOT NULL, '
        '"version" TEXT NOT NULL, "deleted" INTEGER NOT NULL, "title" TEXT NOT NULL, '
        '"forum" TEXT NOT NULL, "date" TEXT NOT NULL, "venue" TEXT NOT NULL, '
        '"organiser" TEXT NOT NULL)'
    ),
    'CREATE INDEX "session_version" ON "session" ("version")',
    (
        'CREATE TABLE "tally" ("id" TEXT NOT NULL PRIMARY KEY, "device" TEXT NOT NULL, '
        '"version" TEXT NOT NULL, "deleted" INTEGER NOT NULL, "vote_id" TEXT NOT NULL, '
        '"proposal_id" TEXT NOT NULL, "figures" TEXT NOT NULL, '
        'FOREIGN KEY ("vote_id") REFERENCES "vote" ("id"), '
        'FOREIGN KEY ("proposal_id") REFERENCES "proposal" ("id"))'
    ),
    'CREATE INDEX "tally_version" ON "tally" ("version")',
    'CREATE INDEX "tally_vote_id" ON "tally" ("vote_id")',
    'CREATE INDEX "tally_proposal_id" ON "tally" ("proposal_id")',
    ('CREATE UNIQUE INDEX "tally_vote_id_proposal_id" ON "tally" ("vote_id", "proposal_id")'),
    (
        'CREATE TABLE "exchange_conflict" ("id" INTEGER NOT NULL PRIMARY KEY, '
        '"entity" TEXT NOT NULL, "record" TEXT NOT NULL, "platform" TEXT NOT NULL, '
        '"kind" TEXT NOT NULL, "local" TEXT NOT NULL, "theirs" TEXT NOT NULL, '
        '"local_version" TEXT NOT NULL, "theirs_version" TEXT NOT NULL, '
        '"theirs_device" TEXT NOT NULL, "sequence" INTEGER NOT NULL, '
        '"created_at" TEXT NOT NULL, "resolved_at" TEXT NOT NULL, '
        '"resolution" TEXT NOT NULL)'
    ),
    'CREATE INDEX "exchange_conflict_record" ON "exchange_conflict" ("record")',
    (
        'CREATE TABLE "exchange_base" ("platform" TEXT NOT NULL, "record" TEXT NOT NULL, '
        '"entity" TEXT NOT NULL, "version" TEXT NOT NULL, PRIMARY KEY ("platform", '
        '"record")) WITHOUT ROWID'
    ),
    (
        'CREATE TABLE "exchange_import" ("id" INTEGER NOT NULL PRIMARY KEY, '
        '"digest" TEXT NOT NULL, "platform" TEXT NOT NULL, "device" TEXT NOT NULL, '
        '"sequence" INTEGER NOT NULL, "exported_at" TEXT NOT NULL, '
        '"imported_at" TEXT NOT NULL, "status" TEXT NOT NULL, "counts" TEXT NOT NULL)'
    ),
    'CREATE UNIQUE INDEX "exchange_import_digest" ON "exchange_import" ("digest")',
    'CREATE INDEX "exchange_import_platform" ON "exchange_import" ("platform")',
    (
        'CREATE TABLE "exchange_lineage" ("id" INTEGER NOT NULL PRIMARY KEY, '
        '"merged" TEXT NOT NULL, "original" TEXT NOT NULL, "platform" TEXT NOT NULL, '
        '"title" TEXT NOT NULL, "text" TEXT NOT NULL, "status" TEXT NOT NULL, '
        '"version" TEXT NOT NULL, "device" TEXT NOT NULL, "after" TEXT NOT NULL, '
        '"merged_at" TEXT NOT NULL, "undone_at" TEXT NOT NULL)'
    ),
    'CREATE INDEX "exchange_lineage_merged" ON "exchange_lineage" ("merged")',
    'CREATE INDEX "exchange_lineage_original" ON "exchange_lineage" ("original")',
    (
        'CREATE TABLE "exchange_key" ("public_key" TEXT NOT NULL PRIMARY KEY, '
        '"platform" TEXT NOT NULL, "issued_at" TEXT NOT NULL)'
    ),
    'CREATE INDEX "exchange_key_platform" ON "exchange_key" ("platform")',
)
