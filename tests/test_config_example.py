"""config.example.toml documents every key the config reader accepts (commented out or not): the README
says it explains every key, so a key the reader learns without a line there fails here."""

from __future__ import annotations

import re
from pathlib import Path

from mailduns.core.scoring import SCORING_KEYS
from mailduns.service.digest import DIGEST_KEYS
from mailduns.settings import config as cfg

EXAMPLE = Path(__file__).resolve().parents[1] / "config.example.toml"
_SECTION = re.compile(r"^#?\s*\[\[?\s*([^\]]+?)\s*\]\]?")
_KEY = re.compile(r"^(?:# ?)?([a-z_][a-z0-9_]*)\s*=")  # "key = …" or "# key = …", not indented prose
_PROSE_KEY = re.compile(
    r"^#\s{2,}([a-z_][a-z0-9_]*)\s*="
)  # "#   approve = true   …": a list of a table's keys


def prose_keys() -> set[str]:
    """Keys explained in an indented list of comments (the keys of a step, before the first [[steps]])."""
    return {
        m.group(1)
        for line in EXAMPLE.read_text(encoding="utf-8").splitlines()
        if (m := _PROSE_KEY.match(line))
    }


def documented() -> dict[str, set[str]]:
    """section → keys present in the example, a commented-out `# key = value` counting as documented."""
    found: dict[str, set[str]] = {"": set()}
    section = ""
    for line in EXAMPLE.read_text(encoding="utf-8").splitlines():
        head = _SECTION.match(line)
        if head:
            name = head.group(1)
            parts = [p.strip('"') for p in re.findall(r'"[^"]*"|[^.]+', name)]
            # [clients."acme.example"] → clients; [[profiles.x.steps]] → steps; [profiles.x] → profiles;
            # [pec.imap] → a sub-table "imap" of [pec], whose own keys are those of [imap]
            section = "steps" if parts[-1] == "steps" else parts[0]
            if parts[0] == "pec" and len(parts) == 2:
                found.setdefault("pec", set()).add(parts[1])
                section = "pec." + parts[1]
            found.setdefault(section, set())
            found[""].add(parts[0])
            continue
        key = _KEY.match(line)
        if key:
            found.setdefault(section, set()).add(key.group(1))
    return found


def accepted() -> dict[str, set[str]]:
    keys = {section: set(names) for section, names in cfg._SECTION_KEYS.items()}
    keys["clients"] = set(cfg._CLIENT_KEYS)
    keys["scoring"] = set(SCORING_KEYS)
    keys["digest"] = set(DIGEST_KEYS)
    keys[""] = set(cfg._TOP_LEVEL)
    return keys


def test_every_accepted_key_is_in_config_example() -> None:
    have, prose = documented(), prose_keys()
    missing = {
        section: sorted(keys - have.get(section, set()) - prose) for section, keys in accepted().items()
    }
    assert not {s: k for s, k in missing.items() if k}, f"config.example.toml does not document: {missing}"


def test_the_example_documents_no_key_the_reader_refuses() -> None:
    want = accepted()
    extra = {
        section: sorted(keys - want.get(section, set()))
        for section, keys in documented().items()
        if section in want
    }
    assert not {s: k for s, k in extra.items() if k}, f"config.example.toml shows unknown keys: {extra}"


def test_the_example_loads() -> None:
    loaded = cfg.load_config(EXAMPLE)
    assert loaded.owner.email == "alessandra@example.it"
