"""Every module of the package imports first, alone: a cycle between two modules (one re-exporting the other's
names at its foot) only breaks when the second is imported before the first, which no other test may do."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import melati_archive

PACKAGE = Path(melati_archive.__file__).parent

# Each module imported in turn after the package's modules are forgotten, in one interpreter (a process per
# module would take a minute); a module that fails prints its name and error.
SCRIPT = """
import importlib, sys, traceback
failed = []
for name in sys.argv[1:]:
    for loaded in [m for m in sys.modules if m == "melati_archive" or m.startswith("melati_archive.")]:
        del sys.modules[loaded]
    try:
        importlib.import_module(name)
    except Exception as exc:
        failed.append(f"{name}: {type(exc).__name__}: {exc}")
print("\\n".join(failed))
"""


def _modules() -> list[str]:
    names = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        if parts[-1] in ("__main__",):
            continue  # runs the command line
        names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def test_every_module_imports_first_alone():
    names = _modules()
    assert len(names) > 100
    done = subprocess.run([sys.executable, "-c", SCRIPT, *names], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == ""
