"""melati.yaml: the organisation, its channels and cadence targets, key messages and stem exclusions."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .model import Problem, Record
from .yamlpos import Checker, YamlSyntaxError, load_located

CHANNEL_KINDS = ("web", "social", "print", "broadcast", "other")
LANGUAGES = ("id", "en")
_TOP_KEYS = frozenset({"organization", "language", "channels", "key_messages", "stem_exclusions", "synonyms",
                       "fictional"})
_ORG_KEYS = frozenset({"name", "short", "parent"})
_CHANNEL_KEYS = frozenset({"id", "name", "kind", "target_per_month", "url"})
_MESSAGE_KEYS = frozenset({"id", "label", "query"})


@dataclass
class Organization(Record):
    name: str = ""
    short: str | None = None
    parent: str | None = None


@dataclass
class Channel(Record):
    id: str
    name: str = ""
    kind: str = "other"  # web | social | print | broadcast | other
    target_per_month: int = 0  # cadence target; 0 = none
    url: str | None = None


@dataclass
class KeyMessage(Record):
    """A saved query whose pull-through reports count."""

    id: str
    label: str = ""
    query: str = ""


@dataclass
class Config(Record):
    organization: Organization = field(default_factory=Organization)
    language: str = "id"
    channels: list[Channel] = field(default_factory=list)
    key_messages: list[KeyMessage] = field(default_factory=list)
    stem_exclusions: list[str] = field(default_factory=list)  # lowercase words the stemmer leaves alone
    synonyms: list[list[str]] = field(default_factory=list)  # groups of equivalent forms for search
    fictional: bool = False

    @property
    def channel_ids(self) -> list[str]:
        return [c.id for c in self.channels]

    def channel(self, channel_id: str) -> Channel | None:
        return next((c for c in self.channels if c.id == channel_id), None)


def load_config(path: Path, problems: list[Problem] | None = None, display: str | None = None) -> Config:
    """Read melati.yaml; a missing or broken file gives the defaults, with the problems appended."""
    problems = [] if problems is None else problems
    display = display or str(path)
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        problems.append(Problem(display, None, "melati.yaml is missing; using defaults (no channels)",
                                "run `melati init` or write archive/melati.yaml", "warning"))
        return Config()
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(Problem(display, None, f"cannot read melati.yaml: {exc}", "save it as UTF-8 text"))
        return Config()
    return parse_config(text, display, problems)


def parse_config(text: str, display: str = "melati.yaml", problems: list[Problem] | None = None) -> Config:
    problems = [] if problems is None else problems
    try:
        located = load_located(text)
    except YamlSyntaxError as exc:
        problems.append(Problem(display, exc.line, exc.message, getattr(exc, "fix", "fix the YAML syntax at that line")))
        return Config()
    data = located.data
    check = Checker(display, located, problems)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        check.error((), "melati.yaml must be a mapping of fields", "start with `organization:` (see docs/archive.md)")
        return Config()
    check.duplicate_keys()
    check.unknown_keys(data, (), _TOP_KEYS, "melati.yaml")
    config = Config(
        organization=_organization(data, check),
        language=_language(data, check),
        channels=_channels(data, check),
        key_messages=_key_messages(data, check),
        stem_exclusions=_stem_exclusions(data, check),
        synonyms=_synonyms(data, check),
        fictional=check.flag(data, ("fictional",)),
    )
    return config


def _organization(data: dict, check: Checker) -> Organization:
    raw = data.get("organization")
    if isinstance(raw, str) and raw.strip():
        return Organization(name=raw.strip())
    if not isinstance(raw, dict):
        check.error(("organization",), "`organization` with a `name` is required",
                    "add `organization: {name: Balai Melati Jakarta}`")
        return Organization()
    check.unknown_keys(raw, ("organization",), _ORG_KEYS, "organization")
    key = ("organization",)
    return Organization(
        name=check.text(raw, key + ("name",), required=True) or "",
        short=check.text(raw, key + ("short",)),
        parent=check.text(raw, key + ("parent",)),
    )


def _language(data: dict, check: Checker) -> str:
    language = check.text(data, ("language",)) or "id"
    if language not in LANGUAGES:
        check.warning(("language",), f"unknown language {language!r}", "use `language: id` or `language: en`")
    return language


def _entries(data: dict, name: str, check: Checker) -> list[tuple[int, dict]]:
    raw = data.get(name)
    if raw is None:
        return []
    if not isinstance(raw, list):
        check.error((name,), f"`{name}` must be a list", f"write each entry as `- id: ...` under `{name}:`")
        return []
    out = []
    for index, entry in enumerate(raw):
        if not isinstance(entry, dict):
            check.error((name, index), f"{name} entry {index + 1} must be a mapping with an `id`",
                        "write it as `- id: ...` with its fields indented below")
            continue
        out.append((index, entry))
    return out


def _channels(data: dict, check: Checker) -> list[Channel]:
    channels: list[Channel] = []
    for index, entry in _entries(data, "channels", check):
        key = ("channels", index)
        check.unknown_keys(entry, key, _CHANNEL_KEYS, "a channel")
        channel_id = check.slug(entry, key + ("id",), "channel")
        if channel_id is None:
            continue
        if channel_id in {c.id for c in channels}:
            check.error(key + ("id",), f"channel id {channel_id!r} is listed twice", "remove or rename one")
            continue
        kind = check.text(entry, key + ("kind",)) or "other"
        if kind not in CHANNEL_KINDS:
            check.warning(key + ("kind",), f"unknown channel kind {kind!r}; taken as `other`",
                          f"use one of: {', '.join(CHANNEL_KINDS)}")
            kind = "other"
        channels.append(Channel(
            id=channel_id,
            name=check.text(entry, key + ("name",)) or channel_id,
            kind=kind,
            target_per_month=check.count(entry, key + ("target_per_month",)),
            url=check.text(entry, key + ("url",)),
        ))
    return channels


def _key_messages(data: dict, check: Checker) -> list[KeyMessage]:
    messages: list[KeyMessage] = []
    for index, entry in _entries(data, "key_messages", check):
        key = ("key_messages", index)
        check.unknown_keys(entry, key, _MESSAGE_KEYS, "a key message")
        message_id = check.slug(entry, key + ("id",), "key message")
        query = check.text(entry, key + ("query",), required=True,
                           fix="add `query: '\"kata kunci\" OR kata'` (search syntax)")
        if message_id is None or query is None:
            continue
        if message_id in {m.id for m in messages}:
            check.error(key + ("id",), f"key message id {message_id!r} is listed twice", "remove or rename one")
            continue
        messages.append(KeyMessage(message_id, check.text(entry, key + ("label",)) or message_id, query))
    return messages


def _stem_exclusions(data: dict, check: Checker) -> list[str]:
    words = []
    for index, word in enumerate(check.text_list(data, ("stem_exclusions",))):
        if " " in word:
            check.warning(("stem_exclusions", index), f"stem exclusion {word!r} is more than one word",
                          "list single words")
        words.append(word.lower())
    return list(dict.fromkeys(words))


def _synonyms(data: dict, check: Checker) -> list[list[str]]:
    """`synonyms:` -- a list of groups, each `Dinsos = Dinas Sosial` or `[Dinsos, Dinas Sosial]`."""
    raw = data.get("synonyms")
    if raw is None:
        return []
    fix = "write each group as `- Dinsos = Dinas Sosial` or `- [warga binaan, narapidana]`"
    if not isinstance(raw, list):
        check.error(("synonyms",), "`synonyms` must be a list of groups", fix)
        return []
    groups = []
    for index, entry in enumerate(raw):
        if isinstance(entry, str):
            forms = entry.split("=")
        elif isinstance(entry, list) and all(isinstance(f, str) for f in entry):
            forms = entry
        else:
            check.error(("synonyms", index), f"synonym group {index + 1} must be text or a list of texts", fix)
            continue
        forms = list(dict.fromkeys(" ".join(f.split()) for f in forms if f.strip()))
        if len(forms) < 2:
            check.error(("synonyms", index), f"synonym group {index + 1} has fewer than two forms: {entry!r}", fix)
            continue
        groups.append(forms)
    return groups
