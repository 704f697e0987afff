"""The project-file problems a user can act on; each message says what and where."""
from __future__ import annotations

import sqlite3

# What a read of a damaged file raises past the check on opening (garbled text, an index)
Unreadable = sqlite3.DatabaseError


class StoreError(Exception):
    """A project file problem a user can act on; the message says what and where."""


class Conflict(StoreError):
    """An edit no longer fits the project: another window changed what it touches."""

    def __init__(self, message: str, article_id: int | None = None):
        super().__init__(message)
        self.article_id = article_id  # the article to reload, if the edit was about one


class ProjectInUse(StoreError):
    pass


class SchemaTooNew(StoreError):
    pass


class NotOurs(StoreError):
    """Not an annotator project (another program's database, an empty file, a folder)."""


class ProjectDamaged(StoreError):
    """SQLite's own check found damage: nothing is written to such a file."""
