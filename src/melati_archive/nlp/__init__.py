"""Indonesian text understanding: pure functions from strings to dataclasses, no I/O."""
