"""melati-archive: the editorial knowledge base of a humas team. Public API only."""
from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["Archive", "extract", "__version__"]


def __getattr__(name):
    # Lazy so that `melati search` does not pay for modules it does not use.
    if name == "Archive":
        from .api import Archive

        return Archive
    if name == "extract":
        from .nlp.extract import extract

        return extract
    raise AttributeError(name)
