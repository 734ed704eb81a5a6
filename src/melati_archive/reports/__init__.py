"""Report analyses (pandas frames) and rendering of the report notebooks."""
