"""WordPress WXR exports: published posts become drafts; drafts, pages and attachments are counted out."""
from __future__ import annotations

import datetime as dt
import re

from ..errors import ImportFailure
from ..nlp.furniture import clean_story
from .draft import Draft, Parsed
from .htmltext import fragment_text
from .moments import local_day

try:  # entity-expansion attacks are refused (defusedxml comes with nbconvert)
    from defusedxml.ElementTree import ParseError, fromstring
except ImportError:  # pragma: no cover
    from xml.etree.ElementTree import ParseError, fromstring


# WordPress item types a skip reason names in Indonesian; any other type is named as WordPress spells it
KINDS = {"page": "halaman", "attachment": "lampiran", "revision": "revisi", "nav_menu_item": "menu"}


def parse_wordpress(text: str, source: str) -> Parsed:
    try:
        root = fromstring(text.encode("utf-8"))
    except ParseError as exc:
        raise ImportFailure(f"XML rusak: {exc}") from None
    except Exception as exc:  # noqa: BLE001 - defusedxml refuses entities with its own exceptions
        raise ImportFailure(f"XML ditolak: {exc}") from None
    channel = _first(root, "channel")
    if channel is None:
        raise ImportFailure("bukan ekspor WordPress: tidak ada elemen <channel>")
    language = _language(_text(channel, "language"))
    parsed = Parsed()
    for number, item in enumerate(_children(channel, "item"), start=1):
        post_id = _text(item, "post_id") or str(number)
        where = f"{source}#{post_id}"
        kind = _text(item, "post_type") or "post"
        status = _text(item, "status") or "publish"
        if kind != "post":
            parsed.skipped.append((where, f"{KINDS.get(kind, kind)} WordPress, bukan post (tulisan)"))
            continue
        if status != "publish":
            parsed.skipped.append((where, f"post WordPress berstatus {status!r}, belum terbit"))
            continue
        try:
            parsed.drafts.append(_draft(item, where, language))
        except ImportFailure as exc:
            parsed.failed.append((where, str(exc)))
    return parsed


def _draft(item, where: str, language: str | None) -> Draft:
    cleaned = clean_story(fragment_text(_text(item, "encoded") or ""))
    tags: list[str] = []
    for category in _children(item, "category"):
        label = (category.text or "").strip()
        if label and label.lower() != "uncategorized" and label not in tags:
            tags.append(label)
    return Draft(
        source=where,
        body=cleaned.text,
        title=_text(item, "title") or None,
        date=_post_date(item),
        url=_text(item, "link") or None,
        language=language,
        tags=tags,
        **cleaned.article_credits(),
    )


def _post_date(item) -> dt.date | None:
    """The post's day: post_date as the site wrote it (its own clock), else post_date_gmt or pubDate read as
    a day in Indonesia (importers.moments: the policy of feeds and pages)."""
    value = _text(item, "post_date")
    if value and not value.startswith("0000"):
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            pass
    value = _text(item, "post_date_gmt")
    if value and not value.startswith("0000"):
        day = local_day(value.strip() + ("+00:00" if len(value.strip()) > 10 else ""))  # GMT with no zone written
        if day:
            return day
    return local_day(_text(item, "pubDate"))


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _children(node, name: str):
    return [child for child in node if _local(child.tag) == name]


def _first(node, name: str):
    return next((child for child in node.iter() if _local(child.tag) == name), None)


def _text(node, name: str) -> str:
    """The text of the first direct child with local name `name` (any namespace: wp:, content:, dc:)."""
    for child in node:
        if _local(child.tag) == name:
            return (child.text or "").strip()
    return ""


def _language(value: str) -> str | None:
    m = re.match(r"([a-z]{2})", (value or "").lower())
    return m.group(1) if m else None
