"""The people directory at news scale: the indexed grouping equals the all-pairs one and grows sub-quadratically."""
from __future__ import annotations

import random

from melati_archive import directory
from melati_archive.directory import canonical_names, is_initials, normalize_name, spelling_variants
from melati_archive.model import Person

FIRST = ["Muhammad", "Siti", "Agus", "Dewi", "Joko", "Sri", "Budi", "Rina", "Ahmad", "Nur", "Yuli", "Eko"]
SYLLABLES = ["ra", "ni", "su", "ta", "wa", "ti", "di", "ma", "ya", "sa", "har", "jo", "nto", "wan", "ri",
             "ko", "pur", "yan", "dja", "oe", "chai", "da", "la", "mi", "ha", "rul", "ning", "sih"]


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()


def _misspelt(name: str, rng: random.Random) -> str:
    """A news-style respelling: y/i, dj/j, oe/u, a doubled or dropped letter, an extra syllable."""
    tokens = name.split()
    i = rng.randrange(len(tokens))
    t = tokens[i]
    kind = rng.randrange(6)
    if kind == 0:
        t = t.replace("y", "i") if "y" in t else t.replace("i", "y", 1)
    elif kind == 1:
        t = t.replace("J", "Dj").replace("j", "dj") if "j" in t.lower() else t + "h"
    elif kind == 2:
        t = t.replace("u", "oe", 1)
    elif kind == 3 and len(t) > 5:
        k = rng.randrange(1, len(t) - 1)
        t = t[:k] + t[k + 1:]
    elif kind == 4:
        k = rng.randrange(1, len(t))
        t = t[:k] + t[k] + t[k:]
    else:
        t = t[:-2] + rng.choice(["ri", "ni", "wa"]) + t[-2:]
    tokens[i] = t
    return " ".join(tokens)


def _names(n: int, seed: int = 7) -> list[str]:
    """`n` written names: one- to three-word people, a third of them met again misspelt, some titled."""
    rng = random.Random(seed)
    out: list[str] = []
    while len(out) < n:
        size = rng.choice([1, 2, 2, 2, 3])
        name = " ".join([rng.choice(FIRST)] + [_word(rng) for _ in range(size - 1)]) if size > 1 and rng.random() < 0.4 \
            else " ".join(_word(rng) for _ in range(size))
        out.append(name)
        if rng.random() < 0.35:
            out.append(_misspelt(name, rng))
        if rng.random() < 0.1:
            out.append("Dr. " + name + ", M.Si.")
    return out[:n]


PEOPLE = [
    Person(id="puti", name="Puti Chairida Anwar", aliases=["Puti"]),
    Person(id="syam", name="Syam Wuryani", aliases=["Yani", "Syamsiah Wuryani"]),
]


def _all_pairs(names: list[str], people: list[Person]) -> dict[str, str]:
    """The grouping as it was: every new name compared with every full name, then every known form."""
    curated = {f"p:{p.id}": p for p in people}
    lookup: dict[str, str] = {}
    for p in people:
        for form in [p.name, *p.aliases]:
            if normalize_name(form):
                lookup.setdefault(normalize_name(form), f"p:{p.id}")
    full_names = {f"p:{p.id}": normalize_name(p.name) for p in people}

    def key_of(name: str) -> str:
        norm = normalize_name(name)
        if norm in lookup:
            return lookup[norm]
        for key, full in full_names.items():
            if spelling_variants(norm, full):
                lookup[norm] = key
                return key
        for form, key in list(lookup.items()):
            if len(form.split()) >= 2 and spelling_variants(norm, form):
                lookup[norm] = key
                return key
        lookup[norm] = f"n:{norm}"
        full_names[f"n:{norm}"] = norm
        return f"n:{norm}"

    counts: dict[str, int] = {}
    for n in names:
        counts[n] = counts.get(n, 0) + 1
    members: dict[str, list[str]] = {}
    for name in sorted(set(names), key=lambda n: (-counts[n], -len(n), n)):
        if is_initials(name) or not normalize_name(name):
            continue
        members.setdefault(key_of(name), []).append(name)
    out = {}
    for key, group in members.items():
        canonical = curated[key].name if key in curated else group[0]
        out.update({name: canonical for name in group})
    for name in names:
        out.setdefault(name, name)
    return out


def _comparisons(names: list[str]) -> int:
    groups = directory._Groups(PEOPLE)
    for name in sorted(set(names)):
        if normalize_name(name):
            groups.key_of(name)
    return groups.comparisons


def test_generated_names_hold_real_variants():
    names = _names(3000)
    mapping = canonical_names(names, PEOPLE)
    joined = sum(1 for name, canonical in mapping.items() if name != canonical)
    assert joined > 300  # the generator's misspellings do group: the comparison below means something


def test_grouping_equals_all_pairs():
    names = _names(3000, seed=11) + ["Syam Wuriani", "Syamsiah Wuriani", "Puti Chairida Anwar", "Djoko", "Joko", "AD"]
    assert canonical_names(names, PEOPLE) == _all_pairs(names, PEOPLE)


def test_comparisons_grow_sub_quadratically():
    small, large = _comparisons(_names(1000)), _comparisons(_names(8000))
    # eight times the names: all pairs would make 64 times the comparisons, n^1.5 would make 22.6
    assert large < 22 * small
    assert large < len(set(_names(8000))) * 10


# --- The directory in an incremental reindex -----------------------------------------------


def _write(home, slug: str, day: str, title: str, body: str) -> None:
    folder = home / "archive" / "articles" / day[:4]
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{day}-{slug}.md").write_text(f"---\ntitle: {title}\ndate: {day}\n---\n{body}\n", encoding="utf-8")


def _directory(arc) -> list[tuple]:
    return [(p.id, p.name, tuple(p.aliases), p.articles, p.quotes, p.first, p.last,
             tuple((r.get("title"), r.get("first"), r.get("last")) for r in p.roles)) for p in arc.people().hits]


def test_incremental_reindex_keeps_the_directory_of_a_full_rebuild(tmp_path):
    from melati_archive.api import Archive

    home = tmp_path / "home"
    (home / "archive").mkdir(parents=True)
    (home / "archive" / "melati.yaml").write_text(
        "organization:\n  name: Balai Uji\n  short: Balai Uji\nlanguage: id\n", encoding="utf-8")
    _write(home, "jahit", "2021-03-01", "Pelatihan menjahit",
           "BEKASI - Kepala Dinas Sosial Kota Bekasi, Rudi Hartono, membuka pelatihan menjahit. "
           "\"Pelatihan ini membuka jalan bagi warga untuk mandiri,\" kata Rudi Hartono.")
    _write(home, "sembako", "2021-04-02", "Bantuan sembako",
           "Ketua RT setempat, Siti Nurhaliza, menyambut bantuan itu. "
           "\"Warga sangat terbantu dengan sembako ini,\" ujar Siti Nurhaliza.")
    _write(home, "posyandu", "2021-05-03", "Posyandu",
           "Bidan desa, Wulan Sari, memimpin posyandu. \"Balita di desa ini semakin sehat,\" kata Wulan Sari.")
    arc = Archive.open(home)
    arc.reindex(full=True)
    before = _directory(arc)
    assert [p[1] for p in before] == ["Rudi Hartono", "Siti Nurhaliza", "Wulan Sari"]

    # a body edit that names nobody new: the same directory
    path = home / "archive" / "articles" / "2021" / "2021-04-02-sembako.md"
    path.write_text(path.read_text(encoding="utf-8") + "\nCatatan redaksi: berita ini diperbarui.\n", encoding="utf-8")
    assert arc.reindex().updated == 1
    assert _directory(arc) == before

    # a new person, a person met again (Rudi Hartono: two articles), a person gone with her article
    _write(home, "lansia", "2021-06-04", "Layanan lansia",
           "Pendamping lansia, Agus Salim, bersama Rudi Hartono mengunjungi panti. "
           "\"Kami datang setiap pekan,\" kata Agus Salim.")
    (home / "archive" / "articles" / "2021" / "2021-05-03-posyandu.md").unlink()
    arc.reindex()
    incremental = _directory(arc)
    names = [p[1] for p in incremental]
    assert "Agus Salim" in names and "Wulan Sari" not in names
    arc.reindex(full=True)
    assert incremental == _directory(arc)
