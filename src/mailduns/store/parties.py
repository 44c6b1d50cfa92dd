"""What an invoice's e-invoice says about the client as a party (table of migration 0010_invoice_party).

Why apart from db.py: like the PEC address (store/notices.py), these are facts read once from the
invoice's XML — is the buyer a company or a person (FatturaPA Denominazione or Nome/Cognome,
Facturae LegalEntity or Individual), and in which country — that the letters and the choice of the
late-payment law need later, long after the attachment was read. The first reading stays.
"""

from __future__ import annotations

from dataclasses import dataclass

from mailduns.store.db import Store

__all__ = ["Party", "party", "remember_party"]


@dataclass(frozen=True)
class Party:
    kind: str | None  # "company" | "person" | None (the e-invoice does not say)
    country: str | None  # ISO 3166 alpha-2, None when unknown


def remember_party(store: Store, invoice_id: int, kind: str | None, country: str | None) -> None:
    """Keep what the e-invoice says about its buyer (nothing is written when it says nothing)."""
    if kind is None and country is None:
        return
    with store.transaction():
        store.db.execute(
            "INSERT OR IGNORE INTO invoice_party (invoice_id, kind, country) VALUES (?, ?, ?)",
            (invoice_id, kind, country.upper() if country else None),
        )


def party(store: Store, invoice_id: int) -> Party:
    row = store.db.execute(
        "SELECT kind, country FROM invoice_party WHERE invoice_id = ?", (invoice_id,)
    ).fetchone()
    return Party(row[0], row[1]) if row is not None else Party(None, None)
