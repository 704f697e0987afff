"""Problems found in input files: reported with file and line, never fatal to the batch."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    file: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.message}"


class InputError(Exception):
    """A whole file cannot be used; the message names the file (and line)."""

    def __init__(self, file: str, message: str, line: int | None = None):
        super().__init__(str(Problem(file, line, message)))
        self.problem = Problem(file, line, message)
