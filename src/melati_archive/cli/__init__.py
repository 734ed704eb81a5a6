"""The `melati` command group: global options and lazy registration of one module per command."""
from __future__ import annotations

import importlib
import os
import sys
from pathlib import Path

import click

from ..errors import MelatiError

# command name -> module under melati_archive.cli defining `command`.
# Loaded lazily so `melati search` starts without importing pandas or the notebook stack.
COMMANDS: dict[str, str] = {
    "init": "init",
    "check": "check",
    "import": "import_",
    "extract": "extract",
    "reindex": "reindex",
    "search": "search",
    "show": "show",
    "quotes": "quotes",
    "people": "people",
    "programs": "programs",
    "report": "report",
    "app": "app",
}


class LazyGroup(click.Group):
    def list_commands(self, ctx):
        return sorted(COMMANDS)

    def get_command(self, ctx, name):
        module = COMMANDS.get(name)
        if module is None:
            return None
        return importlib.import_module(f"{__name__}.{module}").command


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--home",
    type=click.Path(file_okay=False, path_type=Path),
    envvar="MELATI_HOME",
    default=None,
    help="Folder berisi archive/ dan index/ (bawaan: $MELATI_HOME atau folder ini). "
         "Folder holding archive/ and index/ (default: $MELATI_HOME or the current folder).",
)
@click.version_option(package_name="melati-archive")
@click.pass_context
def cli(ctx, home):
    """melati: cari arsip siaran pers, kutipan, dan narasumber; buat laporan bulanan.

    Search and report on a humas team's archive of press releases. Pesan galat diawali
    "melati: error:" lalu berbahasa Indonesia; kode keluar 0 berhasil, 1 galat pengguna, 2 salah pakai.
    """
    ctx.obj = {"home": Path(home) if home else Path(os.getcwd())}


def main(argv=None):
    try:
        cli.main(args=argv, prog_name="melati", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("Dibatalkan.", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(2 if isinstance(exc, click.UsageError) else exc.exit_code)
    except MelatiError as exc:
        click.echo(f"melati: error: {exc}", err=True)
        sys.exit(1)
    except BrokenPipeError:
        sys.exit(0)
    else:
        sys.exit(0)
