"""Known invoice numbers named in free text, written the many ways clients write them."""

from __future__ import annotations

import time

import pytest

from mailduns.reading import find_invoice_numbers, match_invoice_numbers

KNOWN = ["12/2026", "13/2026", "INV-0042", "7"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the ways people write 12/2026
        ("fatt. 12", [("12/2026", "progressive")]),
        ("vi confermo il pagamento della fatt.12", [("12/2026", "progressive")]),
        ("FT 12/2026", [("12/2026", "exact")]),
        ("ft. 12-2026", [("12/2026", "normalised")]),
        ("pagata la #12", [("12/2026", "progressive")]),
        ("fattura n. 12 del 2 novembre", [("12/2026", "progressive")]),
        ("factura nº 12", [("12/2026", "progressive")]),
        ("Rechnung 12 bezahlt", [("12/2026", "progressive")]),
        ("inv 12 paid", [("12/2026", "progressive")]),
        ("fatt. 12/26", [("12/2026", "short-year")]),
        ("Fattura n. 0012/2026", [("12/2026", "normalised")]),
        ("Factura 12.2026", [("12/2026", "normalised")]),
        ("Fattura_12-2026.pdf", [("12/2026", "normalised")]),
        # the ways people write INV-0042 and 7
        ("invoice 42", [("INV-0042", "normalised")]),
        ("#42 is settled", [("INV-0042", "normalised")]),
        ("INV 42", [("INV-0042", "normalised")]),
        ("Invoice inv-0042 paid", [("INV-0042", "exact")]),
        ("fattura 7", [("7", "exact")]),
        # lists started by an invoice word
        ("fatture 7, 12 e 13", [("12/2026", "progressive"), ("13/2026", "progressive"), ("7", "exact")]),
        ("invoices #12 and #13", [("12/2026", "progressive"), ("13/2026", "progressive")]),
    ],
)
def test_variants(text: str, expected: list[tuple[str, str]]) -> None:
    assert match_invoice_numbers(text, KNOWN) == expected


@pytest.mark.parametrize(
    "text",
    [
        "12/26",  # a short year only after an invoice word (it is also a date)
        "pagheremo il 12",  # a bare 12 is a day, a price, a quantity
        "12 euro",
        "ordine 42",
        "order 42",
        "7 giorni",
        "fattura 112/2026",
        "fattura 12/20267",
        "2026/12/2026",
        "12/2026/1",
        "scadenza 15/12/2026",  # inside a date
        "importo 3.12/2026",
        "1,12/2026",
        "12/2026,5",
        "XINV-0042",
        "INV-00421",
        "fattura di 12 €",  # a word between the invoice word and the number
        "fattura 12, pagata 5 giorni fa, di 7 €",  # the list does not go on through prices
    ],
)
def test_not_named(text: str) -> None:
    assert [n for n, _ in match_invoice_numbers(text, KNOWN)] in ([], ["12/2026"])
    assert "7" not in find_invoice_numbers(text, KNOWN)
    if not text.startswith("fattura 12,"):
        assert find_invoice_numbers(text, KNOWN) == []


def test_separators_and_zeros_only_when_one_number_fits() -> None:
    assert match_invoice_numbers("bonifico per 2026/12", ["2026-012"]) == [("2026-012", "normalised")]
    assert match_invoice_numbers("bonifico per 2026/12", ["2026-012", "2026-12"]) == []
    assert match_invoice_numbers("bonifico per 2026-12", ["2026-012", "2026-12"]) == [("2026-12", "exact")]


def test_progressive_only_when_one_year_fits() -> None:
    assert match_invoice_numbers("fattura 12", ["12/2025", "12/2026"]) == []
    assert match_invoice_numbers("fattura 12", ["12/2026", "13/2026"]) == [("12/2026", "progressive")]
    assert match_invoice_numbers("fattura 12", ["12", "12/2026"]) == [("12", "exact")]


def test_series_letters_are_part_of_the_number() -> None:
    assert find_invoice_numbers("factura B-12", ["A-12", "B-12"]) == ["B-12"]
    assert find_invoice_numbers("factura 12", ["A-12"]) == []


def test_long_numbers_need_no_word() -> None:
    assert find_invoice_numbers("bonifico 20260012 del 3/12", ["20260012"]) == ["20260012"]


def test_strictest_level_is_reported() -> None:
    assert match_invoice_numbers("fattura 12, cioè la 12/2026", KNOWN) == [("12/2026", "exact")]


def test_unknown_and_blank_numbers_are_skipped() -> None:
    assert match_invoice_numbers("fattura 7", [None, "", "  ", "7", "7"]) == [("7", "exact")]
    assert match_invoice_numbers("", KNOWN) == []


def test_long_text_is_fast() -> None:
    # 100k characters where every token looks like an invoice number, 200 known numbers
    text = ("riga 12 di log 3.12/2026 n. 99 " * 3_300) + "fattura 12/2026"
    start = time.perf_counter()
    assert find_invoice_numbers(text, [f"{i}/2026" for i in range(1, 200)]) == ["12/2026", "99/2026"]
    assert time.perf_counter() - start < 1.0


@pytest.mark.parametrize(
    ("text", "known", "found"),
    [
        # banks run a reference together in a transfer's description
        ("Reference INV2026042 Faster Payment", ["INV-2026-042", "INV-2026-043"], ["INV-2026-042"]),
        ("ACH: KESTREL LABS PAYABLES inv2026064 PPD ID 18", ["INV-2026-064"], ["INV-2026-064"]),
        ("Concepto 2026045 MORENO", ["2026-045", "2026-046"], ["2026-045"]),
        ("SALDO FT122026 ROSSI", ["12/2026", "122/2026"], ["12/2026"]),
        # never a short run-together number without an invoice word, nor a year alone
        ("CAP 12026 Cuneo", ["1/2026"], []),
        ("paid 2026 items 42", ["INV-2026-042"], []),
    ],
)
def test_a_number_run_together(text: str, known: list[str], found: list[str]) -> None:
    assert find_invoice_numbers(text, known) == found
