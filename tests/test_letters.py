"""The complete ladder of letters: follow-ups, thank-you, statements, how to pay, the scan-to-pay code,
and headers that nothing read from a message can forge."""

from __future__ import annotations

import email
import email.policy
import re
import struct
import zlib
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from email.message import EmailMessage
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mailduns.letters.compose import (
    CLIENT_LETTERS,
    DEFAULT_LADDER,
    FOLLOWUPS,
    OWNER_NOTICE,
    STATEMENT,
    THANK_YOU,
    InvoiceRef,
    PaymentDetails,
    Templates,
    compose_reminder,
    compose_simple,
    compose_statement,
    default_templates_dir,
    make_message_id,
    statement_context,
)
from mailduns.core.errors import MaildunsError
from mailduns.core.fees import FeeQuote, quote_fees
from mailduns.core.money import Money
from mailduns.letters.qr import epc_payload, epc_png, valid_rf_reference

LANGS = ("it", "es", "en")
ROME = timezone(timedelta(hours=1))
OWNER = "alessandra@example.it"
IBAN = "IT60 X054 2811 1010 0000 0123 456"
PAY = PaymentDetails(beneficiary="Alessandra Rossi", iban=IBAN, bic="BPPIITRRXXX", qr=True)
AMOUNT = {"it": "1.220,00 €", "es": "1.220,00 €", "en": "€1,220.00"}
# A company is addressed as one (docs/letters-review: it L1, es L1, en S1).
GREETING = {"it": "Spett.le ACME srl,", "es": "Estimados señores:", "en": "Dear Accounts Team,"}
NEUTRAL = {"it": "Buongiorno,", "es": "Buenos días:", "en": "Hello,"}
SIGN_OFF = {"it": "Cordiali saluti,", "es": "Un cordial saludo,", "en": "Kind regards,"}
# Words a letter must never use: threats beyond the terms, or insults. The final notices name the one lawful
# next step as a reservation ("mi riservo … ricorso per decreto ingiuntivo", "procedimiento monitorio",
# "if necessary, starting court proceedings"): the lawyers' reviews (docs/letters-review) found that lawful
# and measured, so "court proceedings" is allowed there; a court, a lawyer or a suit as a threat is not.
THREATS = re.compile(
    r"\b(?:avvocat\w*|tribunal\w*|denunc\w*|abogad\w*|juzgado|demanda\w*|lawyers?|"
    r"courts?(?! proceedings)|legal action|sue|immediately|immediatamente|inmediatamente|"
    r"without further notice|senza ulteriore avviso|sin más aviso)\b",
    re.IGNORECASE,
)


def invoice(number: str = "12/2026", **changes: object) -> InvoiceRef:
    slug = number.replace("/", "-")
    base: dict[str, object] = {
        "number": number,
        "subject": f"Fattura {number}",
        "message_id": f"<inv-{slug}@example.it>",
        "references": (),
        "amount": Money.of("1220.00"),
        "issue_date": date(2026, 11, 2),
        "due_date": date(2026, 12, 2),
        "client_name": "ACME srl",
        "to": ("Amministrazione ACME <amministrazione@acme.example>",),
        "cc": (),
    }
    base.update(changes)
    return InvoiceRef(**base)  # type: ignore[arg-type]


def at(day: int, hour: int = 10) -> datetime:
    return datetime(2026, 12, day, hour, 0, tzinfo=ROME)


def fee_on(inv: InvoiceRef, on: date, *, business: bool = True) -> FeeQuote:
    assert inv.amount is not None
    return quote_fees(
        inv.amount,
        inv.due_date,
        on,
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


def plain(msg: EmailMessage) -> str:
    part = msg.get_body(("plain",))
    assert part is not None
    text = part.get_content()
    assert isinstance(text, str)
    return text


def html_of(msg: EmailMessage) -> str:
    part = msg.get_body(("html",))
    assert part is not None
    text = part.get_content()
    assert isinstance(text, str)
    return text


def simple(
    templates: Templates, language: str, template: str, inv: InvoiceRef | None = None, **kwargs: object
) -> EmailMessage:
    extra = kwargs.pop("extra", {})
    now = kwargs.pop("now", at(12))
    return compose_simple(
        templates,
        inv=inv or invoice(),
        language=language,
        template=template,
        now=now,
        owner_name="Alessandra Rossi",
        owner_email=OWNER,  # type: ignore[arg-type]
        extra=extra,
        **kwargs,
    )  # type: ignore[arg-type]


def statement(
    templates: Templates,
    language: str,
    invoices: list[InvoiceRef],
    fees: list[FeeQuote | None] | None = None,
    **kwargs: object,
) -> EmailMessage:
    now = kwargs.pop("now", at(12))
    return compose_statement(
        templates,
        invoices=invoices,
        language=language,
        step_name="reminder",
        step_days=5,
        now=now,
        owner_name="Alessandra Rossi",  # type: ignore[arg-type]
        owner_email=OWNER,
        fees=fees if fees is not None else [None] * len(invoices),
        **kwargs,
    )  # type: ignore[arg-type]


def assert_tidy(text: str) -> None:
    assert "\n\n\n" not in text and "{{" not in text and "{%" not in text and "None" not in text
    assert all(line == line.rstrip() for line in text.splitlines())
    assert not THREATS.search(text), text


# --- the complete ladder, every language -------------------------------------------------------------


def test_every_client_letter_and_notice_is_shipped_and_checks_clean(templates: Templates) -> None:
    root = default_templates_dir()
    for lang in LANGS:
        for name in (*CLIENT_LETTERS, OWNER_NOTICE, "_fees", "_payment"):
            assert (root / lang / f"{name}.txt.j2").is_file(), f"{lang}/{name}"
        assert (root / lang / "_layout.html.j2").is_file()
        assert set(CLIENT_LETTERS) | {OWNER_NOTICE} <= set(templates.names(lang))
    assert templates.check(LANGS, (*CLIENT_LETTERS, OWNER_NOTICE)) == []


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("template", [*FOLLOWUPS, THANK_YOU])
@pytest.mark.parametrize("known", [True, False])
def test_simple_letters_render_with_and_without_facts(
    templates: Templates, lang: str, template: str, known: bool
) -> None:
    inv = invoice() if known else invoice(client_name=None, amount=None, issue_date=None)
    extra = (
        {"promise_date": date(2026, 12, 8), "paid_on": date(2026, 12, 4), "claim_date": date(2026, 12, 5)}
        if known
        else {}
    )
    msg = simple(templates, lang, template, inv, extra=extra, payment=PAY if known else None)
    text = plain(msg)
    assert text.splitlines()[0] == (GREETING if known else NEUTRAL)[lang]
    assert "12/2026" in text and text.rstrip().endswith(f"{SIGN_OFF[lang]}\nAlessandra Rossi")
    assert (AMOUNT[lang] in text) is known
    assert_tidy(text)
    assert msg["Subject"] == "Re: Fattura 12/2026" and msg["In-Reply-To"] == "<inv-12-2026@example.it>"
    assert msg["X-Mailduns"] == f"letter; invoice=12/2026; template={template}"


@pytest.mark.parametrize("lang", LANGS)
def test_statement_renders_in_every_language(templates: Templates, lang: str) -> None:
    a = invoice()
    b = invoice(
        "13/2026", amount=Money.of("500.00"), issue_date=date(2026, 10, 21), due_date=date(2026, 11, 20)
    )
    text = plain(statement(templates, lang, [a, b]))
    assert text.splitlines()[0] == GREETING[lang]
    assert "12/2026" in text and "13/2026" in text and AMOUNT[lang] in text
    assert {
        "it": "Totale da pagare: 1.720,00 €",
        "es": "Total a pagar: 1.720,00 €",
        "en": "Total due: €1,720.00",
    }[lang] in text
    assert_tidy(text)


# --- the new letters, word by word ------------------------------------------------------------------


def test_paid_claim_followup_is_kind_asks_for_the_transfer_and_never_offers_a_qr(
    templates: Templates,
) -> None:
    msg = simple(
        templates,
        "it",
        "paid_claim_followup",
        payment=PAY,
        extra={"claim_date": date(2026, 12, 5), "paid_on": date(2026, 12, 1)},
    )
    text = plain(msg)
    assert (
        "grazie per avermi comunicato il 5 dicembre 2026 che la fattura n. 12/2026 di 1.220,00 € è stata "
        "pagata (con bonifico disposto il 1° dicembre 2026)."
    ) in text
    assert "CRO/TRN" in text and "contabile" in text
    assert "IBAN: IT60 X054 2811 1010 0000 0123 456" in text  # to compare against their transfer
    assert msg.get_content_type() == "text/plain"  # no scan-to-pay: never pay twice
    en = plain(simple(templates, "en", "paid_claim_followup"))
    assert "could you please send me the date and reference of the transfer" in en
    assert "For comparison" not in en  # no details configured: nothing to compare
    es = plain(simple(templates, "es", "paid_claim_followup", extra={"claim_date": date(2026, 12, 5)}))
    assert "Muchas gracias por comunicarme el 5 de diciembre de 2026 que la factura n.º 12/2026" in es


def test_promise_followup_quotes_the_promise(templates: Templates) -> None:
    it = plain(simple(templates, "it", "promise_followup", extra={"promise_date": date(2026, 12, 8)}))
    assert "sarebbe stato effettuato entro l'8 dicembre 2026" in it
    es = plain(simple(templates, "es", "promise_followup", extra={"promise_date": date(2026, 12, 8)}))
    assert "se realizaría a más tardar el 8 de diciembre de 2026" in es
    en = plain(simple(templates, "en", "promise_followup", extra={"promise_date": date(2026, 12, 8)}))
    assert "would be paid by 8 December 2026" in en
    undated = plain(simple(templates, "en", "promise_followup", extra={"promise_date": None}))
    assert (
        "Thank you for your earlier message about invoice 12/2026 for €1,220.00, which was due on "
        "2 December 2026."
    ) in undated


def test_thank_you(templates: Templates) -> None:
    it = plain(
        simple(
            templates,
            "it",
            "thank_you",
            extra={"paid_on": date(2026, 12, 11), "paid_amount": Money.of("1220.00")},
        )
    )
    assert (
        "confermo di aver ricevuto il pagamento della fattura n. 12/2026 (1.220,00 €) l'11 dicembre 2026."
        in it
    )
    en = plain(simple(templates, "en", "thank_you", payment=PAY))
    assert "Thank you for your payment of €1,220.00 for invoice 12/2026." in en
    # a receipt, not a discharge: never "settled in full" after fees were claimed (docs/letters-review/en.md L10)
    assert "in full" not in en
    assert "IBAN" not in en  # nothing more to pay


@pytest.mark.parametrize(
    ("lang", "title", "formal"),
    [
        (
            "it",
            "Oggetto: diffida di pagamento e costituzione in mora – fattura n. 12/2026 del 2 novembre 2026",
            "La presente vale quale atto di costituzione in mora ai sensi e per gli effetti dell'art. 1219 del "
            "codice civile, anche ai fini dell'interruzione della prescrizione (art. 2943 c.c.).",
        ),
        (
            "es",
            "Asunto: Requerimiento de pago de la factura n.º 12/2026",
            "Por la presente, y a los efectos del artículo 1100 del Código Civil, requiero formalmente el pago de "
            "1.263,39 € a más tardar el 21 de diciembre de 2026",
        ),
        (
            "en",
            "Final notice before debt recovery",
            "I therefore formally request payment of the total above by 21 December 2026.",
        ),
    ],
)
def test_final_notice_is_formal_and_factual(templates: Templates, lang: str, title: str, formal: str) -> None:
    inv = invoice()
    msg = compose_reminder(
        templates,
        inv=inv,
        language=lang,
        template="final",
        step_name="final",
        step_days=30,
        now=at(12),
        owner_name="Alessandra Rossi",
        owner_email=OWNER,
        fee=fee_on(inv, date(2026, 12, 12)),
    )
    text = plain(msg)
    assert text.splitlines()[0] == title
    assert formal in text
    assert {
        "it": "mi riservo di procedere al recupero del credito",
        "es": "reclamación formal de la deuda",
        "en": "I intend to take steps to recover the debt",
    }[lang] in text
    assert_tidy(text)


# --- statements --------------------------------------------------------------------------------------


def two_threads() -> list[InvoiceRef]:
    older = invoice(
        "11/2026",
        amount=Money.of("500.00"),
        issue_date=date(2026, 10, 21),
        due_date=date(2026, 11, 20),
        references=("<quote@example.it>",),
        to=("amministrazione@acme.example", "Mario <mario@acme.example>"),
    )
    newer = invoice("12/2026", references=("<order@example.it>",), cc=("conta@acme.example",))
    return [newer, older]


def test_statement_threads_under_the_most_recent_invoice_and_names_them_all(templates: Templates) -> None:
    newer, older = two_threads()
    msg = statement(templates, "it", [newer, older], cc=("studio@legale.example",))
    assert msg["In-Reply-To"] == "<inv-12-2026@example.it>"
    assert msg["References"] == "<inv-11-2026@example.it> <order@example.it> <inv-12-2026@example.it>"
    assert msg["Subject"] == "Riepilogo fatture aperte: n. 11/2026, 12/2026"
    assert msg["To"] == "Amministrazione ACME <amministrazione@acme.example>, Mario <mario@acme.example>"
    assert msg["Cc"] == "conta@acme.example, studio@legale.example"
    assert msg["X-Mailduns"] == "reminder; statement; invoices=11/2026,12/2026; step=reminder"
    assert msg["Message-ID"] == make_message_id(OWNER, "statement", "reminder", "11/2026", "12/2026")
    assert statement(templates, "it", [older, newer])["Message-ID"] == msg["Message-ID"]  # order-proof


def test_statement_in_one_thread_is_a_reply_there(templates: Templates) -> None:
    # A FatturaPA batch: one email carried both invoices.
    a = invoice("12/2026", message_id="<batch@example.it>", subject="Fatture di novembre")
    b = invoice("13/2026", message_id="<batch@example.it>", subject="Fatture di novembre")
    msg = statement(templates, "en", [a, b])
    assert msg["Subject"] == "Re: Fatture di novembre"
    assert msg["In-Reply-To"] == "<batch@example.it>" and msg["References"] == "<batch@example.it>"


def test_statement_subject_lists_at_most_four_numbers(templates: Templates) -> None:
    invs = [invoice(f"{n}/2026", due_date=date(2026, 11, n)) for n in range(1, 7)]
    assert (
        statement(templates, "es", invs)["Subject"]
        == "Resumen de facturas pendientes: n.º 1/2026, 2/2026, 3/2026, 4/2026 y 2 más"
    )
    assert (
        statement(templates, "en", invs)["Subject"]
        == "Statement of open invoices: 1/2026, 2/2026, 3/2026, 4/2026 and 2 more"
    )


def test_statement_with_fees_shows_each_computation_and_the_total(templates: Templates) -> None:
    newer, older = two_threads()
    on = date(2026, 12, 12)
    msg = statement(templates, "it", [newer, older], [fee_on(newer, on), fee_on(older, on)])
    text = plain(msg)
    # 11/2026: 500.00 × 10.15% × 22/365 = 3.0589… → 3.06 ; 12/2026: 1220.00 × 10.15% × 10/365 = 3.39
    assert (
        "- n. 11/2026 del 21 ottobre 2026, scaduta il 20 novembre 2026 (22 giorni di ritardo): 500,00 €\n"
        "- n. 12/2026 del 2 novembre 2026, scaduta il 2 dicembre 2026 (10 giorni di ritardo): 1.220,00 €\n"
    ) in text
    assert "D.Lgs. 231/2002" in text
    assert (
        "Fattura n. 11/2026: 500,00 €\n"
        "  Interessi moratori: 500,00 € × 10,15% × 22/365 = 3,06 €\n"
        "  Risarcimento forfettario dei costi di recupero: 40,00 €\n"
        "  Totale dovuto: 543,06 €\n"
    ) in text
    # 543.06 + 1263.39
    assert "Totale dovuto ad oggi: 1.806,45 €" in text
    assert "entro il 21 dicembre 2026" in text


def test_statement_before_the_due_dates_is_a_courtesy_note(templates: Templates) -> None:
    invs = [invoice("12/2026", due_date=date(2026, 12, 15)), invoice("13/2026", due_date=date(2026, 12, 20))]
    text = plain(statement(templates, "en", invs, now=at(10)))
    assert "This is a friendly reminder of the following invoices, which are due for payment soon:" in text
    assert "- 12/2026, issued on 2 November 2026, due on 15 December 2026: €1,220.00" in text
    assert "please disregard this message" in text and "overdue" not in text


def test_statement_context() -> None:
    newer, older = two_threads()
    usd = invoice("14/2026", amount=Money.of("100.00", "USD"), due_date=date(2026, 12, 1))
    ctx = statement_context(
        [newer, older, usd],
        language="en",
        step_name="reminder",
        step_days=5,
        now=at(12),
        owner_name="A",
        fees=[None, None, None],
    )
    assert [r["number"] for r in ctx["invoices"]] == ["11/2026", "14/2026", "12/2026"]  # type: ignore[attr-defined]
    assert ctx["total"] == "€1,720.00 + US$100.00"
    assert ctx["count"] == 3 and ctx["days_late"] == 22 and ctx["any_overdue"] and ctx["all_overdue"]
    table = ctx["table"]
    assert isinstance(table, list) and len(table) == 4
    assert table[0].split() == ["Invoice", "Date", "Due", "Amount", "Days", "late"]
    assert table[1].split() == ["11/2026", "21/10/2026", "20/11/2026", "€500.00", "22"]
    assert len({len(row) for row in table}) == 1  # aligned
    unknown = statement_context(
        [newer, invoice("15/2026", amount=None)],
        language="it",
        step_name="x",
        step_days=1,
        now=at(12),
        owner_name="A",
        fees=[None, None],
    )
    assert unknown["total"] is None
    with pytest.raises(ValueError, match="one fee entry per invoice"):
        statement_context(
            [newer], language="it", step_name="x", step_days=1, now=at(12), owner_name="A", fees=[]
        )
    with pytest.raises(ValueError, match="at least one"):
        statement_context([], language="it", step_name="x", step_days=1, now=at(12), owner_name="A", fees=[])


# --- how to pay --------------------------------------------------------------------------------------


def test_payment_details_in_every_language(templates: Templates) -> None:
    pay = PaymentDetails(
        beneficiary="Alessandra Rossi",
        iban="it60x0542811101000000123456",
        payment_link="https://pay.example/i/{number}",
    )
    for lang, lines in {
        "it": [
            "Per il pagamento:",
            "- beneficiario: Alessandra Rossi",
            f"- IBAN: {IBAN}",
            "- causale: Fattura 12/2026",
            "- pagamento online: https://pay.example/i/12%2F2026",
        ],
        "es": [
            "Datos para el pago:",
            "- beneficiario: Alessandra Rossi",
            f"- IBAN: {IBAN}",
            "- concepto: Factura 12/2026",
            "- pago en línea: https://pay.example/i/12%2F2026",
        ],
        "en": [
            "Payment details:",
            "- Account name: Alessandra Rossi",
            f"- IBAN: {IBAN}",
            "- Payment reference: Invoice 12/2026",
            "- Pay online: https://pay.example/i/12%2F2026",
        ],
    }.items():
        msg = compose_reminder(
            templates,
            inv=invoice(),
            language=lang,
            template="reminder",
            step_name="reminder",
            step_days=5,
            now=at(7),
            owner_name="A R",
            owner_email=OWNER,
            payment=pay,
        )
        assert "\n".join(lines) + "\n" in plain(msg)
        assert msg.get_content_type() == "text/plain"  # no QR asked for: no HTML part


def test_payment_reference_template_and_validation() -> None:
    pay = PaymentDetails(iban=IBAN, reference_template="Saldo fatt. {number} {oops}")
    assert pay.reference(["12/2026"], "it") == "Saldo fatt. 12/2026 {oops}"
    assert pay.reference(["12/2026", "13/2026"], "es") == "Saldo fatt. 12/2026, 13/2026 {oops}"
    assert PaymentDetails(iban=IBAN).reference(["1", "2"], "it") == "Fatture 1, 2"
    assert PaymentDetails(iban=IBAN, bic="bppi itrr").bic == "BPPIITRR"
    with pytest.raises(ValueError, match="check digits"):
        PaymentDetails(iban="IT61 X054 2811 1010 0000 0123 456")
    with pytest.raises(ValueError, match="not an IBAN"):
        PaymentDetails(iban="12345")
    with pytest.raises(ValueError, match="BIC"):
        PaymentDetails(iban=IBAN, bic="BPPI")
    with pytest.raises(ValueError, match="https"):
        PaymentDetails(payment_link="javascript:alert(1)")
    with pytest.raises(ValueError, match="IBAN and the beneficiary"):
        PaymentDetails(iban=IBAN, qr=True)


# --- the EPC "scan to pay" code -----------------------------------------------------------------------


def test_epc_payload_fields_in_spec_order() -> None:
    payload = epc_payload(
        name="Alessandra Rossi",
        iban=IBAN,
        bic="BPPIITRRXXX",
        amount=Decimal("1263.39"),
        reference="Fattura 12/2026",
    )
    assert payload == (
        "BCD\n002\n1\nSCT\nBPPIITRRXXX\nAlessandra Rossi\nIT60X0542811101000000123456\n"
        "EUR1263.39\n\n\nFattura 12/2026"
    )
    fields = payload.split("\n")
    assert fields[:4] == ["BCD", "002", "1", "SCT"]  # service tag, version, UTF-8, SEPA transfer
    assert fields[7] == "EUR1263.39" and fields[8] == "" and fields[9] == ""  # amount; no purpose, no RF


def test_epc_payload_optional_fields_and_amount_format() -> None:
    assert epc_payload(name="A", iban=IBAN) == "BCD\n002\n1\nSCT\n\nA\nIT60X0542811101000000123456"
    assert epc_payload(name="A", iban=IBAN, amount=Decimal("1220.00")).endswith("\nEUR1220")
    assert epc_payload(name="A", iban=IBAN, amount=Decimal("12.30")).endswith("\nEUR12.3")
    structured = epc_payload(
        name="A", iban=IBAN, creditor_reference="RF18 5390 0754 7034", purpose="gdds", note="Grazie"
    )
    assert structured.split("\n")[8:] == ["GDDS", "RF18539007547034", "", "Grazie"]
    assert valid_rf_reference("RF18 5390 0754 7034") and not valid_rf_reference("RF19 5390 0754 7034")


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"name": "x" * 71}, "70"),
        ({"name": " \n "}, "1 to 70"),
        ({"amount": Decimal("0.00")}, "between"),
        ({"amount": Decimal("1000000000.00")}, "between"),
        ({"amount": Decimal("1.005")}, "two decimals"),
        ({"reference": "x" * 141}, "140"),
        ({"reference": "a", "creditor_reference": "RF18539007547034"}, "not both"),
        ({"creditor_reference": "RF00 1234"}, "ISO 11649"),
        ({"purpose": "GOODS"}, "4-letter"),
        ({"note": "x" * 71}, "70"),
        ({"iban": "IT60 X054 2811 1010 0000 0123 457"}, "check digits"),
    ],
)
def test_epc_payload_refuses_what_the_spec_does_not_allow(kwargs: dict[str, object], match: str) -> None:
    args: dict[str, object] = {"name": "Alessandra Rossi", "iban": IBAN, **kwargs}
    with pytest.raises(ValueError, match=match):
        epc_payload(**args)  # type: ignore[arg-type]


def test_a_line_break_in_a_field_cannot_shift_the_others() -> None:
    payload = epc_payload(name="Rossi\nIT00HACK", iban=IBAN, reference="Fattura\n12/2026")
    assert payload.split("\n")[5:7] == ["Rossi IT00HACK", "IT60X0542811101000000123456"]
    assert payload.endswith("\nFattura 12/2026")


def test_epc_payload_matches_segnos_own_reading_of_the_spec() -> None:
    helpers = pytest.importorskip("segno.helpers")
    make = getattr(helpers, "_make_epc_qr_data", None)
    if make is None:
        pytest.skip("segno no longer exposes its EPC data builder")
    ours = epc_payload(
        name="Alessandra Rossi",
        iban=IBAN,
        bic="BPPIITRRXXX",
        amount=Decimal("1263.39"),
        reference="Fattura 12/2026 – è",
    )
    theirs = make(
        name="Alessandra Rossi",
        iban="IT60X0542811101000000123456",
        amount=Decimal("1263.39"),
        text="Fattura 12/2026 – è",
        bic="BPPIITRRXXX",
        encoding="utf-8",
    )
    assert ours.encode("utf-8") == theirs


def _png_size(png: bytes) -> tuple[int, int]:
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    length, kind = struct.unpack(">I4s", png[8:16])
    assert kind == b"IHDR" and length == 13
    width, height = struct.unpack(">II", png[16:24])
    return width, height


def test_epc_png_is_a_square_png_with_the_payload() -> None:
    png = epc_png(name="Alessandra Rossi", iban=IBAN, amount=Decimal("1263.39"), reference="Fattura 12/2026")
    width, height = _png_size(png)
    assert width == height and 100 <= width <= 400
    # the image data decompress (a well-formed PNG, whatever its filters)
    idat = b"".join(
        png[i + 8 : i + 8 + struct.unpack(">I", png[i : i + 4])[0]]
        for i in [m.start() - 4 for m in re.finditer(b"IDAT", png)]
    )
    assert zlib.decompress(idat)
    segno = pytest.importorskip("segno")
    code = segno.make(
        epc_payload(
            name="Alessandra Rossi", iban=IBAN, amount=Decimal("1263.39"), reference="Fattura 12/2026"
        ),
        error="m",
        boost_error=False,
        encoding="utf-8",
    )
    assert code.error == "M" and width == (code.symbol_size(scale=4, border=4)[0])


def test_letter_with_qr_has_an_inline_image_in_the_html(templates: Templates) -> None:
    inv = invoice()
    msg = compose_reminder(
        templates,
        inv=inv,
        language="it",
        template="late_fee",
        step_name="late_fee",
        step_days=10,
        now=at(12),
        owner_name="Alessandra Rossi",
        owner_email=OWNER,
        fee=fee_on(inv, date(2026, 12, 12)),
        payment=PAY,
    )
    assert msg.get_content_type() == "multipart/alternative"
    alternative = list(msg.iter_parts())
    assert [p.get_content_type() for p in alternative] == ["text/plain", "multipart/related"]
    related = list(alternative[1].iter_parts())
    assert [p.get_content_type() for p in related] == ["text/html", "image/png"]
    cid = str(related[1]["Content-ID"])
    assert re.fullmatch(r"<qr\.[0-9a-f]{20}@example\.it>", cid)
    assert related[1].get_content_disposition() == "inline"
    html = html_of(msg)
    assert f'src="cid:{cid[1:-1]}"' in html
    # the code follows the payment details, before the signature
    assert html.index("IT60 X054") < html.index("cid:") < html.index("Cordiali saluti")
    # the amount in the code is what the letter asks: 1263.39 with fees
    png = related[1].get_content()
    assert png == epc_png(
        name="Alessandra Rossi",
        iban=IBAN,
        bic="BPPIITRRXXX",
        amount=Decimal("1263.39"),
        reference="Fattura 12/2026",
    )
    raw = msg.as_bytes(policy=email.policy.SMTP)
    parsed = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(parsed, EmailMessage) and plain(parsed).replace("\r\n", "\n") == plain(msg)


def test_no_qr_for_other_currencies_or_when_off(templates: Templates) -> None:
    usd = invoice(amount=Money.of("1220.00", "USD"))
    msg = compose_reminder(
        templates,
        inv=usd,
        language="en",
        template="reminder",
        step_name="reminder",
        step_days=5,
        now=at(7),
        owner_name="A",
        owner_email=OWNER,
        payment=PAY,
    )
    assert msg.get_content_type() == "text/plain"
    off = PaymentDetails(beneficiary="A", iban=IBAN)
    msg = compose_reminder(
        templates,
        inv=invoice(),
        language="en",
        template="reminder",
        step_name="reminder",
        step_days=5,
        now=at(7),
        owner_name="A",
        owner_email=OWNER,
        payment=off,
    )
    assert msg.get_content_type() == "text/plain"


def test_statement_qr_pays_the_total(templates: Templates) -> None:
    newer, older = two_threads()
    msg = statement(templates, "es", [newer, older], payment=PAY)
    png = [p for p in msg.walk() if p.get_content_type() == "image/png"]
    assert len(png) == 1
    assert png[0].get_content() == epc_png(
        name="Alessandra Rossi",
        iban=IBAN,
        bic="BPPIITRRXXX",
        amount=Decimal("1720.00"),
        reference="Facturas 11/2026, 12/2026",
    )
    assert "- concepto: Facturas 11/2026, 12/2026" in plain(msg)


def test_user_html_template_decides_whether_the_code_is_shown(tmp_path: Path, templates: Templates) -> None:
    (tmp_path / "it").mkdir()
    (tmp_path / "it" / "reminder.html.j2").write_text("<p>{{ invoice_number }}</p>\n", encoding="utf-8")
    (tmp_path / "it" / "due.html.j2").write_text(
        '<p>{{ invoice_number }}</p>{% if qr_src %}<img src="{{ qr_src }}">{% endif %}\n', encoding="utf-8"
    )
    t = Templates(tmp_path, fallback=default_templates_dir())
    without = compose_reminder(
        t,
        inv=invoice(),
        language="it",
        template="reminder",
        step_name="reminder",
        step_days=5,
        now=at(7),
        owner_name="A",
        owner_email=OWNER,
        payment=PAY,
    )
    assert not any(p.get_content_type() == "image/png" for p in without.walk())  # no mystery attachment
    shown = compose_reminder(
        t,
        inv=invoice(),
        language="it",
        template="due",
        step_name="due",
        step_days=0,
        now=at(2),
        owner_name="A",
        owner_email=OWNER,
        payment=PAY,
    )
    assert any(p.get_content_type() == "image/png" for p in shown.walk())


def test_qr_only_in_followups_that_ask_for_money(templates: Templates) -> None:
    kinds = {t: simple(templates, "it", t, payment=PAY).get_content_type() for t in (*FOLLOWUPS, THANK_YOU)}
    assert kinds == {
        "paid_claim_followup": "text/plain",
        "promise_followup": "multipart/alternative",
        "thank_you": "text/plain",
    }


# --- extras -------------------------------------------------------------------------------------------


def test_extra_values_are_formatted_and_checked(templates: Templates, tmp_path: Path) -> None:
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "x.txt.j2").write_text("{{ when }} {{ much }} {{ n }} {{ note }}\n", encoding="utf-8")
    t = Templates(tmp_path)
    msg = simple(
        t,
        "en",
        "x",
        extra={"when": date(2026, 12, 8), "much": Money.of("12.5"), "n": 3, "note": "a\u202eb\x00c"},
    )
    assert plain(msg) == "8 December 2026 €12.50 3 a b c\n"
    with pytest.raises(TypeError, match="Money"):
        simple(t, "en", "x", extra={"when": Decimal(1), "much": 1, "n": 1, "note": ""})
    with pytest.raises(ValueError, match="variable name"):
        simple(t, "en", "x", extra={"bad-name": 1})
    a = simple(templates, "it", "promise_followup", extra={"promise_date": date(2026, 12, 8)})["Message-ID"]
    b = simple(templates, "it", "promise_followup", extra={"promise_date": date(2026, 12, 8)})["Message-ID"]
    c = simple(templates, "it", "promise_followup", extra={"promise_date": date(2026, 12, 9)})["Message-ID"]
    assert a == b != c


# --- header safety ------------------------------------------------------------------------------------


def headers_of(msg: EmailMessage) -> bytes:
    return msg.as_bytes(policy=email.policy.SMTP).split(b"\r\n\r\n", 1)[0]


def header_names(msg: EmailMessage) -> list[str]:
    parsed = email.message_from_bytes(msg.as_bytes(policy=email.policy.SMTP), policy=email.policy.default)
    return sorted(k.lower() for k in parsed)


EXPECTED = sorted(
    [
        "from",
        "to",
        "subject",
        "in-reply-to",
        "references",
        "date",
        "message-id",
        "x-mailduns",
        "auto-submitted",
        "mime-version",
        "content-type",
        "content-transfer-encoding",
        "content-language",
    ]
)


@pytest.mark.parametrize(
    "subject",
    [
        "Fattura 12/2026\r\nBcc: evil@example.com",
        "=?utf-8?q?Fattura=0D=0ABcc:_evil@example.com?=",
        "=?utf-8?b?" + "RmF0dHVyYQ0KQmNjOiBldmlsQGV4YW1wbGUuY29t" + "?=",
        "=?utf-8?q?=3D=3Futf-8=3Fq=3FX=3D0D=3D0ABcc:_evil@example.com=3F=3D?=",
        "Fattura\x00 12\x1b[2J/2026\u202e",
        "Fattura 12/2026\u2028Bcc: evil@example.com",
    ],
)
def test_a_subject_read_from_mail_cannot_inject_headers(templates: Templates, subject: str) -> None:
    inv = invoice(subject=subject)
    for msg in (
        compose_reminder(
            templates,
            inv=inv,
            language="it",
            template="reminder",
            step_name="reminder",
            step_days=5,
            now=at(7),
            owner_name="A",
            owner_email=OWNER,
        ),
        simple(templates, "it", "thank_you", inv),
        statement(
            templates, "it", [inv, invoice("13/2026", message_id="<inv-12-2026@example.it>", subject=subject)]
        ),
    ):
        raw = headers_of(msg)
        assert b"\r\nBcc:" not in raw and b"\nBcc" not in raw.replace(b"\r\n ", b" ")
        assert header_names(msg) == EXPECTED
        assert "\n" not in str(msg["Subject"]) and "\r" not in str(msg["Subject"])
        assert not re.search(r"[\x00-\x1f\x7f\u202e\u2028]", str(msg["Subject"]))


@pytest.mark.parametrize(
    "name",
    [
        "ACME\r\nBcc: evil@example.com",
        "=?utf-8?q?ACME=0D=0ABcc:_evil@example.com?=",
        '"ACME" <x@y>, Bcc <evil@example.com>',
        "ACME\u202esrl\x07",
    ],
)
def test_a_name_read_from_mail_cannot_inject_headers_or_recipients(templates: Templates, name: str) -> None:
    inv = invoice(client_name=name, to=("amministrazione@acme.example",))
    msg = compose_reminder(
        templates,
        inv=inv,
        language="en",
        template="reminder",
        step_name="reminder",
        step_days=5,
        now=at(7),
        owner_name=name,
        owner_email=OWNER,
    )
    assert header_names(msg) == EXPECTED
    parsed = email.message_from_bytes(msg.as_bytes(policy=email.policy.SMTP), policy=email.policy.default)
    assert [a.addr_spec for a in parsed["To"].addresses] == ["amministrazione@acme.example"]
    assert [a.addr_spec for a in parsed["From"].addresses] == [OWNER]
    assert parsed["Bcc"] is None and parsed["Cc"] is None
    first = plain(msg).splitlines()[0]
    assert not re.search(r"[\x00-\x1f\x7f\u202e]", first)


@pytest.mark.parametrize(
    "entry",
    [
        "amministrazione@acme.example\r\nBcc: evil@example.com",
        "amministrazione@acme.example, evil@example.com",
        "=?utf-8?q?x?= <amministrazione@acme.example>, evil@example.com",
    ],
)
def test_one_recipient_entry_is_one_address(templates: Templates, entry: str) -> None:
    with pytest.raises(MaildunsError, match="not one address"):
        compose_reminder(
            templates,
            inv=invoice(to=(entry,)),
            language="it",
            template="reminder",
            step_name="reminder",
            step_days=5,
            now=at(7),
            owner_name="A",
            owner_email=OWNER,
        )
    # a display name with an unquoted comma is still one address
    msg = compose_reminder(
        templates,
        inv=invoice(to=("Rossi, Mario <mario@acme.example>",)),
        language="it",
        template="reminder",
        step_name="reminder",
        step_days=5,
        now=at(7),
        owner_name="A",
        owner_email=OWNER,
    )
    assert msg["To"] == "mario@acme.example" or msg["To"].addresses[0].addr_spec == "mario@acme.example"


def test_broken_message_ids_are_dropped_not_copied(templates: Templates) -> None:
    inv = invoice(
        message_id="<a b@example.it>\r\nBcc: evil@example.com",
        references=("<ok@example.it>", "<bad\x00@example.it>", "<é@example.it>", "plain@example.it"),
    )
    msg = compose_reminder(
        templates,
        inv=inv,
        language="it",
        template="reminder",
        step_name="reminder",
        step_days=5,
        now=at(7),
        owner_name="A",
        owner_email=OWNER,
    )
    assert msg["In-Reply-To"] is None
    assert msg["References"] == "<ok@example.it> <plain@example.it>"
    with pytest.raises(MaildunsError, match="Message-ID"):
        compose_reminder(
            templates,
            inv=invoice(),
            language="it",
            template="reminder",
            step_name="reminder",
            step_days=5,
            now=at(7),
            owner_name="A",
            owner_email=OWNER,
            message_id="<x@y>\r\nBcc: evil@example.com",
        )


def test_invoice_number_with_line_breaks_stays_on_one_line(templates: Templates) -> None:
    inv = invoice(number="12/2026\r\nBcc: evil@example.com", subject="", message_id="<inv@example.it>")
    msg = compose_reminder(
        templates,
        inv=inv,
        language="it",
        template="reminder",
        step_name="reminder",
        step_days=5,
        now=at(7),
        owner_name="A",
        owner_email=OWNER,
    )
    assert header_names(msg) == EXPECTED
    assert msg["Subject"] == "Re: Fattura 12/2026 Bcc: evil@example.com"
    assert msg["X-Mailduns"] == "reminder; invoice=12/2026 Bcc: evil@example.com; step=reminder"
    assert "n. 12/2026 Bcc: evil@example.com" in plain(msg)


def test_recipients_are_never_the_owner_even_across_invoices(templates: Templates) -> None:
    a = invoice(to=(OWNER.upper(),), cc=())
    with pytest.raises(MaildunsError, match="no recipient"):
        statement(templates, "it", [a, invoice("13/2026", to=(OWNER,))])


def test_default_ladder_is_part_of_the_client_letters() -> None:
    assert set(DEFAULT_LADDER) < set(CLIENT_LETTERS) and STATEMENT in CLIENT_LETTERS


# --- fuzzing what comes from mail ---------------------------------------------------------------------

_NASTY = st.sampled_from(
    [
        "\r",
        "\n",
        "\r\n",
        "\x00",
        "\x0b",
        "\x0c",
        "\x1b",
        "\x85",
        "\u2028",
        "\u2029",
        "\u202e",
        "=?utf-8?q?",
        "=?utf-8?b?",
        "?=",
        "=0D=0A",
        "Bcc: evil@example.com",
        ",",
        ";",
        ":",
        "<",
        ">",
        '"',
        "\\",
        "@",
        " ",
        "\t",
        "é",
        "€",
        "\ufeff",
    ]
)
_TEXT = st.lists(st.one_of(_NASTY, st.text(max_size=8)), max_size=12).map("".join)


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(subject=_TEXT, name=_TEXT, number=_TEXT.filter(lambda t: t.strip() != ""))
def test_fuzz_nothing_read_from_mail_reaches_the_headers(
    templates: Templates, subject: str, name: str, number: str
) -> None:
    inv = invoice(
        subject=subject,
        client_name=name,
        number=number,
        message_id="<inv@example.it>",
        to=("amministrazione@acme.example",),
    )
    for msg in (
        compose_reminder(
            templates,
            inv=inv,
            language="it",
            template="reminder",
            step_name="reminder",
            step_days=5,
            now=at(7),
            owner_name=name or "A",
            owner_email=OWNER,
        ),
        statement(
            templates,
            "en",
            [inv, invoice("13/2026", subject=subject, client_name=name, message_id="<inv@example.it>")],
        ),
    ):
        raw = msg.as_bytes(policy=email.policy.SMTP)
        parsed = email.message_from_bytes(raw, policy=email.policy.default)
        names = sorted(k.lower() for k in parsed)
        assert "bcc" not in names and names.count("to") == 1 and names.count("subject") == 1
        assert [a.addr_spec for a in parsed["To"].addresses] == ["amministrazione@acme.example"]
        assert [a.addr_spec for a in parsed["From"].addresses] == [OWNER]
        assert parsed["In-Reply-To"] == "<inv@example.it>"
        for header in ("Subject", "X-Mailduns", "From"):
            assert not re.search(r"[\x00-\x1f\x7f\x85\u2028\u2029\u202e]", str(parsed[header])), header
