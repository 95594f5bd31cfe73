"""`ketaguide checklist`: print preparation checklists to PDF (issue 5, in progress)."""


def register(commands, common) -> None:
    """Add the `checklist` command to the parser."""
