"""Saved pages that are no article: a site's error page (404, 403), a bot check shown instead of the page, a
notice that the item was removed, a maintenance page. The text and HTML importers refuse them with one
Indonesian line saying what the page is and what to save instead."""
from __future__ import annotations

import re

from ..nlp.dates import opens_with_dateline

# Each kind of page: what one of its lines (or its <title>) says, the reason an import gives, and the most words
# the story the page reading found may have (a bot check's explanation runs long and no story writes its lines;
# an error page's sorry is a sentence or two, and a short story may report a page "tidak ditemukan").
_KINDS = (
    (re.compile(r"(?i)^(?:just\s+a\s+moment\.*|checking\s+(?:if\s+the\s+site\s+connection\s+is\s+secure|your\s+browser\b.*)|"
                r"attention\s+required!?.*|verify(?:ing)?\s+you\s+are\s+(?:a\s+)?human\.?|"
                r".*\benable\s+javascript\s+and\s+cookies\s+to\s+continue\.?|"
                r"performance\s+&\s+security\s+by\s+cloudflare|ddos\s+protection\s+by\b.*|"
                r"(?:mohon\s+)?tunggu\s+sebentar\.*|memeriksa\s+(?:browser|peramban)\b.*)$"),
     "halaman pemeriksaan keamanan situs, bukan berita; buka beritanya di peramban sampai tampil, lalu simpan ulang", 200),
    (re.compile(r"(?i)^(?:(?:error\s+)?403(?:\s*[|:.!\-–—]\s*.{0,60}|\s+forbidden\b.{0,40})?|(?:403\s+)?forbidden|"
                r"access\s+denied\.?|akses\s+ditolak\.?)$"),
     "halaman akses ditolak (403), bukan berita; simpan ulang halaman beritanya saat sudah bisa dibuka", 40),
    (re.compile(r"(?i)^(?:.{0,40}\b(?:berita|artikel|halaman|konten|tulisan|postingan)\s+(?:ini\s+)?"
                r"(?:(?:tidak|tak)\s+ditemukan\s+atau\s+)?(?:telah|sudah)\s+dihapus\b.{0,60})$"),
     "halaman pemberitahuan bahwa beritanya sudah dihapus, bukan berita", 40),
    # "404", "Error 404", "404 - Halaman Tidak Ditemukan", "Halaman tidak ditemukan | Situs"; never "404 Keluarga Terima
    # Bantuan" (a headline opening with a number) nor "Halaman Tidak Ditemukan, Warga Bingung" (a headline)
    (re.compile(r"(?i)^(?:(?:error\s+)?404(?:\s*[|:.!\-–—]\s*.{0,60}|\s+(?:not\s+found|error|page\s+not\s+found|"
                r"halaman\s+tidak\s+ditemukan)\b.{0,40})?|(?:(?:ups|oops|maaf)[!,.]*\s+)?(?:halaman|page|berita|artikel|konten)"
                r"\s+(?:(?:yang\s+anda\s+cari\s+)?tidak|tak|not)\s+(?:ditemukan|tersedia|found)(?:\s*[!.]*|\s+[|\-–—]\s+.{0,50})|"
                r"not\s+found)$"),
     "halaman galat (404: halaman tidak ditemukan), bukan berita; simpan ulang halaman beritanya dari alamatnya yang benar",
     40),
    (re.compile(r"(?i)^(?:(?:silakan\s+)?(?:masuk|login|log\s+in)(?:\s+atau\s+(?:daftar|berlangganan))?\s+untuk\s+"
                r"(?:melanjutkan|membaca|mengakses)\b.{0,60}|(?:artikel|berita|konten)\s+ini\s+(?:khusus|hanya\s+untuk)\s+"
                r"(?:pelanggan|anggota|member)\b.{0,60})$"),
     "halaman masuk (login) atau khusus pelanggan, bukan berita; simpan halaman beritanya setelah masuk", 40),
    (re.compile(r"(?i)^(?:situs|website|halaman)\s+(?:ini\s+)?sedang\s+(?:dalam\s+)?(?:perbaikan|pemeliharaan|maintenance)\b.{0,40}|"
                r"under\s+maintenance\.?$"),
     "halaman situs yang sedang dalam perbaikan, bukan berita; simpan ulang halaman beritanya nanti", 40),
)
MAX_MARK_WORDS = 14  # the notice stands on a short line of its own (or in the page's <title>)
MAX_STORY_WORDS = max(words for _, _, words in _KINDS)


def not_article_reason(lines: list[str], story_words: int) -> str | None:
    """Why a saved page is no article (its lines, or its <title> among them), or None. Only when the story the
    page reading found is short: a story that reports a "halaman tidak ditemukan" stays an article."""
    if story_words > MAX_STORY_WORDS:
        return None
    for line in lines:
        line = " ".join(line.split())
        if not line or len(line.split()) > MAX_MARK_WORDS:
            continue
        for pattern, reason, most in _KINDS:
            if story_words <= most and pattern.match(line):
                return reason
    return None


NO_STORY = "tidak ada teks berita di halaman ini (hanya menu, tautan atau judul); simpan halaman beritanya sendiri"
MIN_PROSE_WORDS = 12  # a line this long is prose even without its full stop


def story_missing(body: str) -> bool:
    """The story a page reading left holds no sentence, no dateline and no line long enough to be prose: a
    portal's menus ("Profil", "Visi dan Misi", "Kontak"), not an article."""
    return not any(len(words := line.split()) >= MIN_PROSE_WORDS
                   or (len(words) >= 2 and line.rstrip().endswith((".", "!", "?", '"', "”")))
                   or opens_with_dateline(line) for line in body.split("\n"))
