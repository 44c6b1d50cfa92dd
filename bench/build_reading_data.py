"""Builds the reader's committed data: src/mailduns/reading/letters.json (our letters' word 5-grams, for
reading/echo.py) — run after changing a template:

    PYTHONPATH=src python bench/build_reading_data.py

The letters are rendered from the shipped templates (every language, every letter a client can receive,
every sample context `Templates.check` uses), as plain text: exactly what a client can paste back.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from mailduns.letters.compose import OWNER_NOTICE, Templates, _sample_contexts, default_templates_dir  # noqa: E402
from mailduns.reading.echo import shingles  # noqa: E402

LETTERS_JSON = ROOT / "src" / "mailduns" / "reading" / "letters.json"


def rendered_letters() -> list[str]:
    templates = Templates(default_templates_dir())
    out = []
    for lang in ("it", "es", "en"):
        for name in templates.names(lang):
            if name == OWNER_NOTICE:   # goes to the owner, never to a client
                continue
            for ctx in _sample_contexts(lang, name, html=False):
                out.append(templates.render(lang, name, ctx))
    return out


def letter_shingles() -> list[str]:
    found: set[str] = set()
    for text in rendered_letters():
        found |= shingles(text)
    return sorted(found)


def main() -> int:
    data = {"about": "word 5-grams of mailduns' own letters (bench/build_reading_data.py); see reading/echo.py",
            "shingles": letter_shingles()}
    LETTERS_JSON.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{LETTERS_JSON.relative_to(ROOT)}: {len(data['shingles'])} 5-grams")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
