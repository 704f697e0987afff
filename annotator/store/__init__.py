"""The SQLite project file: schema, migrations and every query. Nothing else writes SQL."""
from . import backups  # noqa: F401
from .errors import Conflict, NotOurs, ProjectDamaged, ProjectInUse, SchemaTooNew, StoreError
from .edits import Changes
from .imports import ImportResult, SourceRecord, content_hash
from .migrations import SCHEMA_VERSION
from .queries import ArticleFilter, QueueRow
from .store import Store

__all__ = [
    "ArticleFilter", "Changes", "Conflict", "ImportResult", "NotOurs", "ProjectDamaged", "ProjectInUse", "QueueRow", "SCHEMA_VERSION",
    "SchemaTooNew", "SourceRecord", "Store", "StoreError", "content_hash",
]
