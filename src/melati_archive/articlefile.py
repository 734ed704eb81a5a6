"""One article file: its name (YYYY-MM-DD-slug.md), its text <-> Article, and the checks it passes on its own."""
from __future__ import annotations

import datetime as dt
import os
import re
import unicodedata
from typing import Any

from . import limits
from .errors import ArchiveError
from .model import Article, Problem
from .weburl import safe_url
from .yamlpos import Checker, Located, YamlSyntaxError, dump, load_located

# Front-matter fields the store understands; anything else is kept in Article.extra and warned about.
ARTICLE_FIELDS = ("title", "date", "channel", "url", "author", "editor", "language", "location", "tags",
                  "programs", "fictional", "overrides")
# Provenance fields importers add (docs/archive-format.md): kept in `extra`, no warning.
PROVENANCE_FIELDS = ("source", "imported", "near_duplicates", "partial", "translator", "review")
OVERRIDE_FIELDS = frozenset({"date", "location", "quotes", "aliases", "title", "people"})

ARTICLE_ID_RE = re.compile(r"(\d{4})-(\d{2})-(\d{2})-[a-z0-9]+(?:-[a-z0-9]+)*")
SLUG_MAX = 60


# --- File names: ids and slugs ----------------------------------------------------------------------


def slugify(text: str, max_length: int = SLUG_MAX) -> str:
    """A file-name-safe slug: ASCII a-z, 0-9 and single hyphens, at most `max_length`, never empty.

    Accents are folded ("Sosialisasi Kesehatan Ibu & Anak" -> "sosialisasi-kesehatan-ibu-dan-anak"),
    apostrophes vanish inside words ("Jum'at" -> "jumat"); dots and slashes become hyphens, so no slug
    can name a parent folder."""
    text = unicodedata.normalize("NFKD", str(text))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = text.replace("&", " dan ")
    text = re.sub(r"['\u2018\u2019`]", "", text)
    slug = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    if len(slug) > max_length:
        cut = slug[: max_length + 1]
        # cut at a word boundary when one is not too far back, so slugs stay readable
        boundary = cut.rfind("-")
        slug = cut[:boundary] if boundary >= max_length // 2 else slug[:max_length]
        slug = slug.strip("-")
    return slug or "artikel"


# --- Article files: text <-> Article -----------------------------------------------------------------


def render_article(article: Article) -> str:
    """The file text of an article: YAML front matter (known fields in a fixed order, then extras) + body."""
    front: dict[str, Any] = {"title": article.title, "date": article.date}
    for name in ("channel", "url", "author", "editor"):
        if getattr(article, name):
            front[name] = getattr(article, name)
    front["language"] = article.language or "id"
    if article.location:
        front["location"] = article.location
    if article.tags:
        front["tags"] = list(article.tags)
    if article.programs:
        front["programs"] = list(article.programs)
    if article.fictional:
        front["fictional"] = True
    if article.overrides:
        front["overrides"] = article.overrides
    for name, value in article.extra.items():
        if name not in front:
            front[name] = value
    body = article.body.replace("\r\n", "\n").strip("\n")
    return f"---\n{dump(front)}---\n{body}\n"


def check_article_size(path: str, size: int) -> None:
    """ArchiveError when an article file is over limits.MAX_ARTICLE_BYTES: read before anything else,
    so an oversized file costs neither memory nor time (a 50 MB one made a reindex take 3.5 GB)."""
    if size > limits.MAX_ARTICLE_BYTES:
        raise ArchiveError(path, None, f"artikel terlalu besar: {size} byte (batas {limits.mb(limits.MAX_ARTICLE_BYTES)})",
                           "pecah menjadi beberapa artikel, atau simpan lampiran di luar archive/")


def parse_article_text(text: str, path: str | os.PathLike = "") -> Article:
    """An Article from file text (front matter + body); raises ArchiveError(path, line, message, fix).

    `path` is relative to the archive root ("articles/2020/2020-11-13-slug.md"); the id is its stem."""
    article, _ = _parse_article(text, str(path).replace(os.sep, "/"), [])
    return article


def _split_front_matter(text: str, path: str) -> tuple[str, str, int]:
    """(front matter YAML, body, 1-based line where the body starts)."""
    lines = text.split("\n")
    if not lines or lines[0].rstrip() != "---":
        raise ArchiveError(path, 1, "tidak ada front matter: berkas harus diawali baris `---`",
                           "tambahkan `---`, `title: ...`, `date: YYYY-MM-DD`, `---` di atas teks")
    for index in range(1, len(lines)):
        if lines[index].rstrip() in ("---", "..."):
            front = "\n".join(lines[1:index])
            body_lines = lines[index + 1:]
            skipped = 0
            while skipped < len(body_lines) and not body_lines[skipped].strip():
                skipped += 1
            body = "\n".join(body_lines[skipped:]).rstrip()
            return front, body, index + 2 + skipped
    raise ArchiveError(path, 1, "front matter tidak ditutup: tidak ada baris `---` kedua",
                       "tambahkan baris `---` di antara front matter dan teks")


def _parse_article(text: str, path: str, problems: list[Problem]) -> tuple[Article, Located]:
    """Parse and validate one article on its own; structural faults raise, softer ones go to `problems`."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    name = path.rsplit("/", 1)[-1]
    article_id = name[:-3] if name.endswith(".md") else name
    if article_id and not ARTICLE_ID_RE.fullmatch(article_id):
        raise ArchiveError(path, None, f"nama berkas {name!r} salah: harus YYYY-MM-DD-slug.md dengan hanya a-z, 0-9, -",
                           f"ganti namanya, mis. menjadi {_suggest_name(article_id)}.md")
    front_text, body, body_line = _split_front_matter(text, path)
    try:
        located = load_located(front_text, first_line=2, root_line=1, max_bytes=limits.MAX_FRONT_MATTER_BYTES)
    except YamlSyntaxError as exc:
        raise ArchiveError(path, exc.line, f"front matter: {exc.message}",
                           getattr(exc, "fix", "perbaiki penulisan YAML di baris itu"))
    data = located.data if located.data is not None else {}
    if not isinstance(data, dict):
        raise ArchiveError(path, 2, "front matter harus berupa baris `kolom: nilai`", "tulis `title: ...` dan `date: ...`")
    own: list[Problem] = []
    check = Checker(path, located, own)
    check.duplicate_keys()
    title = check.text(data, ("title",), required=True, fix="tambahkan `title: <judul siaran pers>`")
    date = check.date(data, ("date",), required=True)
    if title is None or date is None:
        first = next(p for p in own if p.severity == "error" and p.message.startswith(("`title`", "`date`")))
        raise ArchiveError(path, first.line, first.message, first.fix)
    language = check.text(data, ("language",)) or "id"
    if language not in ("id", "en"):
        check.warning(("language",), f"bahasa {language!r} tidak dikenal", "pakai `language: id` atau `language: en`")
    overrides = data.get("overrides") or {}
    if not isinstance(overrides, dict):
        check.error(("overrides",), "`overrides` harus berupa pemetaan", "tulis mis. `overrides:` lalu `  date: 2020-11-13`")
        overrides = {}
    else:
        _check_overrides(overrides, check)
    article = Article(
        id=article_id, path=path, title=title, date=date, body=body,
        channel=check.text(data, ("channel",)), url=check.text(data, ("url",)),
        author=check.text(data, ("author",)), editor=check.text(data, ("editor",)),
        language=language, tags=check.text_list(data, ("tags",)),
        programs=[p.lower() for p in check.text_list(data, ("programs",))],
        location=check.text(data, ("location",)), fictional=check.flag(data, ("fictional",)),
        overrides=overrides,
        extra={k: v for k, v in data.items() if k not in ARTICLE_FIELDS},
        body_line=body_line,
    )
    if article.url and safe_url(article.url) is None:
        check.error(("url",), f"`url` bukan tautan http(s): {article.url[:80]!r}",
                    "tulis alamat lengkap yang diawali http:// atau https://, atau hapus baris `url`")
        article.url = None
    for key in article.extra:
        if key not in PROVENANCE_FIELDS:
            check.warning((key,), f"kolom front matter `{key}` tidak dikenal (disimpan, tidak dipakai)",
                          f"kolom yang dikenal: {', '.join(ARTICLE_FIELDS)}")
    if article_id:
        _check_placement(article_id, path, date, check)
    _check_review(article, check)
    if not body.strip():
        check.warning((), "berita tidak berisi teks sesudah front matter", "tempelkan teks seperti yang diterbitkan")
    problems.extend(own)
    return article, located


def _check_placement(article_id: str, path: str, date: dt.date, check: Checker) -> None:
    year, month, day = ARTICLE_ID_RE.fullmatch(article_id).groups()
    if f"{year}-{month}-{day}" != date.isoformat():
        check.warning(("date",), f"nama berkas menyebut {year}-{month}-{day} tetapi `date` berisi {date.isoformat()}",
                      "ganti nama berkas atau perbaiki tanggalnya")
    parts = path.split("/")
    if len(parts) >= 2 and parts[-2] != year:
        check.warning((), f"berkas ada di folder {parts[-2]!r}, seharusnya articles/{year}/",
                      f"pindahkan ke articles/{year}/")


def _check_review(article: Article, check: Checker) -> None:
    """An item an import marked for review: one warning at the line of each field to fill in."""
    from .review import REVIEW_FIELDS, REVIEW_KEY, review_fields

    raw = article.extra.get(REVIEW_KEY)
    if raw is not None and not isinstance(raw, (dict, list)):
        check.warning((REVIEW_KEY,), "`review` harus mendaftar kolom yang perlu diperiksa, mis. `review: {date: ...}`",
                      "tulis `review:` lalu `  date: alasannya`, atau hapus barisnya bila kolomnya sudah benar")
        return
    for name, reason in review_fields(article).items():
        where = (name,) if name in REVIEW_FIELDS else (REVIEW_KEY,)
        why = f": {reason}" if reason else ""
        check.warning(where, f"menunggu tinjauan: `{name}` belum pasti{why}",
                      f"perbaiki `{name}:` di baris ini, lalu hapus `{name}` dari `review:` "
                      "(berita ini tidak dihitung di laporan bulanan sampai itu dilakukan)")


def _check_overrides(overrides: dict, check: Checker) -> None:
    key = ("overrides",)
    check.unknown_keys(overrides, key, OVERRIDE_FIELDS, "overrides")
    if "date" in overrides:
        check.date(overrides, key + ("date",))
    quotes = overrides.get("quotes")
    if quotes is not None:
        if not isinstance(quotes, list):
            check.error(key + ("quotes",), "`overrides.quotes` harus berupa daftar", "tulis butir `- match: \"...\"`")
        else:
            for index, item in enumerate(quotes):
                if not isinstance(item, dict) or not item.get("match"):
                    check.error(key + ("quotes", index), f"koreksi kutipan ke-{index + 1} perlu teks `match`",
                                "tulis `- match: \"potongan kutipan\"` dengan `speaker:` atau `drop: true`")
    aliases = overrides.get("aliases")
    if aliases is not None and not isinstance(aliases, dict):
        check.error(key + ("aliases",), "`overrides.aliases` harus memetakan nama ke bentuk pendeknya",
                    "tulis `Syam Wuryani: [Bu Yani]`")


def _suggest_name(stem: str) -> str:
    match = re.match(r"(\d{4}-\d{2}-\d{2})-?(.*)", stem)
    if match:
        return f"{match.group(1)}-{slugify(match.group(2))}"
    return f"YYYY-MM-DD-{slugify(stem)}"
