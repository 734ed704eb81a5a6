"""Full names the lines above the story give to people the story names by one word only: a photo caption
or lead set above the dateline ("Kadinsos X, Rina Wenda menyerahkan bantuan ...") where the story writes
"Kepala Dinas Sosial X, Rina" and "kata Rina". The lines above the story are blanked for people and
quotes (a city or a headline word is never a speaker); this reads them only to complete a name."""
from __future__ import annotations

import re

from .coref import Cast
from .headline import is_title_case
from .names import plausible_name

# The words after the one-word name: one or two capitalized words, then punctuation, a lowercase word
# or the line's end (never more capitals: a Title Case run is a headline's, not a name).
_FULLER = r"(?P<rest>(?:[^\S\n]+[A-Z][a-z]+){1,2})(?=[^\S\n]*[,.;:(/]|[^\S\n]+[a-z]|[^\S\n]*$)"
_HEAD_TAIL = 1500  # characters above the story read: a caption stands right above it


def complete_from_head(head: str, cast: Cast) -> None:
    """Rename each one-word person of `cast` to the one fuller form the lines of `head` (not Title Case)
    write for them, when exactly one is written and no one else in the cast bears it."""
    head = head[-_HEAD_TAIL:]
    lines = [line for line in head.split("\n") if line.strip() and not is_title_case(line)]
    if not lines:
        return
    for person in list(cast.persons):
        if person.initials_only or " " in person.name or len(person.name) < 3 or not person.name[0].isupper():
            continue
        pattern = re.compile(r"(?<![\w\-])" + re.escape(person.name) + _FULLER)
        fuller = {person.name + " " + " ".join(m.group("rest").split())
                  for line in lines if person.name in line for m in pattern.finditer(line)}
        fuller = {f for f in fuller if plausible_name(f)}
        if len(fuller) != 1:
            continue
        full = fuller.pop()
        if not any(other is not person and (other.name == full or full in other.aliases) for other in cast.persons):
            cast.rename(person, full)
