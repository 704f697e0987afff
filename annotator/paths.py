"""Where the user's data lives: the default project and recent-project list."""
from __future__ import annotations

import os
from pathlib import Path

import platformdirs

DEFAULT_PROJECT_NAME = "default-project.sqlite"


def data_dir() -> Path:
    """`ANNOTATOR_HOME` overrides the platform's user data directory (tests, portable use)."""
    override = os.environ.get("ANNOTATOR_HOME")
    path = Path(override) if override else Path(platformdirs.user_data_dir("annotator", appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_project() -> Path:
    return data_dir() / DEFAULT_PROJECT_NAME


def sample_corpus() -> list[Path]:
    from .core.resources import resource_path

    return sorted(resource_path("sample").glob("*.txt"))


def reviewer_name() -> str:
    """Who the command line records as the actor of its changes."""
    import getpass

    return os.environ.get("ANNOTATOR_REVIEWER") or getpass.getuser() or "cli"
