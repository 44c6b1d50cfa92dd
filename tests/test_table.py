"""`render_status_table`: the contract's status rows as a table a person reads, whole numbers intact."""

from __future__ import annotations

from mailduns.cli.table import render_log_table, render_status_table

ROW = {
    "number": "12/2026",
    "client_email": "bob@example.test",
    "client_name": "Bob Spa",
    "amount": "1220.00",
    "currency": "EUR",
    "issue_date": "2026-11-02",
    "due_date": "2026-12-02",
    "state": "open",
    "last_step": "reminder",
    "next_step": "late_fee",
    "next_at": "2026-12-12T09:00:00+01:00",
    "why": "found in Sent; the client has not answered the first reminder yet, so the ladder goes on",
}


def test_status_table_keeps_numbers_whole_even_when_narrow() -> None:
    for width in (80, 200):
        out = render_status_table(
            [
                ROW,
                {
                    **ROW,
                    "number": "13/2026",
                    "amount": None,
                    "state": "paid",
                    "next_step": None,
                    "next_at": None,
                    "why": "",
                },
            ],
            width=width,
        )
        assert "12/2026" in out and "1220.00 EUR" in out and "late_fee 2026-12-12 09:00" in out
        assert "2026-12-02" in out and "…" not in out
        assert out.splitlines()[0] == "2 invoices, 1 still to be paid"
        assert all(line == line.rstrip() for line in out.splitlines())


def test_empty_tables_say_so_in_words() -> None:
    assert "No invoices are being followed yet" in render_status_table([])
    assert render_log_table([]) == "Nothing has happened to this invoice yet."
