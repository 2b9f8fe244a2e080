"""``python -m provenance`` runs the CLI."""

from .cli import main

main()
