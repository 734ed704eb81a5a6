"""What a reindex did: files added, updated, removed, unchanged and failed, the time it took, as
DESIGN.md's JSON and as the Indonesian summary line the CLI prints."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class ReindexResult:
    """What a reindex did. `to_dict()` is the DESIGN.md JSON; `messages` are notes for stderr."""

    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    failed: list[dict[str, Any]] = field(default_factory=list)
    seconds: float = 0.0
    full: bool = False
    messages: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "added": self.added,
            "updated": self.updated,
            "removed": self.removed,
            "unchanged": self.unchanged,
            "failed": list(self.failed),
            "seconds": round(self.seconds, 3),
        }

    def summary(self) -> str:
        seconds = f"{self.seconds:.2f}".replace(".", ",")
        text = (
            f"{self.added} ditambahkan, {self.updated} diperbarui, {self.removed} dihapus, "
            f"{self.unchanged} tidak berubah, {len(self.failed)} gagal dalam {seconds} detik"
        )
        return ("bangun ulang penuh: " if self.full else "") + text


def _tally(result, state, prev_sha: str | None) -> None:
    """Count one reindexed file as failed, added, unchanged (same content as `prev_sha`, the
    hash the index held) or updated."""
    if state.error:
        result.failed.append(state.error)
    elif prev_sha is None:
        result.added += 1
    elif prev_sha == state.sha:
        result.unchanged += 1
    else:
        result.updated += 1
