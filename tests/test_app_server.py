"""`melati app` as a service runs it: SIGTERM and SIGHUP stop voila and its kernels like Ctrl-C, and
only requests addressed to 127.0.0.1:PORT (or localhost:PORT) are served."""
from __future__ import annotations

import http.client
import os
import signal
import socket
import subprocess
import sys
import time

import psutil
import pytest

pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(port: int, host: str) -> tuple[int, str]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        conn.request("GET", "/", headers={"Host": host})
        response = conn.getresponse()
        return response.status, response.read().decode("utf-8", "replace")
    finally:
        conn.close()


@pytest.fixture
def app(seed_home, tmp_path):
    subprocess.run([sys.executable, "-m", "melati_archive", "--home", str(seed_home), "reindex"],
                   check=True, capture_output=True)
    port = _free_port()
    log = open(tmp_path / "app.log", "wb")
    scratch = tmp_path / "tmp"  # the app's temporary folder, to see what it leaves behind
    scratch.mkdir()
    proc = subprocess.Popen([sys.executable, "-m", "melati_archive", "--home", str(seed_home), "app",
                             "--port", str(port), "--no-browser"], stdout=subprocess.PIPE, stderr=log,
                            env={**os.environ, "TMPDIR": str(scratch)})
    family: list[psutil.Process] = []
    try:
        line = proc.stdout.readline().decode()
        assert f"http://127.0.0.1:{port}/" in line, (tmp_path / "app.log").read_text(errors="replace")[-2000:]
        yield proc, port, family, scratch
    finally:
        family += psutil.Process(proc.pid).children(recursive=True) if proc.poll() is None else []
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        for p in family:
            try:
                p.kill()
            except psutil.NoSuchProcess:
                pass
        log.close()


def test_requests_for_another_host_are_refused(app):
    proc, port, _, _ = app
    assert _get(port, f"127.0.0.1:{port}")[0] == 200
    assert _get(port, f"localhost:{port}")[0] == 200
    for host in (f"evil.example:{port}", "evil.example", f"127.0.0.1.evil.example:{port}", f"127.0.0.1:{port + 1}"):
        status, text = _get(port, host)
        assert status == 403 and "Host tidak diizinkan" in text, host


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_a_service_signal_stops_voila_and_its_kernels(app, signum):
    proc, port, family, scratch = app
    assert _get(port, f"127.0.0.1:{port}")[0] == 200  # the page runs the notebook: a kernel starts
    family += psutil.Process(proc.pid).children(recursive=True)
    assert any("ipykernel" in " ".join(p.cmdline()) for p in family)
    proc.send_signal(signum)
    assert proc.wait(timeout=30) == 0
    gone, alive = psutil.wait_procs(family, timeout=5)
    assert alive == [], [p.cmdline() for p in alive]
    with socket.socket() as s:
        assert s.connect_ex(("127.0.0.1", port)) != 0
    # voila's kernel connection files (they hold the kernels' keys) go with the server
    assert [p.relative_to(scratch) for p in scratch.rglob("*")] == []
