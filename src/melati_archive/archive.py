"""The file store: archive/ as a whole: which files are articles, loading them, checks between files
(ids, channels, programs, metrics, near-duplicates) and atomic writes. One article file's text is
articlefile.py's; people.yaml, programs.yaml and metrics/*.csv are datafiles.py's."""
from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from .articlefile import (  # noqa: F401  (re-exported: the store's Python API, docs/archive.md)
    ARTICLE_ID_RE, SLUG_MAX, _parse_article, check_article_size, parse_article_text, render_article, slugify,
)
from .config import Config, load_config
from .datafiles import _person, _program, _read_list, _read_metrics
from .errors import ArchiveError
from .model import Article, MetricRow, Person, Problem, Program, Record
from .yamlpos import Checker, Located


# --- Which files are articles ------------------------------------------------------------------------

LINK_REFUSED = "tautan simbolik (symlink) tidak diikuti: arsip hanya membaca berkas biasa di dalam archive/"
LINK_FIX = "salin berkas atau foldernya ke tempat tautan itu, lalu hapus tautannya"


@dataclass
class ArticleScan:
    files: dict[str, os.stat_result]  # "articles/2020/2020-11-13-slug.md" -> its stat, sorted by path
    links: list[str]  # symbolic links under articles/, never followed


def scan_articles(root: Path | str) -> ArticleScan:
    """Every articles/**/*.md under the archive `root`, with os.scandir (at 10,000 files pathlib alone
    would cost most of a no-op reindex). Hidden files and folders (temp files of a write) are left
    out. Symbolic links are never followed, only listed: one may point outside the archive (whose
    content would become searchable), at another article (one id twice) or at itself (a loop)."""
    files: dict[str, os.stat_result] = {}
    links: list[str] = []
    stack = [("articles", os.path.join(str(root), "articles"))]
    while stack:
        rel, folder = stack.pop()
        try:
            entries = list(os.scandir(folder))
        except (FileNotFoundError, NotADirectoryError):
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            sub = f"{rel}/{entry.name}"
            if entry.is_symlink():
                links.append(sub)
            elif entry.is_dir(follow_symlinks=False):
                stack.append((sub, entry.path))
            elif entry.name.endswith(".md") and entry.is_file(follow_symlinks=False):
                files[sub] = entry.stat(follow_symlinks=False)
    return ArticleScan(dict(sorted(files.items())), sorted(links))


# --- Atomic writes ----------------------------------------------------------------------------------


def atomic_write(path: Path, text: str) -> None:
    """Write `text` to `path` so readers see the old file or the new one, never a partial one."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = _write_temp(path, text)
    try:
        os.replace(tmp, path)
    except BaseException:
        _unlink(tmp)
        raise
    _fsync_dir(path.parent)


def _write_temp(path: Path, text: str) -> Path:
    fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(name, 0o666 & ~umask)
    except BaseException:
        _unlink(Path(name))
        raise
    return Path(name)


def _create_new(path: Path, text: str) -> bool:
    """Atomically create `path` with `text`; False (and nothing written) if it already exists."""
    tmp = _write_temp(path, text)
    try:
        os.link(tmp, path)  # fails if `path` exists: no window where another writer is overwritten
    except FileExistsError:
        return False
    except OSError:
        # file systems without hard links: exclusive create, then the content swapped in atomically
        try:
            os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644))
        except FileExistsError:
            return False
        os.replace(tmp, path)
        tmp = None
    finally:
        if tmp is not None:
            _unlink(tmp)
    _fsync_dir(path.parent)
    return True


def _unlink(path: Path) -> None:
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


@dataclass
class CheckReport(Record):
    problems: list[Problem]
    articles: int  # article files that loaded
    near_duplicates: list[tuple[str, str]]  # (a, b) article ids, a < b
    pending_review: int = 0  # articles an import marked for review (review.py)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity != "error"]


# --- The store ------------------------------------------------------------------------------------


class ArchiveStore:
    """archive/ on disk. Problem paths are shown relative to the home ("archive/articles/...");
    Article.path is relative to the archive root ("articles/2020/...")."""

    def __init__(self, root: Path):
        self.root = Path(root).absolute()
        self.articles_dir = self.root / "articles"
        self.metrics_dir = self.root / "metrics"

    def __repr__(self) -> str:
        return f"ArchiveStore({str(self.root)!r})"

    def display(self, path: Path | str) -> str:
        path = Path(path)
        if not path.is_absolute():
            path = self.root / path
        try:
            return path.relative_to(self.root.parent).as_posix()
        except ValueError:
            return str(path)

    def relative(self, path: Path | str) -> str:
        path = Path(path)
        if not path.is_absolute():
            path = self.root / path
        try:
            return path.relative_to(self.root).as_posix()
        except ValueError:
            return path.as_posix()

    # Configuration -------------------------------------------------------------------------------
    @cached_property
    def config(self) -> Config:
        return load_config(self.root / "melati.yaml", [], self.display("melati.yaml"))

    def config_problems(self) -> list[Problem]:
        problems: list[Problem] = []
        load_config(self.root / "melati.yaml", problems, self.display("melati.yaml"))
        return problems

    # Articles ------------------------------------------------------------------------------------
    def article_paths(self) -> list[Path]:
        """Every articles/**/*.md, sorted; hidden files (temp files of a write) and symlinks left out
        (scan_articles: check, reindex and import all read this same set)."""
        return [self.root / rel for rel in scan_articles(self.root).files]

    def duplicate_problem(self, path: Path | str, first: str, article_id: str) -> Problem:
        """The error of a second file whose name gives an id `first` (shown path) already has."""
        return Problem(self.display(path), None, f"id berita {article_id!r} ganda: juga {first}",
                       "ganti nama salah satu dari kedua berkas")

    def link_problems(self) -> list[Problem]:
        """One error per symbolic link under articles/: never followed (scan_articles)."""
        return [Problem(self.display(rel), None, LINK_REFUSED, LINK_FIX) for rel in scan_articles(self.root).links]

    def load_article(self, path: Path | str) -> Article:
        """One article (`path` absolute, or relative to the archive root); raises ArchiveError (path relative to the home, line, message, fix)."""
        article, _ = self._load(path, [])
        return article

    def _load(self, path: Path | str, problems: list[Problem]) -> tuple[Article, Located]:
        path = Path(path)
        if not path.is_absolute():
            path = self.root / path
        shown = self.display(path)
        try:
            check_article_size(shown, path.stat().st_size)
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError as exc:
            raise ArchiveError(shown, None, f"bukan teks UTF-8 ({exc.reason} pada byte {exc.start})",
                               "simpan berkas sebagai UTF-8") from None
        except OSError as exc:
            raise ArchiveError(shown, None, f"tidak bisa dibaca: {exc.strerror or exc}", "periksa berkasnya ada") from None
        own: list[Problem] = []
        try:
            article, located = _parse_article(text, self.relative(path), own)
        except ArchiveError as exc:
            raise ArchiveError(shown, exc.line, exc.message, exc.fix) from None
        for problem in own:
            problem.path = shown
        problems.extend(own)
        return article, located

    def articles(self, problems: list[Problem] | None = None) -> list[Article]:
        """Every article that loads (one per id); each file that does not is appended to `problems`
        (errors only: warnings are check()'s)."""
        if problems is not None:
            problems.extend(self.link_problems())
        loaded, seen = [], {}
        for path in self.article_paths():
            try:
                article = self.load_article(path)
            except ArchiveError as exc:
                if problems is not None:
                    problems.append(Problem(exc.path, exc.line, exc.message, exc.fix))
                continue
            if article.id in seen:  # the same file name in two year folders: keep the first
                if problems is not None:
                    problems.append(self.duplicate_problem(path, seen[article.id], article.id))
                continue
            seen[article.id] = self.display(path)
            loaded.append(article)
        return loaded

    def article_path_for(self, article: Article) -> Path:
        """Where `article` belongs: articles/YYYY/<id>.md, the id made from date and title if it has none."""
        article_id = article.id if article.id and ARTICLE_ID_RE.fullmatch(article.id) else None
        if article_id is None:
            article_id = f"{article.date.isoformat()}-{slugify(article.title, SLUG_MAX)}"
        return self.articles_dir / article_id[:4] / f"{article_id}.md"

    def write_article(self, article: Article, force: bool = False) -> Path:
        """Write `article` atomically and return its path; sets article.id and article.path.

        An existing file is never overwritten: a taken name gets -2, -3, ... unless force=True,
        which replaces the file of that name. A year folder that is a symbolic link is refused:
        the file would land wherever the link points."""
        target = self.article_path_for(article)
        if target.parent.is_symlink():
            raise ArchiveError(self.display(target.parent), None, LINK_REFUSED, LINK_FIX)
        target.parent.mkdir(parents=True, exist_ok=True)
        stem = target.stem
        candidate, n = target, 1
        while True:
            article.id = candidate.stem
            article.path = self.relative(candidate)
            text = render_article(article)
            if force:
                atomic_write(candidate, text)
                return candidate
            if _create_new(candidate, text):
                return candidate
            n += 1
            candidate = target.with_name(f"{stem}-{n}.md")

    # People and programs --------------------------------------------------------------------------
    def people(self, problems: list[Problem] | None = None) -> list[Person]:
        """Curated people from people.yaml ([] when absent); bad entries are skipped into `problems`."""
        return _read_list(self.root / "people.yaml", "people", self.display("people.yaml"),
                          _person, problems)

    def programs(self, problems: list[Problem] | None = None) -> list[Program]:
        """Programs from programs.yaml ([] when absent); bad entries are skipped into `problems`."""
        return _read_list(self.root / "programs.yaml", "programs", self.display("programs.yaml"),
                          _program, problems)

    # Metrics ---------------------------------------------------------------------------------
    def metric_paths(self) -> list[Path]:
        return sorted(self.metrics_dir.glob("*.csv")) if self.metrics_dir.is_dir() else []

    def metrics(self, problems: list[Problem] | None = None) -> list[MetricRow]:
        """Every good row of metrics/*.csv; bad rows are skipped into `problems` with their line."""
        rows: list[MetricRow] = []
        sink: list[Problem] = [] if problems is None else problems
        for path in self.metric_paths():
            rows.extend(_read_metrics(path, self.display(path), sink))
        return rows

    # Validation ------------------------------------------------------------------------------
    def check(self) -> list[Problem]:
        """Every problem in the archive: each file on its own, then references between files."""
        return self.check_report().problems

    def check_report(self) -> "CheckReport":
        """check() plus what `melati check` prints besides problems: articles read, near-duplicate pairs."""
        problems = self.config_problems()
        config = self.config
        self.people(problems)
        programs = self.programs(problems)
        program_ids = {p.id for p in programs}
        channel_ids = set(config.channel_ids)
        problems.extend(self.link_problems())
        seen: dict[str, str] = {}
        articles: dict[str, tuple[Article, Located, str]] = {}
        for path in self.article_paths():
            try:
                article, located = self._load(path, problems)
            except ArchiveError as exc:
                problems.append(Problem(exc.path, exc.line, exc.message, exc.fix))
                continue
            shown = self.display(path)
            where = Checker(shown, located, problems)
            if article.id in seen:
                where.error((), f"id berita {article.id!r} ganda: juga {seen[article.id]}",
                            "ganti nama salah satu dari kedua berkas")
                continue
            seen[article.id] = shown
            articles[article.id] = (article, located, shown)
            if article.channel and channel_ids and article.channel not in channel_ids:
                where.error(("channel",), f"kanal {article.channel!r} tidak dikenal",
                            f"pakai salah satu kanal di melati.yaml: {', '.join(sorted(channel_ids))}")
            for index, program in enumerate(article.programs):
                if program not in program_ids:
                    known = ", ".join(sorted(program_ids)) or "belum ada"
                    where.error(("programs", index), f"id program {program!r} tidak dikenal",
                                f"pakai id dari programs.yaml ({known}) atau tambahkan programnya di sana")
        self._check_near_duplicates(articles, problems)
        metric_problems: list[Problem] = []
        for row in self.metrics(metric_problems):
            if channel_ids and row.channel not in channel_ids:
                path, _, line = row.source.rpartition(":")
                metric_problems.append(Problem(path, int(line), f"kanal {row.channel!r} tidak dikenal",
                                               "pakai id kanal dari melati.yaml", "warning"))
            if row.article_id and row.article_id not in articles:
                path, _, line = row.source.rpartition(":")
                metric_problems.append(Problem(path, int(line), f"id berita {row.article_id!r} tidak dikenal",
                                               "pakai nama berkas berita, tanpa .md", "warning"))
        problems.extend(metric_problems)
        pairs = self.near_duplicates([a for a, _, _ in articles.values()])
        from .review import waiting

        pending = len(waiting([a for a, _, _ in articles.values()]))
        return CheckReport(problems, len(articles), pairs, pending)

    def near_duplicates(self, articles: list[Article] | None = None) -> list[tuple[str, str]]:
        """Pairs (a, b), a < b, of existing articles flagged as near-duplicates in either one's front matter."""
        pairs = set()
        articles = self.articles() if articles is None else articles
        ids = {a.id for a in articles}
        for article in articles:
            for other in _near_duplicate_ids(article):
                if other != article.id and other in ids:
                    pairs.add(tuple(sorted((article.id, other))))
        return sorted(pairs)

    def _check_near_duplicates(self, articles: dict[str, tuple[Article, Located, str]],
                               problems: list[Problem]) -> None:
        for article_id, (article, located, shown) in articles.items():
            raw = article.extra.get("near_duplicates")
            if raw is None:
                continue
            where = Checker(shown, located, problems)
            if not isinstance(raw, list):
                where.error(("near_duplicates",), "`near_duplicates` harus berupa daftar id berita",
                            "tulis `near_duplicates: [2020-11-13-slug]`")
                continue
            for index, other in enumerate(raw):
                other = str(other)
                # a one-sided link is fine: an import never edits an existing file, so only the new one names
                # the pair, and near_duplicates() reads pairs from either side
                if other not in articles:
                    where.warning(("near_duplicates", index), f"berita hampir sama {other!r} tidak ada di arsip ini",
                                  "perbaiki id-nya atau hapus dari `near_duplicates`")


def _near_duplicate_ids(article: Article) -> list[str]:
    raw = article.extra.get("near_duplicates")
    if isinstance(raw, str):
        raw = [raw]
    return [str(x) for x in raw] if isinstance(raw, list) else []
