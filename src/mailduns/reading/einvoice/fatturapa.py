"""FatturaPA (Italian e-invoicing, schema 1.2.x: FPA12, FPR12, and the simplified FSM10).

What a freelancer needs from it, per FatturaElettronicaBody (a file may be a batch of several):
number (`Numero`), issue date (`Data`), currency (`Divisa`), the grand total
(`ImportoTotaleDocumento`; when a tool leaves it out, the sum of the `DatiRiepilogo` taxable amounts
and taxes, which is what the document totals), and what the client must actually pay.

What the client pays is `ImportoPagamento` of the installment to follow, which is net of the
withholding tax (ritenuta d'acconto) a professional's client pays to the State instead.  With several
installments (`DettaglioPagamento`), the reader cannot know which are paid already: it follows the one
with the earliest `DataScadenzaPagamento` (or the first one when none has a date) and reports its due
date and amount; the later installments are not reported.  Without payment data, the amount is the
total minus the ritenuta.  A due date also comes from `DataRiferimentoTerminiPagamento` +
`GiorniTerminiPagamento`; a reference date alone is not a due date.

The client is the CessionarioCommittente: its company name, or first and last name (so a company or
a person); its e-mail when a tool added one, else the PEC address the invoice was addressed to
(`PECDestinatario`); its country (`Sede/Nazione`).
TD04 and TD08 are credit notes (and any document with a negative total); `DatiFattureCollegate`
names the invoice they correct.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from xml.etree.ElementTree import Element

from mailduns.reading.model import InvoiceFacts
from mailduns.reading.einvoice.xmlsafe import (
    amount_at,
    child,
    children,
    currency_code,
    descendants,
    iso_date,
    local,
    money,
    text,
)

ROOTS = frozenset({"FatturaElettronica", "FatturaElettronicaSemplificata"})
CREDIT_NOTE_TYPES = frozenset({"TD04", "TD08"})


def matches(root: Element) -> bool:
    """A FatturaPA document, whatever namespace version (or none) its tool wrote."""
    return local(root.tag) in ROOTS


def read(root: Element) -> list[InvoiceFacts]:
    """One InvoiceFacts per invoice body in the file."""
    header = child(root, "FatturaElettronicaHeader")
    name, email = _buyer(header)
    pec = text(header, "DatiTrasmissione", "PECDestinatario")
    pec = pec.strip().lower() if pec and "@" in pec else None
    kind, country = _buyer_kind_and_country(header)
    simplified = local(root.tag) == "FatturaElettronicaSemplificata"
    return [
        replace(
            _invoice(body, name, email, simplified), client_pec=pec, client_kind=kind, client_country=country
        )
        for body in children(root, "FatturaElettronicaBody")
    ]


def _buyer_kind_and_country(header: Element | None) -> tuple[str | None, str | None]:
    """A Denominazione is a company's name, Nome and Cognome a person's (a sole trader too); the
    buyer's Sede/Nazione is its country (IT for most)."""
    buyer = child(header, "CessionarioCommittente")
    ana = child(buyer, "DatiAnagrafici", "Anagrafica")
    other = child(buyer, "AltriDatiIdentificativi")  # simplified invoice (FSM10)
    names = ana if ana is not None else other
    kind = None
    if names is not None:
        kind = "company" if text(names, "Denominazione") else "person" if text(names, "Cognome") else None
    country = (text(buyer, "Sede", "Nazione") or text(other, "Sede", "Nazione") or "").strip().upper()
    return kind, (country if len(country) == 2 and country.isalpha() else None)


def _buyer(header: Element | None) -> tuple[str | None, str | None]:
    buyer = child(header, "CessionarioCommittente")
    ana = child(buyer, "DatiAnagrafici", "Anagrafica")
    if ana is None:  # simplified invoice (FSM10)
        ana = child(buyer, "AltriDatiIdentificativi")
    name = text(ana, "Denominazione")
    if name is None:
        person = " ".join(p for p in (text(ana, "Nome"), text(ana, "Cognome")) if p)
        name = person or None
    email = next((e for e in (text(el) for el in descendants(buyer, "Email")) if e and "@" in e), None)
    if email is None:
        pec = text(header, "DatiTrasmissione", "PECDestinatario")
        email = pec if pec and "@" in pec else None
    return name, (email.lower() if email else None)


def _installments(body: Element) -> list[tuple[date | None, Decimal | None]]:
    out: list[tuple[date | None, Decimal | None]] = []
    for block in children(body, "DatiPagamento"):
        for det in children(block, "DettaglioPagamento"):
            due = iso_date(text(det, "DataScadenzaPagamento"))
            if due is None:
                ref = iso_date(text(det, "DataRiferimentoTerminiPagamento"))
                days = text(det, "GiorniTerminiPagamento")
                if ref is not None and days and days.isdigit() and 0 < int(days) <= 999:
                    due = ref + timedelta(days=int(days))
            out.append((due, amount_at(det, "ImportoPagamento")))
    return out


def _summary_total(body: Element, simplified: bool) -> Decimal | None:
    goods = child(body, "DatiBeniServizi")
    if simplified:  # FSM10: each DatiBeniServizi holds an Importo including tax
        values = [amount_at(b, "Importo") for b in children(body, "DatiBeniServizi")]
        known = [v for v in values if v is not None]
        return sum(known, Decimal(0)) if known else None
    total: Decimal | None = None
    for row in children(goods, "DatiRiepilogo"):
        for part in (amount_at(row, "ImponibileImporto"), amount_at(row, "Imposta")):
            if part is not None:
                total = part if total is None else total + part
    return total


def _invoice(
    body: Element, client_name: str | None, client_email: str | None, simplified: bool
) -> InvoiceFacts:
    doc = child(body, "DatiGenerali", "DatiGeneraliDocumento")
    currency = currency_code(text(doc, "Divisa"))
    kind = (text(doc, "TipoDocumento") or "").upper()
    total = amount_at(doc, "ImportoTotaleDocumento")
    if total is None:
        total = _summary_total(body, simplified)
    withheld = [amount_at(r, "ImportoRitenuta") for r in children(doc, "DatiRitenuta")]
    withholding = sum((w for w in withheld if w is not None), Decimal(0))

    installments = _installments(body)
    dated = [i for i in installments if i[0] is not None]
    follow = (
        min(dated, key=lambda i: i[0] or date.max) if dated else (installments[0] if installments else None)
    )
    due = follow[0] if follow else None
    amount = follow[1] if follow else None
    if amount is None and total is not None:
        amount = total - withholding

    credit = kind in CREDIT_NOTE_TYPES or (total is not None and total < 0)
    referenced = text(child(body, "DatiGenerali"), "DatiFattureCollegate", "IdDocumento")
    return InvoiceFacts(
        number=text(doc, "Numero"),
        issue_date=iso_date(text(doc, "Data")),
        due_date=due,
        amount=money(amount, currency),
        total=money(total, currency),
        client_email=client_email,
        client_name=client_name,
        source="fatturapa",
        is_credit_note=credit,
        references_invoice=referenced,
    )
