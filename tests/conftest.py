"""Shared fixtures: where the repository, the shared folder and the bundled homes are."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "tests" / "data"


def find_shared() -> Path | None:
    """../shared beside the checkout (sessions and CI both lay it there)."""
    for candidate in (REPO.parent / "shared", REPO.parent.parent / "shared"):
        if (candidate / "DESIGN.md").is_file():
            return candidate
    return None


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    found = find_shared()
    if found is None:
        pytest.skip("../shared is not beside this checkout")
    return found


def bench_synth():
    """bench/synth.py (the synthetic corpus of the index bench) as a module."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("bench_synth", REPO / "bench" / "synth.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def copy_home(source: Path, target: Path) -> Path:
    """Copy a home's archive/ (never its index) into target; return target."""
    shutil.copytree(source / "archive", target / "archive")
    return target


def empty_archive(home: Path, config: str | None = None) -> Path:
    """An archive with no articles yet at `home` (and its melati.yaml when given); return home."""
    (home / "archive" / "articles").mkdir(parents=True)
    if config is not None:
        (home / "archive" / "melati.yaml").write_text(config, encoding="utf-8")
    return home


def segment_files(path: Path) -> dict[str, bytes]:
    """Every file inside the one segment of the whoosh index at `path`, the segment's random
    name taken out, so two builds of the same documents compare byte for byte."""
    from whoosh.filedb.compound import CompoundStorage
    from whoosh.filedb.filestore import FileStorage

    (seg,) = path.glob("*.seg")
    segid = seg.name.split("_")[1].split(".")[0]
    storage = CompoundStorage(FileStorage(str(path)).open_file(seg.name), use_mmap=False)
    try:
        return {name.replace(segid, "SEG"): storage.open_file(name).read() for name in storage.list()}
    finally:
        storage.close()


def indexed_archive(home: Path, articles: dict, place: str, config: str | None = None):
    """An indexed Archive of fictional articles {id: (title, body)}, each body behind a `PLACE - `
    dateline, all in 2021 (the id starts with the date); `config` is melati.yaml's text."""
    from melati_archive import Archive

    folder = home / "archive" / "articles" / "2021"
    folder.mkdir(parents=True)
    if config is not None:
        (home / "archive" / "melati.yaml").write_text(config, encoding="utf-8")
    for article_id, (title, body) in articles.items():
        (folder / f"{article_id}.md").write_text(
            f"---\ntitle: {title}\ndate: {article_id[:10]}\nfictional: true\n---\n{place} - {body}\n",
            encoding="utf-8")
    arc = Archive.open(home)
    arc.reindex()
    return arc


def hit_ids(res) -> list[str]:
    """The ids of a search result's hits, in rank order."""
    return [h.id for h in res.hits]


@pytest.fixture
def seed_home(tmp_path) -> Path:
    """A private copy of the repository's own archive (the real seed article)."""
    return copy_home(REPO, tmp_path / "home")


@pytest.fixture
def search_home(tmp_path) -> Path:
    """A private copy of tests/data/search: a few small articles with people and programs."""
    return copy_home(DATA / "search", tmp_path / "home")


@pytest.fixture
def search_arc(search_home):
    """That copy, opened and indexed."""
    from melati_archive.api import Archive

    arc = Archive.open(search_home)
    arc.reindex()
    return arc


@pytest.fixture
def demo_home(tmp_path) -> Path:
    """A private copy of the fictional demo archive."""
    return copy_home(REPO / "examples" / "demo", tmp_path / "demo")


# --- A web site on this machine (importing by address, the search page's import part) ---------


def send_page(handler, status: int, kind: str, body: bytes) -> None:
    """An http.server handler's answer: status, content type and length, body."""
    handler.send_response(status)
    handler.send_header("Content-Type", kind)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    try:
        handler.wfile.write(body)
    except (BrokenPipeError, ConnectionResetError):  # a client that stopped reading (a size limit)
        pass


def page_handler(routes: dict):
    """A quiet http.server handler class answering GET `path` with routes[path] = (status, content type,
    body bytes), and 404 for every other path."""
    from http.server import BaseHTTPRequestHandler

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):  # keep the test output clean
            pass

        def do_GET(self):  # noqa: N802 - the http.server hook's name
            send_page(self, *routes.get(self.path, (404, "text/html", b"<h1>Tidak ditemukan</h1>")))

    return Handler


def local_site(handler):
    """A context manager: an HTTP server on 127.0.0.1 serving `handler` (a BaseHTTPRequestHandler class) in
    a thread; it gives the site's base address and shuts the server down after."""
    import contextlib
    import threading
    from http.server import ThreadingHTTPServer

    @contextlib.contextmanager
    def serving():
        server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        try:
            yield f"http://127.0.0.1:{server.server_address[1]}"
        finally:
            server.shutdown()
            server.server_close()

    return serving()
