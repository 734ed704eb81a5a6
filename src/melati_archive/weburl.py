"""Which links melati stores, validates and shows: absolute http and https URLs only."""
from __future__ import annotations

import re
from urllib.parse import urlsplit

# C0 controls, DEL and C1 controls: never part of a link or a one-line field, and ESC sequences
# printed to a terminal can rewrite what the reader sees.
CONTROL_RE = re.compile(r"[\x00-\x1f\x7f-\x9f]")
# The same without tab and line breaks, which a multi-line YAML value may hold.
HIDDEN_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def safe_url(url: object) -> str | None:
    """`url` when it is an absolute http(s) URL with a host, else None: a `javascript:`, `data:` or
    `file:` link from an imported feed must never become a live link on the search page."""
    if not isinstance(url, str):
        return None
    text = url.strip()
    # split() breaks at exactly the characters isspace() names: one piece, no space inside (and
    # none at the ends, stripped); a C call, not a generator over each character of every file's url
    if not text or CONTROL_RE.search(text) or len(text.split(None, 1)) > 1:
        return None
    try:
        parts = urlsplit(text)
    except ValueError:  # e.g. an unclosed [ in the host
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return text


def one_line(text: str) -> str:
    """`text` without control characters (tabs and line breaks become spaces)."""
    return CONTROL_RE.sub(lambda m: " " if m.group() in "\t\n\r" else "", text)


# Parameters a share button or a campaign adds to a link, saying nothing of the page: a link copied
# from Facebook, WhatsApp or a newsletter carries them into the archive and into every citation.
_TRACKING_PARAM = re.compile(r"(?i)^(?:utm_\w+|fbclid|gclid|dclid|msclkid|igshid|mc_cid|mc_eid|_ga)$")


def is_tracking_param(name: str) -> bool:
    """A query parameter a share button or a campaign adds (utm_source, fbclid, igshid, ...)."""
    return bool(_TRACKING_PARAM.match(name))


def without_tracking(url: str) -> str:
    """`url` without its campaign and share-tracking parameters (utm_*, fbclid, gclid, ...); the
    other parameters keep their order and spelling, and a URL without any comes back unchanged."""
    from urllib.parse import urlunsplit

    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    if not parts.query:
        return url
    kept = [p for p in parts.query.split("&") if not is_tracking_param(p.split("=", 1)[0])]
    if len(kept) == len(parts.query.split("&")):
        return url
    return urlunsplit((parts.scheme, parts.netloc, parts.path, "&".join(kept), parts.fragment))
