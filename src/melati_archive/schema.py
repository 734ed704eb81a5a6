"""The index's schema: the fields of every kind of document, their analyzers, and the version an
index must carry to be used as it is."""
from __future__ import annotations

# Bump when the schema or what is stored changes: an index with another version is rebuilt.
SCHEMA_VERSION = 13


# --- Analysis (nlp.analysis) -----------------------------------------------------------------


def _analysis_version() -> str:
    from .nlp.analysis_version import VERSION

    return str(VERSION)


def analyzers(protected: frozenset[str] = frozenset()):
    """(stemmed, exact) whoosh analyzers of the F / F_exact field pairs."""
    from .nlp import analysis

    return analysis.stemmed_analyzer(protected), analysis.exact_analyzer()


def protected_words(config, people, programs, texts, counts=None) -> frozenset[str]:
    from .nlp import analysis

    return frozenset(analysis.protected_words(config, people, programs, texts, counts=counts))


# --- Schema -----------------------------------------------------------------------------------


def build_schema(protected: frozenset[str] = frozenset()):
    """One schema for every kind: text fields in pairs F (stemmed, frequencies) / F_exact
    (unstemmed, positions)."""
    from whoosh import fields

    from .postformat import CompactFrequency, CompactPositions

    stemmed, exact = analyzers(protected)

    def text(boost=1.0, stored=False):
        # no positions: phrases and split compounds run on the exact fields only (stemmed
        # phrases were measured useless: relevance.STEM_PHRASES), and positions cost indexing
        field = fields.TEXT(analyzer=stemmed, field_boost=boost, stored=stored, phrase=False)
        field.format = CompactFrequency(field_boost=float(boost))  # postformat: issue 17's size
        return field

    def exact_text(boost=1.0):
        # positions as varint deltas, ints in the blocks (postformat): a third of whoosh's
        # Positions bytes on disk (the index's size, issue 17)
        field = fields.TEXT(analyzer=exact, field_boost=boost, phrase=True)
        field.format = CompactPositions(field_boost=float(boost))
        return field

    # Stored is only what a hit is built from (search.run: uid, kind, article_id, title, body,
    # data); the filter fields' values, the path and the date are in an article's `data`, and a
    # quote's hit reads its article's record (quoterecords; the index's size, issue 17).
    keyword = dict(commas=True, lowercase=True, stored=False, scorable=False)
    return fields.Schema(
        uid=fields.ID(unique=True, stored=True),
        kind=fields.ID(stored=True),
        # the source file (archive-relative; every document of a file shares it): an article
        # stores it in `data`, a quote finds it there (quoterecords), so it is not stored apart
        path=fields.ID(),
        article_id=fields.ID(stored=True),
        # articles
        title=text(boost=3.0, stored=True),
        title_exact=exact_text(boost=3.5),
        body=text(stored=True),
        body_exact=exact_text(boost=1.2),
        # quotes (the text is stored in `data`); `who` is the speaker's name, short forms and role,
        # so a quote search for "Risma bansos" finds her quotes on it (searched, not stored)
        text=text(),
        text_exact=exact_text(boost=1.2),
        who=text(),
        who_exact=exact_text(),
        # people and programs
        name=exact_text(boost=3.0),
        info=text(),
        # filters and facets
        date=fields.DATETIME(sortable=True),  # stored in an article's `data`, as the path
        year=fields.ID(),
        channel=fields.ID(),
        programs=fields.KEYWORD(**keyword),
        tags=fields.KEYWORD(**keyword),
        speakers=fields.KEYWORD(**keyword),
        # articles only: "y:2020,c:website,p:atensi" -> facet counts from small posting sets
        facets=fields.KEYWORD(commas=True, scorable=False),
        # stored payloads
        data=fields.STORED,
    )
