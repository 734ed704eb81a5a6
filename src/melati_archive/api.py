"""The `Archive` facade: one object the CLI, the notebooks and the tests drive the library through."""
from __future__ import annotations

import os
from functools import cached_property
from pathlib import Path

from .errors import MelatiError


class Archive:
    """A home folder holding `archive/` (the truth) and `index/` (derived, rebuildable).

    >>> arc = Archive.open("examples/demo")
    >>> arc.reindex(); arc.search("pelatihan").to_frame()
    """

    def __init__(self, home: Path):
        self.home = Path(home)
        self.root = self.home / "archive"
        self.index_dir = self.home / "index"

    @classmethod
    def open(cls, home: str | os.PathLike | None = None) -> "Archive":
        home = Path(home or os.environ.get("MELATI_HOME") or os.getcwd())
        arc = cls(home)
        if not (arc.root / "melati.yaml").is_file() and not (arc.root / "articles").is_dir():
            raise MelatiError(
                f"{home}: tidak ada arsip di sini (seharusnya ada {arc.root}/melati.yaml); "
                f"jalankan `melati init {home}` atau pakai --home FOLDER"
            )
        return arc

    def __repr__(self) -> str:
        return f"Archive({str(self.home)!r})"

    # The file store -----------------------------------------------------------------------
    @cached_property
    def store(self):
        from .archive import ArchiveStore

        return ArchiveStore(self.root)

    @property
    def config(self):
        return self.store.config

    def check(self):
        """Every validation problem in the archive (list of model.Problem)."""
        return self.store.check()

    # The index and what is searched through it ----------------------------------------------
    def reindex(self, full: bool = False, progress=None, lock_timeout: float | None = None):
        """Bring the index up to date (`full`: rebuild it). `lock_timeout`: seconds to wait for a
        reindex already running before IndexBusyError (None: the default wait)."""
        from .index import reindex

        return reindex(self, full=full, progress=progress, lock_timeout=lock_timeout)

    def search(self, query: str = "", **filters):
        from .search import search

        return search(self, query, **filters)

    def quotes(self, query: str = "", **filters):
        from .search import quotes

        return quotes(self, query, **filters)

    def people(self, query: str = ""):
        from .search import people

        return people(self, query)

    def programs(self, query: str = ""):
        from .search import programs

        return programs(self, query)
