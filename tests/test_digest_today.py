"""The digest's words cover today: the morning a letter goes out, it is listed under a heading that says
"today", never under "no reminder in the next seven days". (How the digest plans is issue 14's.)"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from mailduns.service.digest import build_digest
from mailduns.settings.config import load_config
from mailduns.store.db import Store
from tests.test_digest import ROME, seed, write_config

HEADING = {
    "en": "Planned for today and the next seven days",
    "it": "Solleciti previsti per oggi e i prossimi sette giorni",
    "es": "Previstos para hoy y los próximos siete días",
}
STEP = {
    "en": "Tue 15 Dec 09:00: friendly reminder (before the due date), invoice 14/2026 (Bob Spa)",
    "it": "mar 15 dic 09:00: promemoria prima della scadenza, fattura 14/2026 (Bob Spa)",
    "es": "mar 15 dic 09:00: aviso previo al vencimiento (factura 14/2026, Bob Spa)",
}


@pytest.mark.parametrize("lang", ["en", "it", "es"])
def test_the_morning_a_letter_goes_out(tmp_path: Path, lang: str) -> None:
    config = load_config(write_config(tmp_path, lang))
    store = Store(config.state.path)
    try:
        seed(store)
        msg = build_digest(
            store.invoices(),
            store.events(),
            store.outbox(),
            datetime(2026, 12, 15, 8, 0, tzinfo=ROME),
            config,
        )
    finally:
        store.close()
    part = msg.get_body(("plain",))
    assert part is not None
    text = str(part.get_content())
    coming = text.split(HEADING[lang])[1].split("\n\n")[0]
    assert STEP[lang] in coming, text
