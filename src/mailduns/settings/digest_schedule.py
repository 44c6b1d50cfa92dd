"""`[digest]`: when the weekly digest goes out — checked like every other section of the config.

Its own module in the settings because the config loader needs it and must not import the service
layer that builds the digest (that import made a cycle: settings → service.digest → settings).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

from mailduns.core.errors import ConfigError

__all__ = ["DIGEST_KEYS", "DigestConfig", "digest_config_from"]

_DAYS: Final[Mapping[str, int]] = {
    **{
        d: i
        for i, d in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))
    },
    **{d: i for i, d in enumerate(("mon", "tue", "wed", "thu", "fri", "sat", "sun"))},
    **{
        d: i
        for i, d in enumerate(("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"))
    },
    **{
        d: i for i, d in enumerate(("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"))
    },
}
DIGEST_KEYS: Final = ("enabled", "day", "hour")


@dataclass(frozen=True)
class DigestConfig:
    """`[digest]`: `enabled`, the `day` of the week (weekday index, Monday = 0) and the local `hour`."""

    enabled: bool = True
    day: int = 0
    hour: int = 8


def digest_config_from(raw: Mapping[str, Any] | None) -> DigestConfig:
    """Check the `[digest]` table (as tomllib gives it; None or empty means the defaults: Monday
    at 08:00 in the owner's time zone). Mistakes are ConfigErrors naming the key, in plain words."""
    if not raw:
        return DigestConfig()
    unknown = [k for k in raw if k not in DIGEST_KEYS]
    if unknown:
        raise ConfigError(
            f"unknown key {unknown[0]!r} in [digest]; the keys are: {', '.join(DIGEST_KEYS)}.",
            key=f"digest.{unknown[0]}",
        )
    enabled = raw.get("enabled", True)
    if not isinstance(enabled, bool):
        raise ConfigError(f"must be true or false (without quotes), not {enabled!r}.", key="digest.enabled")
    day_raw = raw.get("day", "monday")
    day = _DAYS.get(str(day_raw).strip().lower()) if isinstance(day_raw, str) else None
    if day is None:
        raise ConfigError(
            f'must be a day of the week in quotes, like "monday" (or "lunedì", "lunes"), not {day_raw!r}.',
            key="digest.day",
        )
    hour = raw.get("hour", 8)
    if isinstance(hour, bool) or not isinstance(hour, int) or not 0 <= hour <= 23:
        raise ConfigError(
            f"must be an hour of the day from 0 to 23, like 8 (your time zone), not {hour!r}.",
            key="digest.hour",
        )
    return DigestConfig(enabled=enabled, day=day, hour=hour)
