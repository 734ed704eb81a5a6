"""Typed exceptions: every user-facing failure the CLI turns into a one-line message and exit 1."""
from __future__ import annotations


class MelatiError(Exception):
    """A user error: the message names what is wrong and how to fix it."""


class ArchiveError(MelatiError):
    """A file in the archive is invalid; carries path and line."""

    def __init__(self, path: str, line: int | None, message: str, fix: str = ""):
        self.path, self.line, self.message, self.fix = path, line, message, fix
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {message}" + (f" ({fix})" if fix else ""))


class QueryError(MelatiError):
    """A search query that cannot be parsed or uses an unknown field."""


class IndexMissingError(MelatiError):
    """No usable index yet."""


class IndexBusyError(MelatiError):
    """Another reindex holds the lock."""


class ImportFailure(MelatiError):
    """One source could not be imported (the others still are)."""


class ReportError(MelatiError):
    """A report could not be produced; names the kept notebook when a cell failed."""
