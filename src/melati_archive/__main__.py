"""`python -m melati_archive` runs the `melati` command."""
from .cli import main

main()
