"""The speech verbs of Indonesian quote attribution: the short cue verbs after a quote (kata,
ujar, tutur ...), the meN- verbs before or after it (mengatakan, menambahkan ...) and the English
ones of translated releases, with the pattern pieces quotes.py and quotemarks.py build from them."""
from __future__ import annotations

# Speech verbs of an attribution after the quote, most frequent first (INDONESIAN-NEWS.md).
CUE_VERBS = (
    "kata ujar tutur ucap ungkap jelas papar tegas sebut terang lanjut tambah imbuh pungkas tandas "
    "tanya pesan harap timpal beber tukas tulis cerita urai sambung seru ajak kenang aku akui klaim "
    "sergah jawab sahut tutup bilang nilai katakan ujarkan tuturkan ungkapkan jelaskan tegaskan "
    "terangkan tambahkan sebutkan "
    # less frequent, in news features: a retort, a joke, a complaint, a plea, an appeal
    "kilah seloroh kelakar canda keluh pinta imbau bantah sindir kisah "
    # a denial, a promise, advice, an urging, a review, a whisper; posts on Twitter/X ("cuit", "kicau")
    "elak tepis sangkal janji saran desak ulas bisik cuit kicau "
    # a reminder, a rebuttal, a conclusion, a breakdown, a proposal, a reproach, a criticism, a reply
    "ingat sanggah simpul rinci usul tegur kritik balas "
    # a brief answer ("singkatnya" after a quote), a blurt
    "singkat cetus "
    # a mutter, a quip (in features: "gumamnya pelan", "celetuknya"); a shout ("teriaknya") is no statement
    "gumam celetuk "
    # a protest, praise, an accusation, a rebuttal, a dare, a threat ("protesnya", "pujinya", "tampiknya")
    "protes puji tuding tampik tantang ancam "
    # an appeal spelt with the h many regional sites write ("himbaunya", "menghimbau": the standard is imbau)
    "himbau "
    # a report to an inspecting officer ("lapor Danki kepada Inspektur Upacara"), a regret, a guarantee
    "lapor sesal jamin"
).split()
# Verbs of a cue before the quote ("Name mengatakan, ..."), also used after it ("..., Name menambahkan.").
MEN_VERBS = (
    "mengatakan menyampaikan menegaskan menjelaskan menambahkan mengungkapkan menyatakan menuturkan "
    "memaparkan menerangkan mengimbau meminta berpesan berkata bertanya berujar mengucapkan "
    "menekankan mengingatkan mengajak berharap mengaku mengakui menyebut menyebutkan mengutarakan "
    "menandaskan memungkasi menceritakan bercerita menuliskan menulis menjawab menilai berseru "
    "membeberkan mengisahkan berkisah menanggapi menyimpulkan mengharapkan menutup menyatakannya "
    "mengingatkannya melanjutkan menimpali bertanya-tanya berteriak berbisik bergumam menyahut menghimbau"
).split()

# `"...." Begitu kata Name.` / `Demikian ujar Name.`: the cue as a sentence of its own after the quote.
# `"...," menurutnya.`: "menurut" after a quote, only as a cue there (never inside a paragraph).
# `"...," sampainya.`: "menyampaikan" clipped to its root; only with -nya ("sampai" alone after a quote goes on
# the sentence: "... sampai warga datang").
_CUE_AFTER_VERB = (r"(?:(?:begitu|demikian)[^\S\n]+)?(?P<verb>(?:" + "|".join(sorted(CUE_VERBS + ["menurut"], key=len, reverse=True))
                   + r"|sampai(?=nya\b)))(?P<nya>[^\S\n]?nya|ya)?\b")  # "ungkapya": -nya misspelt
_MEN = r"(?:" + "|".join(sorted(MEN_VERBS, key=len, reverse=True)) + r")"

# English translations of releases: `"...," said Ratih.` / `Ratih added.` / `she said`.
EN_VERBS = "said says added explained stated asked noted continued concluded stressed emphasised emphasized urged told recalled admitted".split()
_EN = r"(?:" + "|".join(EN_VERBS) + r")"
