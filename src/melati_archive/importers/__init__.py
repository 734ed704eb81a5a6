"""Importers: one module per source format, each turning a source into article drafts."""
