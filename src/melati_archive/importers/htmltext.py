"""HTML fragments (WordPress post content, feed entries) -> plain text, one paragraph per line."""
from __future__ import annotations

import html
import re

import lxml.html
from lxml import etree

from ..errors import ImportFailure

_BLOCK = frozenset("p div br li h1 h2 h3 h4 h5 h6 blockquote tr section article figcaption pre ul ol table".split())
# Inline elements a theme writes side by side with no space between ("<time>7 Desember 2026</time><time
# class=updated>9 Desember 2026</time>"): a space after each keeps their words apart.
_SPACED = frozenset("time label button".split())
_DROP = frozenset("script style noscript iframe form button nav aside footer svg".split())


def fragment_text(fragment: str) -> str:
    """The readable text of an HTML fragment: block elements become lines, inline ones run together."""
    if not fragment or not fragment.strip():
        return ""
    if "<" not in fragment:
        return _squeeze(html.unescape(fragment))
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError) as exc:
        raise ImportFailure(f"isi HTML tidak bisa diurai: {exc}") from None
    parts: list[str] = []
    _walk(root, parts)
    return _squeeze("".join(parts))


def _walk(node, parts: list[str]) -> None:
    tag = node.tag if isinstance(node.tag, str) else ""
    if tag in _DROP:
        if node.tail:
            parts.append(node.tail)
        return
    block = tag in _BLOCK
    if block:
        parts.append("\n")
    if node.text and tag:
        parts.append(node.text)
    for child in node:
        _walk(child, parts)
    if block:
        parts.append("\n")
    elif tag in _SPACED:
        parts.append(" ")
    if node.tail:
        parts.append(node.tail)


def _squeeze(text: str) -> str:
    text = text.replace("\xa0", " ")
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return "\n".join(line for line in lines if line)
