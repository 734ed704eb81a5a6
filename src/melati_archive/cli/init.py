"""`melati init [DIR]`: write a skeleton home (archive/ with commented example files, index/)."""
from __future__ import annotations

from pathlib import Path

import click

from ..archive import atomic_write
from ..errors import MelatiError
from .common import home_of

MELATI_YAML = """\
# melati.yaml: the organisation and its channels (field reference: docs/archive.md).
organization:
  name: {name}
  # short: Balai Contoh                # short form used in text
  # parent: Kementerian Sosial         # parent organisation
language: id                           # id | en: default language of articles
channels:                              # every channel an article may name in `channel:`
  - id: website
    name: Situs web
    kind: web                          # web | social | print | broadcast | other
    target_per_month: 4                # items a month the team aims for; 0 = no target
  # - id: instagram
  #   name: Instagram
  #   kind: social
  #   target_per_month: 8
key_messages: []                       # saved queries counted in reports, e.g.
  # - id: kemensos-hadir
  #   label: Kemensos hadir
  #   query: '"Kementerian Sosial HADIR" OR kemensos'
# Words the stemmer must leave alone (added to the built-in list): names that look like affixed words.
stem_exclusions: [melati, bekasi, bali, relawan]
"""

PEOPLE_YAML = """\
# people.yaml: who speaks in the articles (field reference: docs/archive.md).
people: []
  # - id: nama-lengkap                 # a-z, 0-9 and hyphens; never changes
  #   name: Nama Lengkap               # full name without honorifics or degrees
  #   aliases: [Nama]                  # short forms used in text
  #   internal: true                   # speaks for the organisation (false: outside speaker)
  #   roles:
  #     - title: Kepala Balai Contoh
  #       organization: Balai Contoh
  #       aliases: [Kepala Balai]      # role words standing for the holder
  #       start: 2021-01-01            # optional, inclusive
  #       end: null                    # optional, inclusive
"""

PROGRAMS_YAML = """\
# programs.yaml: the programs the articles cover (field reference: docs/archive.md).
programs: []
  # - id: atensi                       # used in front matter `programs: [atensi]`
  #   name: Asistensi Rehabilitasi Sosial
  #   acronym: ATENSI
  #   aliases: []                      # other spellings of the long form
  #   description: One or two sentences on what the program does.
  #   keywords: [rehabilitasi sosial]  # words that signal the program in a text
  #   target_per_month: 2              # items a month the team aims for; 0 = no target
"""

README = """\
Articles live here as articles/YYYY/YYYY-MM-DD-slug.md: YAML front matter (title, date, channel, ...)
then the text as published. `melati import FILE` writes them for you; `melati check` validates them.
"""


def skeleton(organization: str) -> dict[str, str]:
    """Relative path -> content of every file `melati init` writes."""
    name = organization.replace('"', "'")
    return {
        "archive/melati.yaml": MELATI_YAML.format(name=f'"{name}"'),
        "archive/people.yaml": PEOPLE_YAML,
        "archive/programs.yaml": PROGRAMS_YAML,
        "archive/articles/README.txt": README,
        "archive/metrics/.gitkeep": "",
        "index/.gitkeep": "",
    }


@click.command()
@click.argument("directory", required=False, type=click.Path(file_okay=False, path_type=Path))
@click.option("--organization", "organization", default="Nama Organisasi", show_default=True,
              help="Nama organisasi untuk melati.yaml. Name of the organisation.")
@click.option("--force", is_flag=True, help="Timpa berkas kerangka yang sudah ada. Overwrite existing skeleton files.")
@click.pass_context
def command(ctx, directory, organization, force):
    """Buat kerangka arsip baru: archive/melati.yaml, people.yaml, programs.yaml, articles/, metrics/, index/.

    Create an empty archive skeleton in DIRECTORY (default: the home folder)."""
    home = directory or home_of(ctx)
    files = skeleton(organization)
    existing = [rel for rel in files if (home / rel).exists()]
    if existing and not force:
        raise MelatiError(
            f"{home}: {', '.join(existing)} sudah ada; tidak ada yang ditulis (pakai --force untuk menimpa)"
        )
    for rel, text in files.items():
        atomic_write(home / rel, text)
    click.echo(f"kerangka arsip dibuat di {home}: isi archive/melati.yaml (nama organisasi, kanal), "
               f"lalu masukkan berita dengan `melati import BERKAS`")
