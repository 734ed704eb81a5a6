"""The version of the index analysis (nlp.analysis): bump when its output changes, and every index
built with another version is rebuilt. Apart so a no-op reindex can check it without importing the
analyzers (40-60 ms)."""

VERSION = "9"
