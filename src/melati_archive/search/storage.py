"""Opening the index for searching: segment files read from a memory map, never copied.

whoosh opens a compound segment (`*.seg`) with `mmap` and hands each file inside it to the
codec as a `BufferFile`, which wraps the map in a `BytesIO`: a copy of the whole segment in
memory at every open (at 30,000 articles 0.2 s and 440 MB; at 100,000 about three times
that), most of it postings a search never reads. Here the storage gives whoosh the same
`StructFile` interface over the map itself: reads slice the map, a sub-file is an offset
into it, and only the pages a search touches are read from disk (the OS caches them for the
next process). Everything else is whoosh's public 2.7 storage API (`FileStorage.open_file`,
`StructFile.subset`); `open_for_search` falls back to the index as opened when the map
cannot be made.
"""
from __future__ import annotations

import mmap
import os
from typing import Any

from whoosh.filedb.filestore import FileStorage
from whoosh.filedb.structfile import StructFile


class _MapReader:
    """A read-only file over [start, start + length) of a memory map: read, readline, seek,
    tell as a file does (pickle.load needs read/readline/readinto), without a copy."""

    def __init__(self, mm: mmap.mmap, start: int, length: int):
        self._mm = mm
        self._start = start
        self._end = start + length
        self._pos = start

    def read(self, n: int | None = -1) -> bytes:
        end = self._end if n is None or n < 0 else min(self._end, self._pos + n)
        if end <= self._pos:
            return b""
        out = self._mm[self._pos:end]
        self._pos = end
        return out

    def readline(self, size: int | None = -1) -> bytes:
        nl = self._mm.find(b"\n", self._pos, self._end)
        end = self._end if nl < 0 else nl + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        return self.read(end - self._pos)

    def readinto(self, buffer: Any) -> int:
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def peek(self, n: int = 1) -> bytes:
        return self._mm[self._pos:min(self._end, self._pos + max(n, 1))]

    def seek(self, pos: int, whence: int = 0) -> int:
        base = (self._start, self._pos, self._end)[whence]
        self._pos = max(self._start, base + pos)  # past the end reads nothing, as in a file
        return self._pos - self._start

    def tell(self) -> int:
        return self._pos - self._start

    def seekable(self) -> bool:
        return True

    def readable(self) -> bool:
        return True

    def flush(self) -> None:
        pass

    def close(self) -> None:
        pass  # the map is shared by every sub-file of the segment; it closes when unreferenced


class MappedFile(StructFile):
    """whoosh's StructFile over part of a memory map; `subset` is another view, not a copy."""

    def __init__(self, mm: mmap.mmap, start: int, length: int, name: str | None = None):
        super().__init__(_MapReader(mm, start, length), name=name)
        self._mm = mm
        self._start = start
        self._length = length
        self.is_real = False

    def subset(self, offset: int, length: int, name: str | None = None) -> MappedFile:
        return MappedFile(self._mm, self._start + offset, length, name=name or self._name)

    def get(self, position: int, length: int) -> bytes:
        start = self._start + position
        return self._mm[start:start + length]

    def get_array(self, position: int, typecode: str, length: int) -> Any:
        self.seek(position)  # as StructFile.get_array: read_array handles the byte order
        return self.read_array(typecode, length)


class MappedStorage(FileStorage):
    """A read-only FileStorage whose segment files are MappedFiles. whoosh opens a compound
    segment through `open_file` and, told the storage has no mmap, takes each inner file with
    `subset`: both are ours, so nothing is copied."""

    def __init__(self, path: str):
        super().__init__(path, supports_mmap=False, readonly=True)

    def open_file(self, name: str, **kwargs: Any) -> StructFile:
        if not name.endswith(".seg"):
            return super().open_file(name, **kwargs)
        with open(self._fpath(name), "rb") as f:
            size = os.fstat(f.fileno()).st_size
            if not size:
                return super().open_file(name, **kwargs)
            mm = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        return MappedFile(mm, 0, size, name=name)


def open_for_search(ix: Any) -> Any:
    """The same index (same folder, same name) with its segments read through MappedStorage;
    `ix` itself when it is not a plain on-disk index or the map cannot be made."""
    folder = getattr(ix.storage, "folder", None)
    if folder is None or type(ix.storage) is not FileStorage:
        return ix
    try:
        return type(ix)(MappedStorage(folder), indexname=ix.indexname)
    except Exception:  # noqa: BLE001 - whoosh's own open still works: search with it
        return ix
