"""Storage of a session: one SQLite file per session, through peewee."""
