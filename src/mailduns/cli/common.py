"""What every command needs: the config loaded (with the permission warning), `--now` parsed,
the freelancer's templates. Its own module so the command modules share it without importing one
another (cli.main registers cli.more's commands; cli.more must not import cli.main back).
"""

from __future__ import annotations

import argparse
import logging
from datetime import datetime
from pathlib import Path

from mailduns.core.errors import ConfigError
from mailduns.letters.compose import Templates, default_templates_dir
from mailduns.settings.config import Config, default_config_path, load_config

log = logging.getLogger("mailduns")

__all__ = ["load", "parse_now", "templates_for"]


def parse_now(text: str) -> datetime:
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise ConfigError(
            f'--now wants an instant like 2026-12-10T10:00+01:00, not "{text}"', key="--now"
        ) from None
    if value.tzinfo is None:
        raise ConfigError(f'--now needs a time zone offset, e.g. "{text}+01:00"', key="--now")
    return value


def templates_for(config: Config) -> Templates:
    """The freelancer's own templates (next to the config file) win over the shipped ones."""
    shipped = default_templates_dir()
    if config.source is not None and (config.source.parent / "templates").is_dir():
        return Templates(config.source.parent / "templates", fallback=shipped)
    return Templates(shipped)


def load(args: argparse.Namespace) -> Config:
    from mailduns.onboarding.wizard import warn_if_readable

    path = Path(args.config).expanduser() if args.config else default_config_path()
    config = load_config(path)
    warning = warn_if_readable(path)
    if warning:
        log.warning("%s", warning)
    return config
