"""When a formal notice's term ends (issue 16/18 follow-up, docs/letters-review.md "2026-12-07").

Italy: art. 2963 c.c. (art. 1187 c.c. applies it to the terms for performing an obligation) — the
starting day does not count, and a term whose last day is a Sunday or a public holiday ends on the
next day that is neither. Saturday is not a holiday. The calendar is the project's sending calendar
(`core.sending_calendar.public_holidays`), the owner's Italian province when `[sending] holidays`
names one (the debt is paid at the creditor's domicile, art. 1182 c.c.). Spain: art. 5 Código
Civil, civil terms do not skip holidays. England and Ireland: a contractual term is not moved.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from mailduns.core.legal import italian_calendar, term_end
from mailduns.letters.compose import Templates, default_templates_dir
from mailduns.letters.notice import FormalNotice, render_notice, sample_notices
from mailduns.store.db import NewInvoice, Store
from mailduns.store.notices import add_notice, set_posted


@pytest.mark.parametrize(
    ("start", "system", "holidays", "end"),
    [
        (date(2026, 12, 10), "IT", "", date(2026, 12, 28)),  # 25 Christmas, 26 Santo Stefano, 27 Sunday
        (date(2026, 12, 22), "IT", "", date(2027, 1, 7)),  # 6 January, Epiphany
        (date(2026, 11, 1), "IT", "", date(2026, 11, 16)),  # a Monday: unchanged
        (date(2026, 12, 11), "IT", "", date(2026, 12, 28)),  # 26 Santo Stefano (a Saturday), 27 Sunday
        (date(2027, 1, 1), "IT", "", date(2027, 1, 16)),  # a Saturday is not a holiday: unchanged
        (date(2027, 3, 14), "IT", "", date(2027, 3, 30)),  # 29 March 2027, Easter Monday
        (date(2026, 9, 19), "IT", "", date(2026, 10, 5)),  # 4 October 2026 (San Francesco, a Sunday too)
        (
            date(2027, 9, 19),
            "IT",
            "",
            date(2027, 10, 5),
        ),  # Monday 4 October 2027: San Francesco, a national holiday again from 2026
        (date(2026, 11, 22), "IT", "", date(2026, 12, 7)),  # Monday 7 December: a working day in Rome…
        (date(2026, 11, 22), "IT", "IT-MI", date(2026, 12, 9)),  # …Sant'Ambrogio in Milan, then the 8th
        (date(2026, 11, 22), "IT", "ES", date(2026, 12, 7)),  # a non-Italian sending calendar: national
        (date(2026, 12, 10), "ES", "ES", date(2026, 12, 25)),  # art. 5.2 CC: holidays count
        (date(2026, 12, 10), "GB", "GB", date(2026, 12, 25)),
        (date(2026, 12, 10), "IE", "IE", date(2026, 12, 25)),
        (date(2026, 12, 10), None, "IT", date(2026, 12, 25)),
    ],
)
def test_term_end(start: date, system: str | None, holidays: str, end: date) -> None:
    assert term_end(start, 15, system, holidays) == end


def test_italian_calendar_is_the_owners_province_else_national() -> None:
    assert italian_calendar("IT-MI") == "IT-MI" and italian_calendar("it") == "IT"
    assert italian_calendar("") == "IT" and italian_calendar("ES-MD") == "IT"


NOW = datetime(2026, 12, 10, 10, 0, tzinfo=UTC)  # + 15 days = Christmas


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("it", "e quindi entro il 28 dicembre 2026"),
        ("es", "es decir, a más tardar el 25 de diciembre de 2026"),
        ("en", "that is by 25 December 2026"),
    ],
)
def test_the_notice_states_the_legal_end_of_the_term(language: str, said: str) -> None:
    templates = Templates(default_templates_dir())
    notice = sample_notices(language, NOW)[0]
    text = " ".join(render_notice(templates, notice).split())
    assert said in text, text
    cover = " ".join(render_notice(templates, notice, "formal_notice_cover").split())
    assert said.split()[-3] in cover  # the cover repeats the same day


def test_an_english_notice_under_italian_law_moves_too() -> None:
    n = sample_notices("en", NOW)[0]
    moved = FormalNotice(**{**n.__dict__, "law": "IT"})
    assert moved.deadline == date(2026, 12, 28) and n.deadline == date(2026, 12, 25)


def _invoice(store: Store) -> int:
    from mailduns.core.model import InvoiceState

    added = store.add_invoice(
        NewInvoice(
            key="k#12/2026",
            number="12/2026",
            message_id="<i@x>",
            references=(),
            subject="Fattura 12/2026",
            folder="Sent",
            uidvalidity=1,
            uid=1,
            sent_at=NOW,
            issue_date=date(2026, 11, 2),
            due_date=date(2026, 12, 2),
            amount=None,
            total=None,
            client_email="a@acme.example",
            client_name="ACME srl",
            recipients=("a@acme.example",),
            cc=(),
            language="it",
            source="body",
            state=InvoiceState.OPEN,
            why="",
        ),
        NOW,
    )
    assert added is not None
    return added.id


@pytest.mark.parametrize(("language", "deadline"), [("it", date(2026, 12, 28)), ("es", date(2026, 12, 26))])
def test_a_posted_letter_gets_the_legal_deadline(tmp_path: object, language: str, deadline: date) -> None:
    from pathlib import Path

    store = Store(Path(str(tmp_path)) / "state.db")
    n = add_notice(
        store,
        invoice_id=_invoice(store),
        step="diffida",
        channel="letter",
        language=language,
        message_id="<l@x>",
        recipients=(),
        pdf=b"%PDF",
        eml=None,
        deadline_days=15,
        at=NOW,
    )
    assert set_posted(store, n.id, date(2026, 12, 11)).deadline == deadline
    store.close()
