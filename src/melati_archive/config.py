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
        problems.append(Problem(display, None, "melati.yaml tidak ada; pengaturan bawaan dipakai (tanpa kanal)",
                                "jalankan `melati init` atau tulis archive/melati.yaml", "warning"))
        return Config()
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(Problem(display, None, f"melati.yaml tidak bisa dibaca: {exc}", "simpan sebagai teks UTF-8"))
        return Config()
    return parse_config(text, display, problems)


def parse_config(text: str, display: str = "melati.yaml", problems: list[Problem] | None = None) -> Config:
    problems = [] if problems is None else problems
    try:
        located = load_located(text)
    except YamlSyntaxError as exc:
        problems.append(Problem(display, exc.line, exc.message, getattr(exc, "fix", "perbaiki penulisan YAML di baris itu")))
        return Config()
    data = located.data
    check = Checker(display, located, problems)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        check.error((), "melati.yaml harus berupa pemetaan kolom", "awali dengan `organization:` (lihat docs/archive.md)")
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
        check.error(("organization",), "`organization` dengan `name` wajib ada",
                    "tambahkan `organization: {name: Balai Melati Jakarta}`")
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
        check.warning(("language",), f"bahasa {language!r} tidak dikenal", "pakai `language: id` atau `language: en`")
    return language


def _entries(data: dict, name: str, check: Checker) -> list[tuple[int, dict]]:
    raw = data.get(name)
    if raw is None:
        return []
    if not isinstance(raw, list):
        check.error((name,), f"`{name}` harus berupa daftar", f"tulis setiap entri sebagai `- id: ...` di bawah `{name}:`")
        return []
    out = []
    for index, entry in enumerate(raw):
        if not isinstance(entry, dict):
            check.error((name, index), f"entri {name} ke-{index + 1} harus berupa pemetaan dengan `id`",
                        "tulis sebagai `- id: ...` dengan kolomnya menjorok di bawahnya")
            continue
        out.append((index, entry))
    return out


def _channels(data: dict, check: Checker) -> list[Channel]:
    channels: list[Channel] = []
    for index, entry in _entries(data, "channels", check):
        key = ("channels", index)
        check.unknown_keys(entry, key, _CHANNEL_KEYS, "kanal")
        channel_id = check.slug(entry, key + ("id",), "kanal")
        if channel_id is None:
            continue
        if channel_id in {c.id for c in channels}:
            check.error(key + ("id",), f"id kanal {channel_id!r} tercantum dua kali", "hapus atau ganti nama salah satunya")
            continue
        kind = check.text(entry, key + ("kind",)) or "other"
        if kind not in CHANNEL_KINDS:
            check.warning(key + ("kind",), f"jenis kanal {kind!r} tidak dikenal; dianggap `other`",
                          f"pakai salah satu: {', '.join(CHANNEL_KINDS)}")
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
        check.unknown_keys(entry, key, _MESSAGE_KEYS, "pesan kunci")
        message_id = check.slug(entry, key + ("id",), "pesan kunci")
        query = check.text(entry, key + ("query",), required=True,
                           fix="tambahkan `query: '\"kata kunci\" OR kata'` (sintaks pencarian)")
        if message_id is None or query is None:
            continue
        if message_id in {m.id for m in messages}:
            check.error(key + ("id",), f"id pesan kunci {message_id!r} tercantum dua kali", "hapus atau ganti nama salah satunya")
            continue
        messages.append(KeyMessage(message_id, check.text(entry, key + ("label",)) or message_id, query))
    return messages


def _stem_exclusions(data: dict, check: Checker) -> list[str]:
    words = []
    for index, word in enumerate(check.text_list(data, ("stem_exclusions",))):
        if " " in word:
            check.warning(("stem_exclusions", index), f"pengecualian stem {word!r} lebih dari satu kata",
                          "tulis satu kata per butir")
        words.append(word.lower())
    return list(dict.fromkeys(words))


def _synonyms(data: dict, check: Checker) -> list[list[str]]:
    """`synonyms:` -- a list of groups, each `Dinsos = Dinas Sosial` or `[Dinsos, Dinas Sosial]`."""
    raw = data.get("synonyms")
    if raw is None:
        return []
    fix = "tulis setiap kelompok sebagai `- Dinsos = Dinas Sosial` atau `- [warga binaan, narapidana]`"
    if not isinstance(raw, list):
        check.error(("synonyms",), "`synonyms` harus berupa daftar kelompok", fix)
        return []
    groups = []
    for index, entry in enumerate(raw):
        if isinstance(entry, str):
            forms = entry.split("=")
        elif isinstance(entry, list) and all(isinstance(f, str) for f in entry):
            forms = entry
        else:
            check.error(("synonyms", index), f"kelompok sinonim ke-{index + 1} harus berupa teks atau daftar teks", fix)
            continue
        forms = list(dict.fromkeys(" ".join(f.split()) for f in forms if f.strip()))
        if len(forms) < 2:
            check.error(("synonyms", index), f"kelompok sinonim ke-{index + 1} berisi kurang dari dua bentuk: {entry!r}", fix)
            continue
        groups.append(forms)
    return groups
