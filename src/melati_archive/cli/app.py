"""`melati app`: serve the search notebook (cari.ipynb) as a web page with Voila on 127.0.0.1 only."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import webbrowser
from pathlib import Path

import click

from ..errors import IndexMissingError, MelatiError
from .common import home_of

HOST = "127.0.0.1"
NOTEBOOK = "cari.ipynb"
START_TIMEOUT = 60.0


def notebook_path() -> Path:
    """cari.ipynb: the repo's notebooks/ beside src/ (editable install), else the package data copy."""
    import melati_archive

    package = Path(melati_archive.__file__).resolve().parent
    for candidate in (package.parent.parent / "notebooks" / NOTEBOOK, package / "notebooks" / NOTEBOOK):
        if candidate.is_file():
            return candidate
    raise MelatiError(f"notebook pencarian {NOTEBOOK} tidak terpasang bersama melati_archive; pasang ulang paketnya")


def check_index(home: Path) -> None:
    """MelatiError naming the reindex command when the home has no usable index."""
    from ..api import Archive
    from ..index import open_index

    arc = Archive.open(home)
    try:
        open_index(arc.index_dir)
    except IndexMissingError as exc:
        raise MelatiError(f"belum ada indeks pencarian di {arc.index_dir}; buat dengan `melati --home {home} reindex`") from exc


def check_port_free(port: int) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        try:
            s.bind((HOST, port))
        except OSError as exc:
            raise MelatiError(f"port {port} di {HOST} sudah dipakai (mungkin halaman ini sudah berjalan); pilih port lain dengan --port N") from exc


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


TEMPLATE = "melati"  # data/voila/templates/melati: Voila's lab template with nothing from a CDN


def voila_command(notebook: Path, port: int) -> list[str]:
    return [
        sys.executable, "-m", "melati_archive.voilaserve", str(notebook),
        f"--Voila.ip={HOST}", f"--Voila.port={port}", "--Voila.port_retries=0", "--no-browser",
        f"--Voila.root_dir={notebook.parent}", "--VoilaConfiguration.show_tracebacks=False",
        f"--template={TEMPLATE}",
    ]


def voila_env(home: Path) -> dict[str, str]:
    """The server's environment: the archive it serves, and our template on Jupyter's data path."""
    import melati_archive

    data = str(Path(melati_archive.__file__).resolve().parent / "data")
    path = os.pathsep.join(p for p in (data, os.environ.get("JUPYTER_PATH", "")) if p)
    return {**os.environ, "MELATI_HOME": str(home), "JUPYTER_PATH": path}


def _listening(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.settimeout(0.5)
        return s.connect_ex((HOST, port)) == 0


def _descendants(pid: int) -> list[int]:
    """Every process below `pid` (Linux /proc; [] elsewhere): voila's kernels run in sessions of
    their own, out of reach of a signal to voila's process group."""
    found, todo = [], [pid]
    while todo:
        parent = todo.pop()
        try:
            tasks = os.listdir(f"/proc/{parent}/task")
        except OSError:
            continue
        for task in tasks:
            try:
                with open(f"/proc/{parent}/task/{task}/children") as f:
                    kids = [int(k) for k in f.read().split()]
            except OSError:
                continue
            found += kids
            todo += kids
    return found


def _stop(child: subprocess.Popen) -> None:
    """voila asked to stop (it shuts its kernels down), killed after 10 s; any kernel still left
    then is killed too, so the port and the memory are free when `melati app` returns."""
    family = _descendants(child.pid)
    if child.poll() is None:
        try:
            os.killpg(child.pid, signal.SIGTERM)
            child.wait(timeout=10)
        except (subprocess.TimeoutExpired, ProcessLookupError):
            try:
                os.killpg(child.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            child.wait()
    for pid in family:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


class _Stopped(Exception):
    """SIGTERM (what a service manager sends) or SIGHUP (the terminal closed): stop as on Ctrl-C."""


def _raise_stopped(signum, frame):
    raise _Stopped(signal.Signals(signum).name)


@click.command("app")
@click.option("--port", type=click.IntRange(1, 65535), default=8866, show_default=True,
              help="Port di 127.0.0.1 untuk halaman pencarian. Port to serve the page on.")
@click.option("--no-browser", is_flag=True, help="Jangan buka peramban. Do not open a web browser.")
@click.pass_context
def command(ctx, port, no_browser):
    """Buka halaman pencarian arsip di peramban (hanya di komputer ini); Ctrl-C menghentikannya.

    Serve the search page on localhost; Ctrl-C stops it.
    """
    home = home_of(ctx).resolve()
    check_index(home)
    check_port_free(port)
    notebook = notebook_path()
    env = voila_env(home)
    url = f"http://{HOST}:{port}/"
    child = None
    for signum in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, _raise_stopped)
    try:
        # Own session: a Ctrl-C reaches only us, and we stop voila (no "shutdown? y/n" prompt).
        child = subprocess.Popen(voila_command(notebook, port), env=env, cwd=str(notebook.parent),
                                 start_new_session=True)
        deadline = time.monotonic() + START_TIMEOUT
        while not _listening(port):
            if child.poll() is not None:
                raise MelatiError(f"voila berhenti saat dimulai (kode {child.returncode}); lihat pesan di atas")
            if time.monotonic() > deadline:
                raise MelatiError(f"voila tidak siap dalam {START_TIMEOUT:.0f} detik")
            time.sleep(0.2)
        click.echo(f"Halaman pencarian: {url}  (Ctrl-C untuk berhenti)")
        sys.stdout.flush()
        if not no_browser:
            webbrowser.open(url)
        code = child.wait()
        if code not in (0, -signal.SIGTERM):
            raise MelatiError(f"voila berhenti tiba-tiba (kode {code})")
    except (KeyboardInterrupt, _Stopped):
        click.echo("Berhenti.")
    finally:
        for signum in (signal.SIGTERM, signal.SIGHUP):  # a second signal must not cut the stop short
            signal.signal(signum, signal.SIG_IGN)
        if child is not None:
            _stop(child)
