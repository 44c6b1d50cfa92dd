"""The real e-invoices of the shared corpus (/work/shared/corpus/einvoice) against their labels.

The corpus lives beside the project and is not part of it: these tests skip when it is absent.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from mailduns.reading.einvoice import read_attachment
from mailduns.reading.model import InvoiceFacts

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
LABELS = CORPUS / "labels.toml"

if not LABELS.is_file():
    pytest.skip(
        f"shared corpus not found at {CORPUS} (it lives outside the repository)", allow_module_level=True
    )

_ALL: dict[str, dict[str, Any]] = tomllib.loads(LABELS.read_text(encoding="utf-8"))["files"]
EINVOICES = {k: v for k, v in _ALL.items() if k.startswith("einvoice/") and (CORPUS / k).is_file()}


def _read(key: str) -> list[InvoiceFacts]:
    path = CORPUS / key
    return read_attachment(path.name, "", path.read_bytes())


def expected(label: dict[str, Any]) -> dict[str, str | None]:
    """The labelled facts that InvoiceFacts can hold, in its terms (amounts as plain strings)."""
    out: dict[str, str | None] = {"number": label["invoice_number"], "issue_date": label["issue_date"]}
    if "due_date" in label:
        out["due_date"] = label["due_date"]
    elif "due_dates" in label:
        out["due_date"] = label["due_dates"][0]  # the reader follows the first installment
    if "total_amount" in label:
        out["total"] = two_places(label["total_amount"])
    if "amount_payable" in label:
        out["amount"] = two_places(label["amount_payable"])
    elif "installment_amounts" in label:
        out["amount"] = two_places(label["installment_amounts"][0])
    out["currency"] = label.get("currency")
    out["client_name"] = label.get("buyer")
    return out


def two_places(amount: str) -> str:
    """ "7125" -> "7125.00", as InvoiceFacts.to_json writes amounts."""
    whole, _, cents = amount.partition(".")
    return f"{whole}.{(cents + '00')[:2]}"


def got(inv: InvoiceFacts) -> dict[str, str | None]:
    j = inv.to_json()
    return {
        k: j[k] for k in ("number", "issue_date", "due_date", "total", "amount", "currency", "client_name")
    }


@pytest.mark.parametrize("key", sorted(EINVOICES))
def test_every_labelled_einvoice_reads_right(key: str) -> None:
    labels = EINVOICES[key]["invoices"]
    facts = _read(key)
    assert len(facts) == len(labels)
    for inv, label in zip(facts, labels, strict=True):
        want = expected(label)
        have = got(inv)
        assert {k: have[k] for k in want} == want
        assert inv.is_credit_note == ("credit note" in label.get("document_type", ""))


def test_sources_name_the_format() -> None:
    sources = {key.split("/")[1]: {f.source for f in _read(key)} for key in EINVOICES}
    assert sources == {
        "cii-facturx": {"cii"},
        "facturae": {"facturae"},
        "fatturapa": {"fatturapa"},
        "peppol-bis3": {"ubl"},
    }


def test_the_credit_note_names_the_corrected_invoice() -> None:
    key = "einvoice/peppol-bis3/base-creditnote-correction.xml"
    if key not in EINVOICES:
        pytest.skip(f"{key} not in the corpus")
    [cn] = _read(key)
    assert cn.is_credit_note and cn.references_invoice == "Snippet1" and cn.due_date is None


def test_terms_only_due_dates_are_computed() -> None:
    # "Payment within 30 days" and no cbc:DueDate: the labels state no due date, the reader derives one
    key = "einvoice/peppol-bis3/vat-category-O.xml"
    if key not in EINVOICES:
        pytest.skip(f"{key} not in the corpus")
    [inv] = _read(key)
    assert inv.due_date is not None and inv.due_date.isoformat() == "2018-09-29"
