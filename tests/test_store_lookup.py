"""Finding a client's invoices by address and the known invoice numbers in SQL, exactly as the old
load-everything-and-filter did (the inbox asks once per message)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from mailduns.core.money import Money
from mailduns.store.db import NewInvoice, Store

AT = datetime(2026, 11, 2, 10, tzinfo=UTC)
FOLLOWED = ("open", "snoozed", "hold", "closed")


def _add(
    store: Store,
    number: str,
    client: str | None,
    to: tuple[str, ...],
    cc: tuple[str, ...] = (),
    state: str = "open",
) -> None:
    money = Money.of("100.00")
    store.add_invoice(
        NewInvoice(
            key=f"<{number}@alice>",
            number=number,
            message_id=f"<{number}@alice>",
            references=(),
            subject=number,
            folder="Sent",
            uidvalidity=1,
            uid=len(number),
            sent_at=AT,
            issue_date=date(2026, 11, 2),
            due_date=date(2026, 12, 2),
            amount=money,
            total=money,
            client_email=client,
            client_name=None,
            recipients=to,
            cc=cc,
            language="it",
            source="body",
            state=state,
            why="test",
        ),
        AT,
    )


def test_invoices_with_address_matches_exactly_what_a_full_scan_would(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    _add(store, "1/2026", "mario_rossi@acme.it", ("mario_rossi@acme.it",))
    _add(store, "2/2026", "marioXrossi@acme.it", ("marioXrossi@acme.it",))  # '_' must not match 'X'
    _add(store, "3/2026", "ufficio@acme.it", ("ufficio@acme.it",), cc=("mario_rossi@acme.it",))
    _add(store, "4/2026", None, ("josé@ñandú.es",))  # non-ASCII, escaped in JSON
    _add(store, "5/2026", "mario_rossi@acme.it", ("mario_rossi@acme.it",), state="history")
    _add(store, "6/2026", "amario_rossi@acme.it", ("amario_rossi@acme.it",))  # a longer address
    try:
        everything = store.invoices(list(FOLLOWED))
        for address in (
            "mario_rossi@acme.it",
            "marioXrossi@acme.it",
            "josé@ñandú.es",
            "ufficio@acme.it",
            "nobody@acme.it",
            "acme.it",
        ):
            full_scan = [
                i.number
                for i in everything
                if address == i.client_email or address in i.recipients or address in i.cc
            ]
            assert [i.number for i in store.invoices_with_address(address, FOLLOWED)] == full_scan, address
        assert [i.number for i in store.invoices_with_address("mario_rossi@acme.it", FOLLOWED)] == [
            "1/2026",
            "3/2026",
        ]
        assert [i.number for i in store.invoices_with_address("josé@ñandú.es", FOLLOWED)] == ["4/2026"]
        assert sorted(store.invoice_numbers(FOLLOWED)) == ["1/2026", "2/2026", "3/2026", "4/2026", "6/2026"]
    finally:
        store.close()
