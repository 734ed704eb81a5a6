"""Lines of a page marked by what stands around them, before the page is read (page.read_page): a
bare "Tags:" label's tags under it, a phone camera's settings, a caption credited over the story's
dateline, a site's summary box above the story, a picture's caption in a table's cell. Each takes the page's lines and their kinds
(furniture_kind) and marks kinds in place."""
from __future__ import annotations

import re

from .furniture import _CAPS_LABEL, MARKDOWN_IMAGE, ends_with_photo_credit, image_name_line, photo_credit_line
from .headline import SENTENCE_END
from .pagelines import has_words as _has_words

_BULLETED = re.compile(r"^\s*[-•·▪]\s+\S")

_TAG_LABEL_ALONE = re.compile(r"(?i)^\s*[•*]?\s*(?:tags?|tagar|topik|kata\s+kunci|labels?)\s*:?\s*$")


def mark_tag_values(lines: list[str], kinds: list[str | None]) -> None:
    """"Tags:" alone, its tags on the lines under it ("Sosial", "Lansia"): short lines, no sentence."""
    for i, line in enumerate(lines):
        if kinds[i] != "tags" or not _TAG_LABEL_ALONE.match(line):
            continue
        for k in range(i + 1, min(len(lines), i + 6)):
            if kinds[k] is not None or _has_words(lines[k], 5) or lines[k].rstrip().endswith(SENTENCE_END):
                break
            kinds[k] = "tags"


# A phone camera's settings pasted under its photo: "module: b;", "sceneMode: Night;", "aec_lux: 96.5;".
_CAMERA_SETTING = re.compile(r"^\s*[A-Za-z_][\w~\-]{0,24}\s*:\s*[^;:]{0,30};\s*$")


def mark_camera_metadata(lines: list[str], kinds: list[str | None]) -> None:
    """Three lines or more in a row of "key: value;": a photo's camera settings, no story."""
    run: list[int] = []
    for i, line in enumerate(lines + [""]):
        if i < len(lines) and _CAMERA_SETTING.match(line):
            run.append(i)
            continue
        if len(run) >= 3:
            for k in run:
                kinds[k] = "ui"
        run = []


def mark_credited_captions(lines: list[str], kinds: list[str | None], counts: dict[str, int]) -> None:
    """"SERAHKAN BANTUAN - Kepala Dinas X menyerahkan paket ... NAMA FOTOGRAFER" over "KOTA X - Dinas ...": a caption
    opening with its label in capitals reads as a dateline; closed by a photo credit (or under a credit line,
    "KORAN X/NAMA FOTOGRAFER"), with the story's own dateline right below it (or written twice, as pages repeat
    a photo's caption), it is the caption."""
    for i, line in enumerate(lines):
        # a credit line or a picture's file name ("IMG 20260212 WA0014") over it: the photo the caption is of
        under_photo = i > 0 and (photo_credit_line(lines[i - 1]) or image_name_line(lines[i - 1]))
        labelled_under_credit = kinds[i] is None and under_photo and _CAPS_LABEL.match(line)
        credited = kinds[i] == "dateline" and (ends_with_photo_credit(line) or under_photo)
        if not (credited or labelled_under_credit) or not _has_words(line, 6):
            continue
        below = any(kinds[k] in ("dateline", "source") and lines[k] != line for k in range(i + 1, min(len(lines), i + 4)))
        if below or counts.get(line, 0) >= 2:
            kinds[i] = "caption"


# A site's summary of the story above it: "Ringkasan Berita:", "Poin Penting", "Intisari", "Sorotan".
_SUMMARY_LABEL = re.compile(r"(?i)^\s*(?:ringkasan(?:\s+berita|\s+artikel)?|poin(?:-poin)?\s+penting|intisari|"
                            r"highlights?|key\s+points|sorotan)\s*:?\s*$")
MAX_SUMMARY_LINES = 6


def mark_summaries(lines: list[str], kinds: list[str | None]) -> None:
    """The points under a summary label above the story repeat it: every line down to the story's
    dateline, when one follows within a few lines. Without that dateline below the label stays story
    (a release's own "Poin penting:" list inside the story is no summary)."""
    for i, line in enumerate(lines):
        if not _SUMMARY_LABEL.match(line):
            continue
        window = range(i + 1, min(len(lines), i + 1 + MAX_SUMMARY_LINES))
        dateline = next((k for k in window if kinds[k] == "dateline"), None)
        points = range(i + 1, dateline if dateline is not None else i + 1)
        # the points are sentences or bullets: a headline or a date line between makes the label a rubric
        if dateline is None or not points or any(kinds[k] is not None or not (
                lines[k].endswith(SENTENCE_END) or _BULLETED.match(lines[k])) for k in points):
            continue
        kinds[i] = "summary"
        for k in points:
            kinds[k] = "summary"


def mark_table_captions(lines: list[str], kinds: list[str | None]) -> None:
    """"![]() |" / "Warga memasang tali jembatan. (foto/ist) |": a picture copied as a Markdown table, its
    caption in the cell under it closed by the table's bar; the caption, never the headline or story."""
    for i in range(1, len(lines)):
        if kinds[i] is None and lines[i].rstrip().endswith("|") and MARKDOWN_IMAGE.match(lines[i - 1].strip()):
            kinds[i] = "caption"


MIN_CAPTION_COPY_WORDS = 6


def mark_caption_copies(lines: list[str], kinds: list[str | None]) -> None:
    """"Kepala Dinas X membagikan selimut di posko, Selasa 6 Januari 2026." over the same words closed by the photo's
    credit ("... 2026. /Prokompim Setda X"): a page sets a photo's caption twice, as its alt text and under it; the
    copy without the credit is the caption too, no headline or story line."""
    for i in range(len(lines) - 1):
        line = lines[i].rstrip()
        # a sentence: the headline set again as the photo's title ("Judul.(ist)") has no full stop of its own
        if kinds[i] is None and kinds[i + 1] == "caption" and len(line.split()) >= MIN_CAPTION_COPY_WORDS \
                and line.endswith(".") \
                and lines[i + 1].startswith(line.rstrip(".")) and len(lines[i + 1]) > len(line):
            kinds[i] = "caption"
