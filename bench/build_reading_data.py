"""Builds the reader's committed data:

* src/mailduns/reading/letters.json — our letters' word 5-grams, for reading/echo.py; run after changing
  a template:   PYTHONPATH=src python bench/build_reading_data.py letters
* src/mailduns/reading/reply_model.json — the reply model's weights (reading/learned.py), trained on the
  dev split of tests/data/replies and tests/inbox_cases.py only, after a cross-validation grouped by
  client (sender address) whose figures are the honest estimate; needs scikit-learn (a development tool,
  not a runtime dependency: `pip install -e ".[train]"`):   PYTHONPATH=src python bench/build_reading_data.py model

The letters are rendered from the shipped templates (every language, every letter a client can receive,
every sample context `Templates.check` uses), as plain text: exactly what a client can paste back.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

from mailduns.letters.compose import OWNER_NOTICE, Templates, _sample_contexts, default_templates_dir
from mailduns.reading.echo import shingles

LETTERS_JSON = ROOT / "src" / "mailduns" / "reading" / "letters.json"


def rendered_letters() -> list[str]:
    templates = Templates(default_templates_dir())
    out = []
    for lang in ("it", "es", "en"):
        for name in templates.names(lang):
            if name == OWNER_NOTICE:  # goes to the owner, never to a client
                continue
            for ctx in _sample_contexts(lang, name, html=False):
                out.append(templates.render(lang, name, ctx))
    return out


def letter_shingles() -> list[str]:
    found: set[str] = set()
    for text in rendered_letters():
        found |= shingles(text)
    return sorted(found)


def build_letters() -> None:
    data = {
        "about": "word 5-grams of mailduns' own letters (bench/build_reading_data.py); see reading/echo.py",
        "shingles": letter_shingles(),
    }
    LETTERS_JSON.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{LETTERS_JSON.relative_to(ROOT)}: {len(data['shingles'])} 5-grams")


MODEL_JSON = ROOT / "src" / "mailduns" / "reading" / "reply_model.json"
C = float(os.environ.get("MODEL_C", "1.0"))
PRUNE = 0.01  # weights this small change no decision: left out of the shipped file
STOP_MASSES = tuple(float(x) for x in os.environ.get("STOP_MASSES", "0.3,0.4").split(","))
PROMISE_MASSES = tuple(float(x) for x in os.environ.get("PROMISE_MASSES", "0.2,0.3").split(","))
ASK_MASSES = tuple(float(x) for x in os.environ.get("ASK_MASSES", "0.05,0.1,0.15").split(","))


def _group(raw: bytes, fallback: str) -> str:
    from email.parser import BytesHeaderParser
    from email.utils import parseaddr

    try:
        addr = parseaddr(str(BytesHeaderParser().parsebytes(raw).get("From", "")))[1].lower()
    except Exception:  # noqa: BLE001
        addr = ""
    return addr or fallback


def _train(samples: list[tuple[list[str], str]]):  # type: ignore[no-untyped-def]
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    from mailduns.reading import learned

    vec = DictVectorizer()
    x = vec.fit_transform([{f: 1 for f in feats} for feats, _ in samples])
    y = [kind for _, kind in samples]
    clf = LogisticRegression(C=C, max_iter=5000, class_weight=os.environ.get("MODEL_WEIGHT") or None)
    clf.fit(x, y)
    classes = tuple(str(c) for c in clf.classes_)
    coef = clf.coef_ if len(classes) > 2 else None
    assert coef is not None
    weights = {}
    for j, name in enumerate(vec.get_feature_names_out()):
        w = tuple(round(float(coef[i, j]), 3) for i in range(len(classes)))
        if any(abs(v) >= PRUNE for v in w):
            weights[str(name)] = w
    bias = tuple(round(float(b), 4) for b in clf.intercept_)
    return learned.Model(classes, bias, weights, 0.5)


def build_model() -> None:
    import dataclasses

    from sklearn.model_selection import GroupKFold

    from bench import inbox
    from mailduns.reading import learned

    # MODEL_EXCLUDE=round6: leave out a new round of writers until its first read is scored
    exclude = tuple(x for x in os.environ.get("MODEL_EXCLUDE", "").split(",") if x)
    items = [
        i for i in inbox.reply_items() if i.source == "dev" and not (exclude and i.name.startswith(exclude))
    ] + inbox.case_items([*inbox.CASES, *inbox.HOLDOUT])
    groups = [_group(i.raw, i.name) for i in items]
    learned.model = lambda: None  # type: ignore[assignment]  # features only, the rules decide
    feats: list[list[str] | None] = []
    for item in items:
        learned.TRACE = []
        inbox.read(item)
        feats.append(learned.TRACE[-1] if learned.TRACE else None)
    learned.TRACE = None
    human = [k for k, f in enumerate(feats) if f is not None]
    print(f"{len(items)} dev messages ({len(set(groups))} senders), {len(human)} read by the model")

    folds = GroupKFold(n_splits=5)
    fold_of = {}
    for n, (_, test) in enumerate(folds.split(items, groups=groups)):
        for k in test:
            fold_of[k] = n
    grid = [(a, b, c) for a in STOP_MASSES for b in ASK_MASSES for c in PROMISE_MASSES if c <= a]
    by_mass: dict[tuple[float, float, float], list] = {m: [] for m in grid}
    for n in range(5):
        train = [(feats[k], items[k].kind) for k in human if fold_of[k] != n]
        model = _train(train)  # type: ignore[arg-type]
        for mass in grid:
            fold_model = dataclasses.replace(model, stop_mass=mass[0], ask_mass=mass[1], promise_mass=mass[2])
            learned.model = lambda m=fold_model: m  # type: ignore[assignment, misc]
            by_mass[mass].extend(
                (items[k], inbox.read(items[k])) for k in range(len(items)) if fold_of[k] == n
            )
    best_mass, best_key = grid[0], (1e9, 0.0)
    for mass in grid:
        res = by_mass[mass]
        crit = sum(len(inbox.critical(i, f)) for i, f in res if i.source == "dev")
        # a question put to the owner is not free: a held reading costs a third of a critical one
        asked = sum(inbox.held(i, f) for i, f in res if i.source == "dev")
        acc = sum(i.kind == f.kind for i, f in res if i.source == "dev") / sum(
            i.source == "dev" for i, _ in res
        )
        print(
            f"  stop mass {mass[0]}, ask mass {mass[1]}, promise mass {mass[2]}: dev kinds {100 * acc:.1f}%, "
            f"critical {crit}, held {asked}"
        )
        if (crit + asked / 3 - 40 * acc) < best_key[0] - best_key[1]:
            best_mass, best_key = mass, (crit + asked / 3 - 40 * acc, 0.0)
    print(f"chosen stop mass {best_mass}; cross-validated (5 folds grouped by sender):")
    res = by_mass[best_mass]
    inbox.report("dev, cross-validated", [r for r in res if r[0].source == "dev"])
    inbox.report("old cases, cross-validated", [r for r in res if r[0].source == "cases"])
    if "--errors" in sys.argv:
        inbox.errors(res)

    final = dataclasses.replace(
        _train([(feats[k], items[k].kind) for k in human]),  # type: ignore[misc]
        stop_mass=best_mass[0],
        ask_mass=best_mass[1],
        promise_mass=best_mass[2],
    )
    data = {
        "about": "reply model weights (bench/build_reading_data.py model); see reading/learned.py",
        "stop_mass": final.stop_mass,
        "ask_mass": final.ask_mass,
        "promise_mass": final.promise_mass,
        "classes": list(final.classes),
        "bias": list(final.bias),
        "weights": {k: list(v) for k, v in sorted(final.weights.items())},
    }
    MODEL_JSON.write_text(
        json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8"
    )
    print(
        f"{MODEL_JSON.relative_to(ROOT)}: {len(final.weights)} features, classes {', '.join(final.classes)}"
    )


def main() -> int:
    what = sys.argv[1:] or ["letters", "model"]
    if "letters" in what:
        build_letters()
    if "model" in what:
        build_model()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
