"""Families round 4's writers exposed (issue 15): a payment done with its arrival foretold, Spanish
impersonal "se" and irregular preterites, a document sent with a clitic, days before the message or
a year ahead, "until and including". Messages written here, not copied from the labelled sets."""

from __future__ import annotations

from datetime import date

import pytest

from mailduns.reading import read_message

from tests.test_reading_classify import mk

REMINDER_EN = (
    "\n\nOn Mon, 14 Dec 2026 at 09:00, Priya Shah <priya@shahcopy.co.uk> wrote:\n"
    "> Invoice PS-200 for £900.00 is now overdue.\n"
)


@pytest.mark.parametrize(
    "body",
    [
        "Hi, this went out in last night's supplier run so it should be with you in a couple of days. Best, Ann",
        "Morning! Paid on Monday via BACS, should reach you by Thursday at the latest.",
    ],
)
def test_a_payment_made_whose_arrival_is_foretold_is_paid(body: str) -> None:
    facts = read_message(
        mk("Re: Invoice PS-200", body + REMINDER_EN, date_="Wed, 16 Dec 2026 10:00:00 +0000")
    )
    assert facts.kind == "client-reply-paid"
    assert facts.reply.promised_date is None


@pytest.mark.parametrize(
    "body",
    [
        "Hola Marta, se pagó ayer en la remesa de proveedores, en unos días lo tendrás en la cuenta.",
        "Marta, ya te dije que estaba pagado: se hizo el 3 de diciembre, te adjunto la captura del banco.",
    ],
)
def test_spanish_impersonal_se_and_irregular_preterites_are_a_payment_made(body: str) -> None:
    facts = read_message(mk("RE: Factura A26-050", body, date_="Fri, 04 Dec 2026 12:00:00 +0100"))
    assert facts.kind == "client-reply-paid"
    assert facts.reply.promised_date is None


def test_a_certificate_sent_later_does_not_turn_a_payment_into_a_promise() -> None:
    body = (
        "Buenas Diego, pagada hoy la factura: 1.210,00 €. El certificado de retenciones os lo "
        "mandamos a finales de enero como todos los años.\nSaludos, Pilar"
    )
    facts = read_message(mk("RE: Factura DF-2026-200", body, date_="Thu, 03 Dec 2026 12:00:00 +0100"))
    assert facts.kind == "client-reply-paid"


def test_a_day_already_gone_is_never_a_promised_date() -> None:
    body = (
        "Ciao, la 51/2026 è uscita nel giro pagamenti di venerdì scorso (15/01): dovresti averla già "
        "ricevuta o riceverla a breve.\nSara"
    )
    facts = read_message(mk("Re: Fattura 51/2026", body, date_="Mon, 18 Jan 2027 10:00:00 +0100"))
    assert facts.kind == "client-reply-paid"
    assert facts.reply.promised_date is None


@pytest.mark.parametrize(
    ("body", "back"),
    [
        ("I am away until and including Thursday 4 February and will not read e-mail.", date(2027, 2, 5)),
        ("Sono in ferie fino al 6 gennaio compreso, senza accesso alla posta.", date(2027, 1, 7)),
        ("Estoy fuera de la oficina hasta el 8 de enero inclusive.", date(2027, 1, 9)),
        ("I am away until 4 February.", date(2027, 2, 4)),
    ],
)
def test_until_and_including_means_back_the_next_day(body: str, back: date) -> None:
    facts = read_message(
        mk(
            "Automatic reply: Invoice",
            body,
            headers="Auto-Submitted: auto-replied\n",
            date_="Mon, 21 Dec 2026 10:00:00 +0100",
        )
    )
    assert facts.kind == "auto-reply"
    assert facts.reply.return_date == back


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        ("Si invita codesta ditta a emettere nota di credito a storno integrale della fattura.", "it"),
        ("Le pagaremos la factura en cuanto nos mandéis las fotos que faltan de la sesión.", "es"),
        ("Given the delays we'd like 10% off before we approve it.", "en"),
        ("We deducted £150 for the late delivery and paid the rest.", "en"),
    ],
)
def test_disputes_in_office_prose_penalties_and_work_still_owed(body: str, lang: str) -> None:
    facts = read_message(mk("Re: Fattura 30/2026", body, date_="Mon, 30 Nov 2026 10:00:00 +0100"))
    assert facts.kind == "client-reply-dispute", (lang, facts.kind)


def test_the_withholding_tax_deducted_is_a_normal_payment() -> None:
    body = "Hi Tom, paid today, net of the withholding tax deducted as usual. Cheers, Dan"
    facts = read_message(mk("Re: Invoice INV-2026-040", body, date_="Mon, 30 Nov 2026 10:00:00 +0000"))
    assert facts.kind == "client-reply-paid"
