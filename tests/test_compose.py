"""Composing reminders: the words the client reads and the headers that keep them in the invoice thread."""

from __future__ import annotations

import email
import email.policy
import re
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from email.message import EmailMessage
from pathlib import Path

import pytest

from mailduns.letters.compose import (
    DEFAULT_LADDER,
    OWNER_NOTICE,
    InvoiceRef,
    Templates,
    compose_owner_notice,
    compose_reminder,
    default_templates_dir,
    make_message_id,
    reminder_context,
)
from mailduns.core.errors import TemplateError
from mailduns.core.fees import FeeQuote, quote_fees
from mailduns.core.money import Money

LANGS = ("it", "es", "en")
STEP_DAYS = {"courtesy": -3, "due": 0, "reminder": 5, "late_fee": 10, "suspension": 20, "final": 30}
ROME = timezone(timedelta(hours=1))
OWNER = "alessandra@example.it"

AMOUNT = {"it": "1.220,00 €", "es": "1.220,00 €", "en": "€1,220.00"}
DUE = {"it": "2 dicembre 2026", "es": "2 de diciembre de 2026", "en": "2 December 2026"}
# A company is addressed as one (docs/letters-review: it L1, es L1, en S1); a letter with no name is neutral.
GREETING = {"it": "Spett.le ACME srl,", "es": "Estimados señores:", "en": "Dear Accounts Team,"}
NEUTRAL = {"it": "Buongiorno,", "es": "Buenos días:", "en": "Hello,"}
# The English final notice follows the British convention for a formal letter to a company or an unknown reader.
FORMAL = {"en": "Dear Sir or Madam,"}
LAW = {"it": "D.Lgs. 231/2002", "es": "Ley 3/2004", "en": "2011/7/EU"}


def invoice(**changes: object) -> InvoiceRef:
    base: dict[str, object] = {
        "number": "12/2026",
        "subject": "Fattura 12/2026",
        "message_id": "<inv-12-2026@example.it>",
        "references": ("<earlier@example.it>",),
        "amount": Money.of("1220.00"),
        "issue_date": date(2026, 11, 2),
        "due_date": date(2026, 12, 2),
        "client_name": "ACME srl",
        "to": ("Amministrazione ACME <amministrazione@acme.example>",),
        "cc": (),
    }
    base.update(changes)
    return InvoiceRef(**base)  # type: ignore[arg-type]


def at(days_after_due: int, hour: int = 10) -> datetime:
    return datetime(2026, 12, 2, hour, 0, tzinfo=ROME) + timedelta(days=days_after_due)


def fee_on(inv: InvoiceRef, now: datetime, *, business: bool = True) -> FeeQuote:
    assert inv.amount is not None
    return quote_fees(
        inv.amount,
        inv.due_date,
        now.date(),
        business=business,
        statutory_interest=True,
        fixed_compensation=Decimal("40.00"),
        flat=Decimal(0),
        percent=Decimal(0),
        late_fee_steps=1,
        ecb_rate=Decimal("2.15"),
    )


@pytest.fixture(scope="module")
def templates() -> Templates:
    return Templates(default_templates_dir())


def reminder(
    templates: Templates, language: str, step: str, inv: InvoiceRef | None = None, **kwargs: object
) -> EmailMessage:
    inv = inv or invoice()
    now = kwargs.pop("now", at(STEP_DAYS[step]))
    assert isinstance(now, datetime)
    fee = kwargs.pop("fee", fee_on(inv, now) if STEP_DAYS[step] >= 10 and inv.amount else None)
    return compose_reminder(
        templates,
        inv=inv,
        language=language,
        template=step,
        step_name=step,
        step_days=STEP_DAYS[step],
        now=now,
        owner_name="Alessandra Rossi",
        owner_email=OWNER,
        fee=fee,
        **kwargs,
    )  # type: ignore[arg-type]


TITLE = {
    "it": "Oggetto: diffida di pagamento e costituzione in mora – fattura n. 12/2026",
    "es": "Asunto: Requerimiento de pago de la factura n.º 12/2026",
    "en": "Final notice before debt recovery",
}


def greeting_line(text: str, lang: str, step: str) -> str:
    """The salutation: the first line, except in the final notice, which opens with its title (and, in
    English, a block that names the debtor, the date, the invoice, the amount and the deadline)."""
    lines = text.splitlines()
    if step == "final":
        # the Italian title names the invoice's date when it is known: "… n. 12/2026 del 2 novembre 2026"
        assert lines[0].startswith(TITLE[lang]) and lines[1] == ""
        paragraphs = text.split("\n\n")
        return paragraphs[2 if lang == "en" else 1].splitlines()[0]
    return lines[0]


def body(msg: EmailMessage) -> str:
    part = msg.get_body(("plain",))
    assert part is not None
    content = part.get_content()
    assert isinstance(content, str)
    return content


# --- the default templates -------------------------------------------------------------------------


def test_default_templates_dir_has_every_language_and_step() -> None:
    root = default_templates_dir()
    for lang in LANGS:
        for name in (*DEFAULT_LADDER, OWNER_NOTICE):
            assert (root / lang / f"{name}.txt.j2").is_file(), f"{lang}/{name}"


def test_names_lists_templates_not_partials(templates: Templates) -> None:
    for lang in LANGS:
        names = templates.names(lang)
        assert set(DEFAULT_LADDER) | {OWNER_NOTICE} <= set(names)
        assert not any(n.startswith("_") for n in names)


def test_check_default_templates_is_clean(templates: Templates) -> None:
    assert templates.check(LANGS, (*DEFAULT_LADDER, OWNER_NOTICE)) == []


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("step", DEFAULT_LADDER)
def test_every_letter_states_the_facts(templates: Templates, lang: str, step: str) -> None:
    text = body(reminder(templates, lang, step))
    expected = FORMAL.get(lang, GREETING[lang]) if step == "final" else GREETING[lang]
    assert greeting_line(text, lang, step) == expected
    assert "12/2026" in text
    assert AMOUNT[lang] in text
    assert DUE[lang] in text
    assert text.rstrip().endswith("Alessandra Rossi")
    # how to pay / who to contact
    assert any(
        w in text
        for w in (
            "fattura, nel messaggio originale",
            "figuran en la factura",
            "payment details are on the invoice",
        )
    )
    assert "\n\n\n" not in text and "{{" not in text and "{%" not in text
    assert all(line == line.rstrip() for line in text.splitlines())


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("step", DEFAULT_LADDER)
def test_letters_without_name_amount_or_issue_date(templates: Templates, lang: str, step: str) -> None:
    inv = invoice(client_name=None, amount=None, issue_date=None)
    text = body(reminder(templates, lang, step, inv, fee=None))
    expected = FORMAL.get(lang, NEUTRAL[lang]) if step == "final" else NEUTRAL[lang]
    assert greeting_line(text, lang, step) == expected
    assert "12/2026" in text and DUE[lang] in text
    assert "None" not in text and "€" not in text


def test_courtesy_wording(templates: Templates) -> None:
    it = body(reminder(templates, "it", "courtesy"))
    assert (
        "la fattura n. 12/2026 di 1.220,00 €, emessa il 2 novembre 2026, è in scadenza il 2 dicembre 2026."
    ) in it
    es = body(reminder(templates, "es", "courtesy"))
    assert (
        "la factura n.º 12/2026 de 1.220,00 €, emitida el 2 de noviembre de 2026, "
        "vence el 2 de diciembre de 2026."
    ) in es
    en = body(reminder(templates, "en", "courtesy"))
    assert (
        "This is a friendly reminder that invoice 12/2026 for €1,220.00, issued on 2 November 2026, "
        "is due for payment on 2 December 2026."
    ) in en


def test_due_letter_follows_the_actual_date(templates: Templates) -> None:
    on_time = body(reminder(templates, "it", "due", now=at(0)))
    assert "è in scadenza oggi, 2 dicembre 2026" in on_time
    late = body(reminder(templates, "it", "due", now=at(2)))
    assert "è scaduta il 2 dicembre 2026" in late and "oggi" not in late
    assert "venció el 2 de diciembre de 2026" in body(reminder(templates, "es", "due", now=at(1)))
    assert "vence hoy, 2 de diciembre de 2026" in body(reminder(templates, "es", "due", now=at(0)))
    assert "was due for payment on 2 December 2026" in body(reminder(templates, "en", "due", now=at(1)))
    assert "is due for payment today, 2 December 2026" in body(reminder(templates, "en", "due", now=at(0)))


def test_today_is_the_owners_local_date(templates: Templates) -> None:
    # 23:30 UTC on the 1st is already the 2nd in Rome: "due today", not "due tomorrow"
    now = datetime(2026, 12, 1, 23, 30, tzinfo=UTC).astimezone(ROME)
    assert "oggi" in body(reminder(templates, "it", "due", now=now))


def test_italian_articles_before_dates(templates: Templates) -> None:
    eight = body(reminder(templates, "it", "reminder", invoice(due_date=date(2026, 12, 8)), now=at(11)))
    assert "scaduta l'8 dicembre 2026" in eight and "il 8" not in eight
    first = body(reminder(templates, "it", "courtesy", invoice(due_date=date(2026, 12, 1)), now=at(-4)))
    assert "in scadenza il 1° dicembre 2026" in first
    eleven = body(reminder(templates, "it", "courtesy", invoice(issue_date=date(2026, 11, 11))))
    assert "emessa l'11 novembre 2026" in eleven
    # diciotto starts with a consonant: "il 18", never "l'18" (it review L2)
    eighteen = body(reminder(templates, "it", "reminder", invoice(due_date=date(2026, 12, 18)), now=at(21)))
    assert "scaduta il 18 dicembre 2026" in eighteen and "l'18" not in eighteen


@pytest.mark.parametrize(
    ("lang", "name", "greeting"),
    [
        ("it", "ACME S.p.A.", "Spett.le ACME S.p.A.,"),
        ("it", "Mario Rossi", "Gentile Mario Rossi,"),
        ("it", "amm@acme.it", "Buongiorno,"),
        ("it", "Studio Bianchi", "Spett.le Studio Bianchi,"),
        ("es", "Ibérica Diseño SL", "Estimados señores:"),
        ("es", "Teresa Sánchez", "Buenos días, Teresa Sánchez:"),
        ("es", "Ayuntamiento de Getafe", "Estimados señores:"),
        ("en", "ACME Ltd", "Dear Accounts Team,"),
        ("en", "Mario Rossi", "Dear Mario Rossi,"),
        ("en", "amm@acme.it", "Hello,"),
    ],
)
def test_salutation_for_a_company_a_person_and_an_address(
    templates: Templates, lang: str, name: str, greeting: str
) -> None:
    text = body(reminder(templates, lang, "reminder", invoice(client_name=name)))
    assert text.splitlines()[0] == greeting


def test_a_statement_at_the_final_step_is_a_formal_notice(templates: Templates) -> None:
    """One statement for several invoices must not downgrade the final notice (it review G5)."""
    from mailduns.letters.compose import compose_statement

    invs = [invoice(), invoice(number="13/2026", due_date=date(2026, 11, 20))]
    msg = compose_statement(
        templates,
        invoices=invs,
        language="it",
        step_name="final",
        step_days=30,
        now=at(30),
        owner_name="Alessandra Rossi",
        owner_email=OWNER,
        fees=[None, None],
    )
    assert "costituzione in mora" in body(msg) and "1219" in body(msg)


@pytest.mark.parametrize("lang", LANGS)
def test_late_fee_letter_states_interest_and_compensation(templates: Templates, lang: str) -> None:
    text = body(reminder(templates, lang, "late_fee"))
    # 1220.00 × 10.15% × 10/365 = 3.39 ; + 40.00 → 1263.39
    interest = {"it": "3,39 €", "es": "3,39 €", "en": "€3.39"}[lang]
    comp = {"it": "40,00 €", "es": "40,00 €", "en": "€40.00"}[lang]
    total = {"it": "1.263,39 €", "es": "1.263,39 €", "en": "€1,263.39"}[lang]
    rate = {"it": "10,15%", "es": "10,15 %", "en": "10.15%"}[lang]
    assert LAW[lang] in text and "2011/7" in text
    assert interest in text and comp in text and total in text and rate in text
    # the computation, line by line, as `preview` shows it
    assert {
        "it": "- Interessi moratori: 1.220,00 € × 10,15% × 10/365 = 3,39 €",
        "es": "- Intereses de demora: 1.220,00 € × 10,15 % × 10/365 = 3,39 €",
        "en": "- Late-payment interest: €1,220.00 × 10.15% × 10/365 = €3.39",
    }[lang] in text


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("step", ["reminder", "late_fee", "suspension", "final"])
def test_consumers_hear_nothing_about_fees(templates: Templates, lang: str, step: str) -> None:
    inv = invoice()
    now = at(STEP_DAYS[step])
    text = body(reminder(templates, lang, step, inv, now=now, fee=fee_on(inv, now, business=False)))
    for word in ("231/2002", "3/2004", "2011/7", "interess", "intereses", "interest", "40,00", "€40"):
        assert word not in text


def test_only_contractual_fee_does_not_cite_the_law(templates: Templates) -> None:
    inv = invoice()
    assert inv.amount is not None
    fee = quote_fees(
        inv.amount,
        inv.due_date,
        date(2026, 12, 12),
        business=True,
        statutory_interest=False,
        fixed_compensation=Decimal(0),
        flat=Decimal("25.00"),
        percent=Decimal(0),
        late_fee_steps=1,
    )
    text = body(reminder(templates, "it", "late_fee", inv, fee=fee))
    assert "231/2002" not in text
    assert "- Maggiorazione per ritardato pagamento, come da condizioni concordate: 25,00 €" in text
    assert "- Totale dovuto: 1.245,00 €" in text


def test_suspension_and_final_give_dates_without_threats(templates: Templates) -> None:
    susp = body(reminder(templates, "it", "suspension"))
    # sent Tue 22 Dec 2026: deadline + 7 days = Tue 29 Dec, suspension from Wed 30 Dec
    assert "entro il 29 dicembre 2026, dal 30 dicembre 2026" in susp
    # the final notice names the one lawful next step as an intention, with options, and keeps a door
    # open (docs/letters-review/en.md L6); it never threatens, and never says "without further notice"
    final = body(reminder(templates, "en", "final"))
    assert "I intend to take steps to recover the debt" in final
    assert "if necessary, starting court proceedings" in final
    assert "I would much rather resolve this with you directly" in final
    for word in (
        "lawyer",
        "legal action",
        "immediately",
        "without further notice",
        "criminal",
        "avvocato",
        "tribunale",
        "abogado",
    ):
        assert word not in final.lower()


def test_deadline_never_falls_on_a_weekend() -> None:
    ctx = reminder_context(
        invoice(),
        language="en",
        step_name="final",
        step_days=30,
        now=datetime(2026, 12, 5, 10, tzinfo=ROME),  # a Saturday
        owner_name="A",
        fee=None,
    )
    assert ctx["deadline"] == "14 December 2026"  # Sat 12 → Mon 14


def test_payment_details_when_given(templates: Templates) -> None:
    iban = "IBAN IT60 X054 2811 1010 0000 0123 456"
    text = body(reminder(templates, "it", "reminder", payment_details=iban))
    assert "Per il pagamento: IBAN IT60 X054 2811 1010 0000 0123 456" in text


def test_foreign_currency_is_shown_as_is(templates: Templates) -> None:
    text = body(reminder(templates, "it", "courtesy", invoice(amount=Money.of("1220.00", "USD"))))
    assert "1.220,00 USD" in text


def test_context_contains_only_preformatted_strings() -> None:
    ctx = reminder_context(
        invoice(),
        language="it",
        step_name="late_fee",
        step_days=10,
        now=at(10),
        owner_name="Alessandra Rossi",
        fee=fee_on(invoice(), at(10)),
    )
    assert ctx["amount"] == "1.220,00 €"
    assert ctx["due_date"] == "2 dicembre 2026"
    assert ctx["days_late"] == 10 and ctx["days_to_due"] == 0
    assert ctx["fee_total_due"] == "1.263,39 €"
    assert not any(isinstance(v, (Decimal, float, Money, date)) for v in ctx.values())


# --- headers ---------------------------------------------------------------------------------------


def test_reminder_headers(templates: Templates) -> None:
    msg = reminder(templates, "it", "reminder")
    assert msg["From"] == f"Alessandra Rossi <{OWNER}>"
    assert msg["To"] == "Amministrazione ACME <amministrazione@acme.example>"
    assert msg["Cc"] is None
    assert msg["Subject"] == "Re: Fattura 12/2026"
    assert msg["In-Reply-To"] == "<inv-12-2026@example.it>"
    assert msg["References"] == "<earlier@example.it> <inv-12-2026@example.it>"
    assert msg["X-Mailduns"] == "reminder; invoice=12/2026; step=reminder"
    assert msg["Auto-Submitted"] == "auto-generated"
    assert msg["Date"] == "Mon, 07 Dec 2026 10:00:00 +0100"
    assert msg["Content-Language"] == "it"
    assert msg.get_content_type() == "text/plain"
    assert msg.get_content_charset() == "utf-8"
    assert re.fullmatch(r"<mailduns\.[0-9a-f]{20}@example\.it>", str(msg["Message-ID"]))


@pytest.mark.parametrize(
    "subject",
    [
        "Re: Fattura 12/2026",
        "RE: Fattura 12/2026",
        "R: Fattura 12/2026",
        "re:Fattura 12/2026",
        "RIF: Fattura 12/2026",
        "AW: Fattura 12/2026",
    ],
)
def test_subject_never_stacks_reply_prefixes(templates: Templates, subject: str) -> None:
    msg = reminder(templates, "it", "reminder", invoice(subject=subject))
    assert msg["Subject"] == subject
    assert not msg["Subject"].lower().startswith(("re: re:", "re: r:"))


def test_subject_is_one_line_and_has_a_fallback(templates: Templates) -> None:
    assert (
        reminder(templates, "it", "reminder", invoice(subject="Fattura\r\n 12/2026"))["Subject"]
        == "Re: Fattura 12/2026"
    )
    assert reminder(templates, "es", "reminder", invoice(subject=""))["Subject"] == "Re: Factura 12/2026"


def test_recipients_deduplicated_and_never_the_owner(templates: Templates) -> None:
    inv = invoice(
        to=("Mario <mario@acme.example>", f"Me <{OWNER.upper()}>"),
        cc=("MARIO@acme.example", "conta@acme.example", OWNER),
    )
    msg = reminder(
        templates, "it", "reminder", inv, cc=("conta@acme.example", "studio@legale.example", OWNER)
    )
    assert msg["To"] == "Mario <mario@acme.example>"
    assert msg["Cc"] == "conta@acme.example, studio@legale.example"


def test_references_deduplicated_in_order_and_never_encoded(templates: Templates) -> None:
    long_ids = tuple(f"<{'x' * 70}.{i}@mail.example.com>" for i in range(4))
    inv = invoice(message_id=long_ids[2].strip("<>"), references=(long_ids[0], long_ids[1], long_ids[2]))
    msg = reminder(templates, "it", "reminder", inv)
    assert msg["In-Reply-To"] == long_ids[2]
    assert msg["References"] == " ".join(long_ids[:3])
    raw = msg.as_bytes(policy=email.policy.SMTP)
    assert b"=?utf-8?" not in raw.split(b"\r\n\r\n", 1)[0].split(b"Subject:")[0]
    parsed = email.message_from_bytes(raw, policy=email.policy.default)
    assert parsed["References"] == " ".join(long_ids[:3])
    assert parsed["In-Reply-To"] == long_ids[2]


def test_no_thread_headers_without_invoice_message_id(templates: Templates) -> None:
    msg = reminder(templates, "it", "reminder", invoice(message_id=None, references=()))
    assert msg["In-Reply-To"] is None and msg["References"] is None


def test_message_id_is_deterministic_per_invoice_and_step(templates: Templates) -> None:
    a = reminder(templates, "it", "reminder")["Message-ID"]
    b = reminder(templates, "it", "reminder", now=at(6))["Message-ID"]
    c = reminder(templates, "it", "late_fee")["Message-ID"]
    assert a == b and a != c
    assert a == make_message_id(OWNER, "12/2026", "reminder")
    given = reminder(templates, "it", "reminder", message_id="<fixed@example.it>")
    assert given["Message-ID"] == "<fixed@example.it>"


def test_make_message_id() -> None:
    mid = make_message_id("example.it", "12/2026", "reminder")
    assert mid == make_message_id("someone@Example.IT", "12/2026", "reminder")
    assert re.fullmatch(r"<mailduns\.[0-9a-f]{20}@example\.it>", mid)
    assert make_message_id("example.it", "1", "23") != make_message_id("example.it", "12", "3")
    assert make_message_id("example.it") != make_message_id("example.it")
    assert make_message_id("bücher.example", "x").endswith("@xn--bcher-kva.example>")


def test_round_trip_through_bytes(templates: Templates) -> None:
    # a person, so that the greeting carries non-ASCII text (a company gets "Estimados señores:")
    msg = reminder(templates, "es", "late_fee", invoice(client_name="Begoña Muñoz"))
    raw = msg.as_bytes(policy=email.policy.SMTP)
    assert max(len(line) for line in raw.split(b"\r\n")) <= 998
    assert raw.isascii()  # quoted-printable: safe through any relay
    parsed = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(parsed, EmailMessage)
    assert body(parsed).replace("\r\n", "\n") == body(msg)
    assert body(parsed).startswith("Buenos días, Begoña Muñoz:")


def test_naive_now_is_refused(templates: Templates) -> None:
    with pytest.raises(ValueError):
        reminder(templates, "it", "reminder", now=datetime(2026, 12, 7, 10, 0))


# --- owner notices ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "subject"),
    [
        ("it", "[mailduns] ACME srl ha risposto in merito alla fattura 12/2026"),  # it review D2
        ("es", "[mailduns] ACME srl ha respondido sobre la factura 12/2026"),
        ("en", "[mailduns] ACME srl replied about invoice 12/2026"),
    ],
)
def test_owner_notice(templates: Templates, lang: str, subject: str) -> None:
    msg = compose_owner_notice(
        templates,
        language=lang,
        owner_name="Alessandra Rossi",
        owner_email=OWNER,
        event="client-reply-other",
        inv=invoice(),
        excerpt="Buongiorno,\nabbiamo un dubbio sull'importo.",
        action_hint="hint-x",
        now=at(6),
    )
    assert msg["Subject"] == subject
    assert msg["From"] == msg["To"] == f"Alessandra Rossi <{OWNER}>"
    assert msg["X-Mailduns"] == "notice; event=reply; invoice=12/2026"
    assert msg["Auto-Submitted"] == "auto-generated"
    assert msg["In-Reply-To"] is None
    text = body(msg)
    assert "> abbiamo un dubbio sull'importo." in text
    assert "hint-x" in text and AMOUNT[lang] in text and DUE[lang] in text
    assert text.splitlines()[0] in ("Ciao Alessandra,", "Hola, Alessandra:", "Hi Alessandra,")


@pytest.mark.parametrize(
    ("event", "expected"),
    [
        ("client-reply-dispute", "[mailduns] ACME srl contesta la fattura 12/2026"),
        ("bounce", "[mailduns] Il sollecito per la fattura 12/2026 non è stato consegnato"),
        ("notify_owner", "[mailduns] Fattura 12/2026 di ACME srl: serve il tuo intervento"),
        # a step with notify_owner: nothing is asked of the freelancer, the headline says what went out (D2)
        ("step-final", "[mailduns] Fattura 12/2026: inviato a ACME srl il sollecito «diffida di pagamento»"),
        (
            "step-final_repeat2",
            "[mailduns] Fattura 12/2026: inviato a ACME srl il sollecito «diffida di pagamento "
            "(nuovo invio n. 2)»",
        ),
        ("step-diffida_bis", "[mailduns] Fattura 12/2026: inviato a ACME srl il sollecito «diffida bis»"),
        ("client-reply-paid", "[mailduns] ACME srl dice di aver pagato la fattura 12/2026"),
        ("paid", "[mailduns] Fattura 12/2026 pagata: solleciti interrotti"),
        ("payment-mismatch", "[mailduns] Un pagamento per la fattura 12/2026 non corrisponde all'importo"),
        ("send-failed", "[mailduns] Non è stato possibile inviare il sollecito per la fattura 12/2026"),
        ("something-new", "[mailduns] Fattura 12/2026 di ACME srl: serve il tuo intervento"),
    ],
)
def test_owner_notice_subjects_by_event(templates: Templates, event: str, expected: str) -> None:
    msg = compose_owner_notice(
        templates,
        language="it",
        owner_name="Alessandra Rossi",
        owner_email=OWNER,
        event=event,
        inv=invoice(),
        excerpt="",
        action_hint="",
        now=at(6),
    )
    assert msg["Subject"] == expected


def test_every_event_has_a_headline_in_every_language() -> None:
    from mailduns.core.catalog import catalog
    from mailduns.letters.compose import _EVENTS

    for lang in LANGS:
        for event in _EVENTS:
            assert f"headline.{event}" in catalog(lang) and f"headline.{event}.none" in catalog(lang)


def test_owner_notice_without_invoice(templates: Templates) -> None:
    msg = compose_owner_notice(
        templates,
        language="en",
        owner_name="Alessandra Rossi",
        owner_email=OWNER,
        event="bounce",
        inv=None,
        excerpt="",
        action_hint="Check the address.",
        now=at(6),
    )
    assert msg["Subject"] == "[mailduns] A reminder was not delivered"
    assert msg["X-Mailduns"] == "notice; event=bounce"
    assert "Check the address." in body(msg)


def test_owner_notice_names_client_by_address_when_nameless(templates: Templates) -> None:
    msg = compose_owner_notice(
        templates,
        language="en",
        owner_name="A",
        owner_email=OWNER,
        event="client-reply-promise",
        inv=invoice(client_name=None),
        excerpt="",
        action_hint="",
        now=at(6),
    )
    assert msg["Subject"] == "[mailduns] amministrazione@acme.example has promised to pay invoice 12/2026"
    nobody = compose_owner_notice(
        templates,
        language="it",
        owner_name="A",
        owner_email=OWNER,
        event="client-reply-dispute",
        inv=invoice(client_name=None, to=()),
        excerpt="",
        action_hint="",
        now=at(6),
    )
    assert nobody["Subject"] == "[mailduns] Il cliente contesta la fattura 12/2026"


# --- template errors and overrides -----------------------------------------------------------------


def write(root: Path, rel: str, text: str) -> Path:
    path = root / "templates" / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    path = write(
        tmp_path, "it/reminder.txt.j2", "Gentile {{ client_name }},\n\n{% if amount %}\nsenza fine\n"
    )
    t = Templates(tmp_path)
    with pytest.raises(TemplateError) as err:
        compose_reminder(
            t,
            inv=invoice(),
            language="it",
            template="reminder",
            step_name="reminder",
            step_days=5,
            now=at(5),
            owner_name="A",
            owner_email=OWNER,
        )
    assert err.value.file == str(path)
    assert err.value.line == 4
    assert "syntax error" in str(err.value) and str(path) in str(err.value)
    problems = t.check(["it"], ["reminder"])
    assert len(problems) == 1 and str(path) in problems[0] and ":4:" in problems[0]


def test_undefined_variable_names_file_and_line(tmp_path: Path) -> None:
    path = write(tmp_path, "en/reminder.txt.j2", "Dear {{ client_name }},\n\n{{ invoice_numbr }}\n")
    t = Templates(tmp_path)
    with pytest.raises(TemplateError) as err:
        t.render(
            "en",
            "reminder",
            reminder_context(
                invoice(),
                language="en",
                step_name="reminder",
                step_days=5,
                now=at(5),
                owner_name="A",
                fee=None,
            ),
        )
    assert err.value.file == str(path) and err.value.line == 3
    assert "invoice_numbr" in str(err.value)


def test_check_renders_every_branch(tmp_path: Path) -> None:
    # the typo sits in a branch only taken when fees apply
    write(tmp_path, "it/late_fee.txt.j2", "Ciao\n{% if fee_applies %}{{ fee_totale }}{% endif %}\n")
    problems = Templates(tmp_path).check(["it"], ["late_fee"])
    assert len(problems) == 1 and "fee_totale" in problems[0] and "sample" in problems[0]


def test_missing_template_and_unknown_language(tmp_path: Path) -> None:
    t = Templates(tmp_path)
    with pytest.raises(TemplateError) as err:
        t.render("it", "nowhere", {})
    assert err.value.file is not None and err.value.file.endswith("it/nowhere.txt.j2")
    problems = t.check(["it", "zz", "../etc"], ["nowhere"])
    assert any("nowhere.txt.j2" in p and "does not exist" in p for p in problems)
    assert any("'zz'" in p for p in problems) and any("'../etc'" in p for p in problems)


def test_sandbox_blocks_python_internals(tmp_path: Path) -> None:
    write(tmp_path, "it/x.txt.j2", "{{ owner_name.__class__.__mro__ }}\n")
    with pytest.raises(TemplateError, match="may not do"):
        Templates(tmp_path).render("it", "x", {"owner_name": "A"})


def test_override_one_template_with_fallback_to_defaults(tmp_path: Path) -> None:
    write(
        tmp_path,
        "it/reminder.txt.j2",
        "Ciao {{ client_name }}, fattura {{ invoice_number }}.\n{{ owner_name }}\n",
    )
    t = Templates(tmp_path, fallback=default_templates_dir())
    assert body(reminder(t, "it", "reminder")).startswith("Ciao ACME srl, fattura 12/2026.")
    assert "\n\nSpett.le ACME srl,\n" in body(reminder(t, "it", "final"))  # from the defaults
    assert t.check(["it"], DEFAULT_LADDER) == []


def test_root_may_be_the_templates_dir_or_its_parent(tmp_path: Path) -> None:
    write(tmp_path, "en/x.txt.j2", "x\n")
    assert Templates(tmp_path).names("en") == ["x"]
    assert Templates(tmp_path / "templates").names("en") == ["x"]


def test_html_alternative_when_an_html_template_exists(tmp_path: Path) -> None:
    write(tmp_path, "it/reminder.html.j2", "<p>{{ client_name }} &amp; fattura {{ invoice_number }}</p>\n")
    t = Templates(tmp_path, fallback=default_templates_dir())
    msg = reminder(t, "it", "reminder", invoice(client_name="Rossi & <Figli>"))
    assert msg.get_content_type() == "multipart/alternative"
    html = msg.get_body(("html",))
    assert html is not None
    assert "Rossi &amp; &lt;Figli&gt;" in html.get_content()  # autoescaped
    assert body(msg).startswith("Spett.le Rossi & <Figli>,")  # plain text is not escaped
    assert msg["Content-Language"] == "it"
