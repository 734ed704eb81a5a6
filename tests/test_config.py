"""melati.yaml: fields, defaults, and every problem at the line of its key."""
from __future__ import annotations

from melati_archive.config import Config, load_config, parse_config


def problems_of(text):
    problems = []
    config = parse_config(text, "archive/melati.yaml", problems)
    return config, problems


def test_full_config_is_read():
    config, problems = problems_of(
        "organization:\n  name: Balai Contoh\n  short: Balai\n  parent: Kementerian Sosial\n"
        "language: id\n"
        "channels:\n  - id: website\n    name: Situs web\n    kind: web\n    target_per_month: 4\n"
        "  - id: instagram\n    kind: social\n"
        "key_messages:\n  - id: hadir\n    label: Hadir\n    query: '\"Kemensos hadir\"'\n"
        "stem_exclusions: [Melati, bekasi, melati]\n"
    )
    assert problems == []
    assert (config.organization.name, config.organization.short, config.organization.parent) == (
        "Balai Contoh", "Balai", "Kementerian Sosial")
    assert config.channel_ids == ["website", "instagram"]
    assert config.channel("instagram").name == "instagram"  # the id stands in for a missing name
    assert config.channel("website").target_per_month == 4
    assert config.key_messages[0].query == '"Kemensos hadir"'
    assert config.stem_exclusions == ["melati", "bekasi"]  # lowercased, deduplicated


def test_missing_file_gives_defaults_and_a_warning(tmp_path):
    problems = []
    config = load_config(tmp_path / "melati.yaml", problems, "archive/melati.yaml")
    assert config == Config()
    [problem] = problems
    assert problem.severity == "warning" and problem.path == "archive/melati.yaml"


def test_problems_point_at_their_keys():
    text = (
        "organization:\n"              # 1
        "  nama: Balai\n"              # 2 unknown key (warning) ...
        "language: jv\n"               # 3 unknown language (warning)
        "channels:\n"                  # 4
        "  - id: Web Site\n"           # 5 bad id
        "  - id: website\n"            # 6
        "    kind: blog\n"             # 7 unknown kind (warning)
        "    target_per_month: many\n" # 8 not a number
        "  - id: website\n"            # 9 duplicate
        "  - just-a-string\n"          # 10 not a mapping
        "key_messages:\n"              # 11
        "  - id: hadir\n"              # 12 no query
        "colour: blue\n"               # 13 unknown top-level key (warning)
    )
    config, problems = problems_of(text)
    got = sorted((p.line, p.severity) for p in problems)
    assert got == sorted([
        (1, "error"),  # ... and organization.name is missing
        (2, "warning"), (3, "warning"), (5, "error"), (7, "warning"), (8, "error"), (9, "error"),
        (10, "error"), (12, "error"), (13, "warning"),
    ])
    assert config.channel_ids == ["website"]
    assert config.channel("website").kind == "other"
    assert all(p.fix for p in problems)


def test_invalid_yaml_reports_its_line():
    config, [problem] = problems_of("organization:\n  name: Balai\nchannels: [website\nlanguage: id\n")
    assert config == Config()
    assert problem.severity == "error" and "YAML tidak sah" in problem.message
    assert problem.line == 3  # where the bracket was opened


def test_not_a_mapping():
    _, [problem] = problems_of("- a\n- b\n")
    assert problem.severity == "error" and "harus berupa pemetaan" in problem.message
