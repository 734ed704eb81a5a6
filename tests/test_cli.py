"""The command contract: every command loads, has help text, and is documented in the README."""
from __future__ import annotations

import subprocess
import sys

import click
import pytest
from click.testing import CliRunner

from melati_archive.cli import COMMANDS, cli

DESIGN_COMMANDS = {
    "init", "import", "extract", "reindex", "search", "quotes", "people", "programs", "check", "report", "app",
}


def _commands(names=None):
    """(full name, command) for each command and subcommand, loading only those asked for."""
    ctx = click.Context(cli)
    for name in names or cli.list_commands(ctx):
        command = cli.get_command(ctx, name)
        yield name, command
        if isinstance(command, click.Group):
            for sub in command.list_commands(ctx):
                yield f"{name} {sub}", command.get_command(ctx, sub)


def test_every_design_command_is_registered():
    assert DESIGN_COMMANDS <= set(COMMANDS)


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_command_has_help_text_and_options_have_help(name):
    for full, command in _commands([name]):
        assert command.help and command.help.strip(), f"`melati {full}` has no help text"
        for param in command.params:
            if isinstance(param, click.Option) and not param.hidden:
                assert param.help, f"`melati {full}` option {param.opts} has no help text"


def test_every_command_is_in_the_readme(repo_root):
    readme = (repo_root / "README.md").read_text(encoding="utf-8")
    for full, _ in _commands():
        assert f"melati {full}" in readme, f"README.md does not document `melati {full}`"


def test_help_exits_zero_and_unknown_command_is_usage_error():
    runner = CliRunner()
    assert runner.invoke(cli, ["--help"]).exit_code == 0
    result = subprocess.run(
        [sys.executable, "-m", "melati_archive", "no-such-command"], capture_output=True, text=True
    )
    assert result.returncode == 2
    assert "no-such-command" in result.stderr


def test_missing_archive_is_a_one_line_error(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "melati_archive", "--home", str(tmp_path), "search", "pelatihan"],
        capture_output=True, text=True,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "melati init" in result.stderr
