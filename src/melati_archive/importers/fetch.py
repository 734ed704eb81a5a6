"""Pages fetched by their web address for `melati import URL`: one GET, bounded in time and size, its bytes and address."""
from __future__ import annotations

import re
import socket
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from urllib.parse import urlsplit

from .. import __version__
from ..errors import ImportFailure
from .decode import MAX_BYTES

# A web address typed or pasted as a source: the scheme, a host, no spaces.
_ADDRESS = re.compile(r"(?i)^https?://[^\s/?#<>\"]+(?:[/?#][^\s<>\"]*)?$")
MAX_ADDRESS = 2000  # characters: longer is no address a person pasted
# What an import can read from the web: pages, feeds, plain text and PDF releases.
_READABLE = ("text/", "application/xhtml", "application/xml", "application/rss", "application/atom",
             "application/pdf", "application/x-pdf", "application/octet-stream")
_CHUNK = 64 * 1024
_SAVE_INSTEAD = "atau buka halamannya di peramban, simpan (Ctrl+S), lalu impor berkasnya"


@dataclass
class Fetched:
    """A page's bytes, the address it was finally served from (after redirects) and its declared type."""

    data: bytes
    url: str
    content_type: str


def is_address(source: str) -> bool:
    """Whether a source given to `melati import` (or a text's first line) is a web address rather than a
    file, a folder or a sentence: http(s), a host, no space or <>" inside, at most MAX_ADDRESS characters."""
    source = source.strip()
    return len(source) <= MAX_ADDRESS and bool(_ADDRESS.match(source))


def fetch(url: str, timeout: float = 20.0, deadline: float = 60.0, max_bytes: int = MAX_BYTES) -> Fetched:
    """The page at `url`. Raises ImportFailure (in Indonesian, naming the fix) when the host cannot be
    reached, answers with an error, sends nothing for `timeout` seconds, takes longer than `deadline`
    seconds in all, sends more than `max_bytes`, or sends something that is no page (an image, a video)."""
    url = url.strip()
    host = urlsplit(url).hostname or url
    request = urllib.request.Request(url, headers={
        "User-Agent": f"Mozilla/5.0 (compatible; melati-archive/{__version__})",
        "Accept": "text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.5",
        "Accept-Language": "id,en;q=0.8",
    })
    started = time.monotonic()
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - http(s) only (is_address)
            content_type = response.headers.get("Content-Type", "") or ""
            if not _readable(content_type):
                kind = content_type.split(";")[0].strip()
                raise ImportFailure(f"alamat ini bukan halaman berita (jenisnya {kind}); impor alamat halaman "
                                    "beritanya, bukan gambar, video atau berkas lain")
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise ImportFailure(_too_large(max_bytes))
            data = _read_bounded(response, started, deadline, max_bytes, host)
            final = response.geturl() or url
    except ImportFailure:
        raise
    except urllib.error.HTTPError as exc:
        raise ImportFailure(f"server {host} menjawab {exc.code} ({exc.reason}); periksa alamatnya, "
                            f"{_SAVE_INSTEAD}") from None
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, (socket.timeout, TimeoutError)):
            raise ImportFailure(_silent(host, timeout)) from None
        raise ImportFailure(f"tidak bisa menghubungi {host} ({exc.reason}); periksa sambungan internet dan "
                            f"alamatnya, {_SAVE_INSTEAD}") from None
    except (socket.timeout, TimeoutError):
        raise ImportFailure(_silent(host, timeout)) from None
    except (OSError, ValueError) as exc:  # a connection reset, an address urllib cannot read
        raise ImportFailure(f"tidak bisa mengambil halaman dari {host} ({exc}); {_SAVE_INSTEAD}") from None
    if not data:
        raise ImportFailure(f"server {host} mengirim halaman kosong; {_SAVE_INSTEAD}")
    return Fetched(data=data, url=final, content_type=content_type)


def _readable(content_type: str) -> bool:
    kind = content_type.split(";")[0].strip().lower()
    return not kind or kind.startswith(_READABLE)


def _read_bounded(response, started: float, deadline: float, max_bytes: int, host: str) -> bytes:
    """The body in chunks: more than max_bytes or past the deadline fails (a slow trickle never holds the run)."""
    parts: list[bytes] = []
    size = 0
    while True:
        chunk = response.read(_CHUNK)
        if not chunk:
            return b"".join(parts)
        size += len(chunk)
        if size > max_bytes:
            raise ImportFailure(_too_large(max_bytes))
        if time.monotonic() - started > deadline:
            raise ImportFailure(f"halaman dari {host} belum selesai terkirim setelah {deadline:.0f} detik; "
                                f"coba lagi nanti, {_SAVE_INSTEAD}")
        parts.append(chunk)


def _too_large(max_bytes: int) -> str:
    return f"halaman lebih besar dari {max_bytes // (1024 * 1024)} MB; bukan satu berita, {_SAVE_INSTEAD}"


def _silent(host: str, timeout: float) -> str:
    seconds = f"{timeout:g}".replace(".", ",")  # "20", "0,5": a decimal comma, as Indonesian writes it
    return f"server {host} tidak menjawab dalam {seconds} detik; coba lagi nanti, {_SAVE_INSTEAD}"
