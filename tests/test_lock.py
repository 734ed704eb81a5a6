"""The tested lock: constraints.txt pins every package the project needs, inside pyproject's ranges,
and is what this venv runs (so `make test` tests the set `make demo` installs)."""
from __future__ import annotations

import importlib.metadata as md
import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent


def _pins() -> dict[str, str]:
    pins = {}
    for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        name, sep, version = line.partition("==")
        assert sep, f"constraints.txt: {line!r} is not pinned with =="
        pins[canonicalize_name(name)] = version.strip()
    return pins


def _project_requirements() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    reqs = [Requirement(r) for r in project["dependencies"]]
    for extra in ("test", "lab"):
        reqs += [Requirement(r) for r in project["optional-dependencies"][extra]]
    return reqs


def _closure(reqs: list[Requirement]) -> set[str]:
    """Every distribution the requirements pull in, following installed metadata."""
    seen: set[str] = set()
    todo = list(reqs)
    while todo:
        req = todo.pop()
        name = canonicalize_name(req.name)
        if name in seen:
            continue
        seen.add(name)
        try:
            dist = md.distribution(req.name)
        except md.PackageNotFoundError:
            continue
        for raw in dist.requires or []:
            sub = Requirement(raw)
            if sub.marker is None or sub.marker.evaluate({"extra": ""}):
                todo.append(sub)
    return seen


def test_every_needed_package_is_pinned_within_the_pyproject_range():
    pins = _pins()
    for req in _project_requirements():
        name = canonicalize_name(req.name)
        assert name in pins, f"{req.name} is not in constraints.txt"
        assert req.specifier.contains(pins[name], prereleases=True), (req, pins[name])
    missing = sorted(_closure(_project_requirements()) - set(pins))
    assert not missing, f"installed dependencies missing from constraints.txt: {missing}"


def test_this_venv_runs_the_locked_versions():
    pins = _pins()
    for name in _closure(_project_requirements()):
        if name in pins:
            assert md.version(name) == pins[name], f"{name}: venv has {md.version(name)}, lock says {pins[name]}"


def test_the_html_importer_dependencies_are_declared_and_importable():
    names = {canonicalize_name(r.name) for r in _project_requirements()}
    assert "lxml-html-clean" in names  # jusText imports lxml.html.clean, split out of lxml 5.2
    import justext  # noqa: F401 - the import trafilatura's fallback makes
    from lxml.html.clean import Cleaner  # noqa: F401


def test_make_installs_from_the_lock():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    install = [line for line in makefile.splitlines() if "pip install" in line and "-e '.[test,lab]'" in line]
    assert any(re.search(r"-c \$\(LOCK\)", line) for line in install), install
    assert re.search(r"^lock:", makefile, re.M)
