"""The limits on what melati reads from archive files: sizes, YAML aliases, nesting (docs/limits.md).

Each one is far above what a real press release or registry needs and far below what exhausts a
machine; the query limits live in querylimits.py."""
from __future__ import annotations

# An article file (front matter + text). The longest real press releases are tens of KB; a 50 MB
# file made a reindex take 3.5 GB.
MAX_ARTICLE_BYTES = 2 * 1024 * 1024
# A front matter block of an article: a few fields, never pages of YAML.
MAX_FRONT_MATTER_BYTES = 64 * 1024
# melati.yaml, people.yaml, programs.yaml: thousands of people fit easily.
MAX_YAML_BYTES = 4 * 1024 * 1024
# `*alias` references in one YAML document: people write values out; a "billion laughs" front
# matter needs dozens of aliases to explode.
MAX_YAML_ALIASES = 100
# Nesting of mappings and lists: front matter is two or three levels deep.
MAX_YAML_DEPTH = 40
# Values in one YAML document once every alias is expanded (what reading it costs).
MAX_YAML_NODES = 200_000


def mb(n: int) -> str:
    """`n` bytes as whole megabytes or kilobytes, for messages."""
    return f"{n // (1024 * 1024)} MB" if n >= 1024 * 1024 else f"{n // 1024} KB"
