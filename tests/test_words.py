"""Every word a freelancer or a client reads is right, in Italian, Spanish and English.

The short texts live in one catalogue per language (src/mailduns/locales/<lang>/LC_MESSAGES/mailduns.po),
the long ones in templates/<lang>/. These tests fail on a missing or fuzzy translation, on placeholders
that differ between languages, and, rendering every owner note, digest and letter in every language,
on Python values ("None", "True"), template syntax, words of another language's catalogue and Italian
elision mistakes ("il 8", "l'18").
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from email.message import EmailMessage
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from mailduns.core.fees import quote_fees
from mailduns.core.money import Money
from mailduns.core.catalog import (
    LANGUAGES,
    catalog,
    fields,
    italian_article,
    joined,
    later,
    later_step,
    locales_dir,
    step_label,
    t,
    written,
)
from mailduns.letters.compose import (
    DEFAULT_LADDER,
    FOLLOWUPS,
    THANK_YOU,
    InvoiceRef,
    PaymentDetails,
    Templates,
    compose_owner_notice,
    compose_reminder,
    compose_simple,
    compose_statement,
    default_templates_dir,
)

ROME = timezone(timedelta(hours=1))
SRC = Path(__file__).resolve().parents[1] / "src" / "mailduns"
OWNER = "alessandra@example.it"

# --- the catalogues ----------------------------------------------------------------------------------


def _po(lang: str) -> list[tuple[str, str, bool]]:
    with (locales_dir() / lang / "LC_MESSAGES" / "mailduns.po").open("rb") as fh:
        cat = read_po(fh, locale=lang)
    return [(m.id, m.string, m.fuzzy) for m in cat if m.id and isinstance(m.id, str)]


def test_every_key_is_translated_in_every_language_with_the_same_placeholders() -> None:
    english = catalog("en")
    assert len(english) > 80
    for lang in LANGUAGES:
        entries = _po(lang)
        assert not [key for key, text, fuzzy in entries if fuzzy or not text], f"{lang}: empty or fuzzy"
        texts = catalog(lang)
        assert set(texts) == set(english), (
            f"{lang}: missing {set(english) - set(texts)}, extra {set(texts) - set(english)}"
        )
        for key, text in texts.items():
            assert fields(text) == fields(english[key]), (
                f"{lang} {key}: {fields(text)} != {fields(english[key])}"
            )


def _keys_used_in_code() -> set[str]:
    used: set[str] = set()
    for path in SRC.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        used |= set(re.findall(r'\b_t\(\s*"([a-z_]+\.[a-z_.]+)"', source))
        used |= set(re.findall(r'\bt\(\s*\w+,\s*"([a-z_]+\.[a-z_.]+)"', source))
        used |= set(re.findall(r'"(hint\.[a-z_]+)"', source))
    return used


def test_every_key_the_code_uses_is_in_the_catalogues() -> None:
    used = _keys_used_in_code()
    assert {"hint.paid", "hint.reply", "excerpt.step_sent", "hint.step_final"} <= used
    for lang in LANGUAGES:
        assert used <= set(catalog(lang)), f"{lang}: {used - set(catalog(lang))}"


def test_the_engine_writes_no_hint_or_excerpt_in_english_literals() -> None:
    """The hints were English string literals inside the engine; they are catalogue keys now."""
    engine = (SRC / "service" / "engine.py").read_text(encoding="utf-8")
    for english in (
        "Nothing to do",
        "Waiting ",
        "Step {step",
        "phone call",
        "Check your",
        "Reminders resume",
        "Answer the client",
        "did not accept the mail",
        "mailduns stopped while",
    ):
        assert english not in engine


# --- Italian elision ---------------------------------------------------------------------------------

BAD_ELISION = re.compile(r"\b(?:il|dal|al|del|nel|sul) (?:8|11)(?!\d)|\b(?:l|dall|all|dell|nell|sull)'18\b")


@pytest.mark.parametrize(
    ("day", "prep", "expected"),
    [
        ("8 gennaio", "il", "l'8 gennaio"),
        ("11 gennaio", "il", "l'11 gennaio"),
        ("18 gennaio", "il", "il 18 gennaio"),
        ("1° gennaio", "il", "il 1° gennaio"),
        ("2 gennaio", "il", "il 2 gennaio"),
        ("8 gennaio", "dal", "dall'8 gennaio"),
        ("18 gennaio", "dal", "dal 18 gennaio"),
        ("11 dic", "al", "all'11 dic"),
        ("8 gennaio", "entro il", "entro l'8 gennaio"),
        ("11 gennaio", "per il", "per l'11 gennaio"),
        ("18 gennaio", "entro il", "entro il 18 gennaio"),
        ("8 gennaio", "entro", "entro 8 gennaio"),
    ],
)
def test_italian_article(day: str, prep: str, expected: str) -> None:
    assert italian_article(day, prep) == expected


@pytest.mark.parametrize("day", [1, 8, 11, 18, 28])
def test_dates_in_italian_catalogue_texts_elide_right(day: int) -> None:
    when = date(2027, 1, day)
    for key in ("hint.promise", "digest.promised_on", "digest.resume_on", "digest.footer", "digest.intro"):
        text = t("it", key, date=when)
        assert not BAD_ELISION.search(text), text
    assert t("it", "hint.promise", date=date(2027, 1, 8)).endswith("riprendono l'8 gennaio 2027.")
    assert t("it", "hint.promise", date=date(2027, 1, 18)).endswith("riprendono il 18 gennaio 2027.")
    assert t("it", "hint.promise", date=date(2027, 1, 1)).endswith("riprendono il 1° gennaio 2027.")


def test_counts_agree() -> None:
    assert "1 giorno lavorativo;" in t("it", "hint.says_paid", days=1, number="1")
    assert "5 giorni lavorativi;" in t("it", "hint.says_paid", days=5, number="1")
    assert "Espero 1 día hábil " in t("es", "hint.says_paid", days=1, number="1")
    assert "for 2 working days " in t("en", "hint.says_paid", days=2, number="1")


def test_step_names_as_the_freelancer_reads_them() -> None:
    assert step_label("it", "late_fee") == "secondo sollecito"
    assert step_label("es", "final") == "requerimiento de pago"
    assert step_label("en", "final_repeat2") == "final notice (repeat 2)"
    assert step_label("it", "diffida_bis") == "diffida bis"  # a step the user named
    assert written(later_step("reminder"), "es") == "primer recordatorio"
    assert written("a server's words", "it") == "a server's words"


# --- words of another language -----------------------------------------------------------------------

_WORD = re.compile(r"[^\W\d_]{4,}")


# The names of foreign statutes, courts and procedures an owner note or a letter cites in their own
# language ("il Late Payment of Commercial Debts (Interest) Act 1998", "una Letter of Claim"): proper
# names, never part of the language checked, and kept out of the word lists so that "late" or "claim"
# written by mistake in an Italian text is still caught.
_PROPER_NAMES = re.compile(
    "|".join(
        re.escape(n)
        for n in (
            "Late Payment of Commercial Debts (Interest) Act 1998",
            "European Communities (Late Payment in Commercial Transactions) Regulations 2012",
            "Pre-Action Protocol for Debt Claims",
            "Bank of England",
            "Money Claim Online",
            "Letter of Claim",
            "letter before claim",
            "small claims track",
            "small claims procedure",
            "District Court",
            "Circuit Court",
            "solicitor",
            "section 5A",
            "regulation 9",
        )
    ),
    re.IGNORECASE,
)


def _words(text: str) -> set[str]:
    text = _PROPER_NAMES.sub(" ", text)
    text = re.sub(r"`[^`]*`|\$\w+|\{[^}]*\}|\S+@\S+|https?://\S+", " ", text)
    return {w.lower() for w in _WORD.findall(text)}


def _catalogue_words(lang: str) -> set[str]:
    return set().union(*(_words(v) for v in catalog(lang).values()))


def _template_words(lang: str) -> set[str]:
    return set().union(
        *(_words(p.read_text(encoding="utf-8")) for p in (default_templates_dir() / lang).glob("*.j2"))
    )


# The words only another language's catalogue uses ("nothing", "sollecito", "recordatorio"), not ones this
# language also writes in its own catalogue or templates ("legal", "flag", "IBAN").
FOREIGN = {
    lang: set().union(*(_catalogue_words(o) for o in LANGUAGES if o != lang))
    - _catalogue_words(lang)
    - _template_words(lang)
    for lang in LANGUAGES
}
# Words of this test's own data (names, subjects), never part of the language checked.
DATA_WORDS = _words(
    "Alessandra Rossi ACME srl Fattura Amministrazione acme example IBAN BPPIITRRXXX Posta inviata"
)


def assert_clean(text: str, lang: str) -> None:
    for bad in ("None", "True", "False", "{{", "}}", "{%", "Decimal(", "datetime."):
        assert bad not in text, f"{bad!r} in {lang} text:\n{text}"
    assert not re.search(r"\{[a-z_]+(?::[^}]*)?\}", text), f"unfilled placeholder in:\n{text}"
    foreign = (_words(text) & FOREIGN[lang]) - DATA_WORDS
    assert not foreign, f"words of another language in a {lang} text: {sorted(foreign)}\n{text}"
    if lang == "it":
        assert not BAD_ELISION.search(text), text


def test_the_foreign_word_check_would_catch_the_old_bugs() -> None:
    with pytest.raises(AssertionError):
        assert_clean("Cosa fare: Nothing to do: reminders have stopped.", "it")
    with pytest.raises(AssertionError):
        assert_clean("Lun 7 dic: late fee per la fattura 12/2026", "it")
    with pytest.raises(AssertionError):
        assert_clean("Qué hacer: This client is late: a phone call may help.", "es")
    with pytest.raises(AssertionError):
        assert_clean("scaduta l'18 dicembre", "it")


# --- rendering everything ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def templates() -> Templates:
    return Templates(default_templates_dir())


def invoice(**changes: object) -> InvoiceRef:
    base: dict[str, object] = {
        "number": "12/2026",
        "subject": "Fattura 12/2026",
        "message_id": "<inv-12-2026@example.it>",
        "references": (),
        "amount": Money.of("1220.00"),
        "issue_date": date(2026, 11, 11),
        "due_date": date(2026, 12, 8),
        "client_name": "ACME srl",
        "to": ("Amministrazione ACME <amministrazione@acme.example>",),
        "cc": (),
    }
    base.update(changes)
    return InvoiceRef(**base)  # type: ignore[arg-type]


def body(msg: EmailMessage) -> str:
    part = msg.get_body(("plain",))
    assert part is not None
    text = part.get_content()
    assert isinstance(text, str)
    return text


NOW = datetime(2026, 12, 18, 10, 0, tzinfo=ROME)
# Every (event, excerpt, hint) the engine sends the owner; the excerpt of a client's message is the
# client's words (here in the owner's language, as the sample).
NOTICES = [
    (
        "invoice-moved",
        later("excerpt.invoice_moved", folder="Posta inviata"),
        later("hint.invoice_moved", number="12/2026"),
    ),
    (
        "client-reply-paid",
        later("sample.excerpt"),
        later("hint.several_invoices", numbers="12/2026, 13/2026"),
    ),
    ("client-reply-paid", later("sample.excerpt"), later("hint.says_paid", days=5, number="12/2026")),
    ("client-reply-paid", later("sample.excerpt"), later("hint.says_paid", days=1, number="12/2026")),
    ("client-reply-promise", later("sample.excerpt"), later("hint.promise", date=date(2027, 1, 8))),
    ("client-reply-promise", later("sample.excerpt"), later("hint.promise", date=date(2027, 1, 11))),
    ("client-reply-dispute", later("sample.excerpt"), later("hint.reply", number="12/2026")),
    ("client-reply-other", later("sample.excerpt"), later("hint.reply", number="12/2026")),
    ("auto-reply", later("sample.excerpt"), later("hint.reply", number="12/2026")),
    ("paid", later("sample.excerpt"), later("hint.paid")),
    ("payment-mismatch", later("sample.excerpt"), later("hint.part_paid", left=Money.of("220.00"))),
    ("payment-mismatch", later("sample.excerpt"), later("hint.payment_mismatch", number="12/2026")),
    ("bounce", later("sample.excerpt"), later("hint.bounce", address="conta@acme.example", number="12/2026")),
    ("bounce", later("sample.excerpt"), later("hint.bounce_unknown", number="12/2026")),
    (
        "send-failed",
        "550 5.1.1 <x@acme.example>: mailbox unavailable",
        later("hint.compose_failed", number="12/2026"),
    ),
    ("paid-claim-expired", "", later("hint.paid_claim_expired", number="12/2026")),
    ("promise-expired", "", later("hint.promise_expired")),
    *[
        (
            f"step-{s}",
            later("excerpt.step_sent", step=later_step(s), recipients="amministrazione@acme.example"),
            later("hint.step_final" if s.startswith("final") else "hint.step"),
        )
        for s in (*DEFAULT_LADDER, "final_repeat1")
    ],
    (
        "uncertain-send",
        later("excerpt.uncertain_send", step=later_step("late_fee")),
        later("hint.uncertain_send", number="12/2026"),
    ),
    ("send-failed", "550 5.1.1 refused", later("hint.send_failed", number="12/2026")),
    ("send-failed", "x@acme.example: 550 refused", later("hint.send_refused", number="12/2026")),
    *[
        (
            "formal-deadline",
            joined(
                later(
                    "formal.how_pec",
                    step=later_step("final"),
                    to="acme@pec.acme.example",
                    sent=date(2026, 12, 8),
                    accepted=date(2026, 12, 8),
                    delivered=date(2026, 12, 11),
                ),
                later(
                    "formal.how_pec_delivered",
                    step=later_step("final"),
                    to="acme@pec.acme.example",
                    delivered=date(2026, 12, 11),
                ),
                later("formal.how_letter", step=later_step("final"), posted=date(2026, 12, 8)),
                later("formal.term", days=15, deadline=date(2027, 1, 8)),
                later("formal.term_posted", days=15, deadline=date(2027, 1, 11)),
                later("formal.negotiation_silent", days=30, until=date(2027, 1, 11)),
                later("formal.negotiation_answered", days=30, until=date(2027, 1, 18)),
                later("formal.nothing_more"),
            ),
            later(hint, number="12/2026", pack="evidence-12-2026.zip"),
        )
        for hint in (
            "hint.formal_over_it",
            "hint.formal_over_es",
            "hint.formal_over_gb",
            "hint.formal_over_ie",
            "hint.formal_over_eu",
        )
    ],
]


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize(("event", "excerpt", "hint"), NOTICES)
def test_every_owner_note_in_every_language(
    templates: Templates, lang: str, event: str, excerpt: object, hint: object
) -> None:
    for inv in (invoice(), None):
        msg = compose_owner_notice(
            templates,
            language=lang,
            owner_name="Alessandra Rossi",
            owner_email=OWNER,
            event=event,
            inv=inv,
            excerpt=written(excerpt, lang),  # type: ignore[arg-type]
            action_hint=written(hint, lang),
            now=NOW,
        )  # type: ignore[arg-type]
        text = body(msg)
        # server errors are technical and stay as the server wrote them
        checked = text.replace(str(excerpt), "") if isinstance(excerpt, str) and excerpt else text
        assert_clean(checked + "\n" + str(msg["Subject"]), lang)
        assert written(hint, lang) in text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_owner_notes_label_the_excerpt_by_what_it_is(templates: Templates, lang: str) -> None:
    """'Dal messaggio ricevuto:' only above a message that was received, never above mailduns' own words."""
    received = {
        "it": "Dal messaggio ricevuto:",
        "es": "Lo que ha escrito el cliente:",
        "en": "What they wrote:",
    }[lang]
    step = compose_owner_notice(
        templates,
        language=lang,
        owner_name="A",
        owner_email=OWNER,
        event="step-final",
        inv=invoice(),
        excerpt=t(lang, "excerpt.step_sent", step=step_label(lang, "final"), recipients="a@acme.example"),
        action_hint=t(lang, "hint.step_final"),
        now=NOW,
    )
    assert received not in body(step)
    reply = compose_owner_notice(
        templates,
        language=lang,
        owner_name="A",
        owner_email=OWNER,
        event="client-reply-other",
        inv=invoice(),
        excerpt=t(lang, "sample.excerpt"),
        action_hint=t(lang, "hint.reply", number="12/2026"),
        now=NOW,
    )
    assert received in body(reply)


def _fee(inv: InvoiceRef, on: date) -> object:
    assert inv.amount is not None
    return quote_fees(
        inv.amount,
        inv.due_date,
        on,
        business=True,
        statutory_interest=True,
        fixed_compensation=Decimal("40.00"),
        flat=Decimal(0),
        percent=Decimal(0),
        late_fee_steps=1,
        ecb_rate=Decimal("2.15"),
    )


STEP_DAYS = {"courtesy": -3, "due": 0, "reminder": 5, "late_fee": 10, "suspension": 20, "final": 30}
PAY = PaymentDetails(
    beneficiary="Alessandra Rossi", iban="IT60 X054 2811 1010 0000 0123 456", bic="BPPIITRRXXX"
)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("step", [*DEFAULT_LADDER, "final_repeat1"])
@pytest.mark.parametrize("due", [date(2026, 12, 8), date(2026, 12, 11), date(2026, 12, 18)])
def test_every_letter_in_every_language(templates: Templates, lang: str, step: str, due: date) -> None:
    template = step.split("_repeat")[0]
    inv = invoice(due_date=due, issue_date=due - timedelta(days=30))
    now = datetime.combine(due, datetime.min.time(), tzinfo=ROME).replace(hour=10) + timedelta(
        days=STEP_DAYS[template] + (7 if "repeat" in step else 0)
    )
    fee = _fee(inv, now.date()) if STEP_DAYS[template] >= 10 else None
    for client in (inv, invoice(due_date=due, client_name=None, amount=None, issue_date=None)):
        msg = compose_reminder(
            templates,
            inv=client,
            language=lang,
            template=template,
            step_name=step,
            step_days=STEP_DAYS[template],
            now=now,
            owner_name="Alessandra Rossi",
            owner_email=OWNER,
            fee=fee if client.amount else None,  # type: ignore[arg-type]
            payment=PAY,
        )
        assert_clean(body(msg), lang)
    statement = compose_statement(
        templates,
        invoices=[inv, invoice(number="13/2026", due_date=due)],
        language=lang,
        step_name=step,
        step_days=STEP_DAYS[template],
        now=now,
        owner_name="Alessandra Rossi",
        owner_email=OWNER,
        fees=[None, None],
    )
    assert_clean(body(statement), lang)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("template", [*FOLLOWUPS, THANK_YOU])
def test_every_simple_letter_in_every_language(templates: Templates, lang: str, template: str) -> None:
    for day in (8, 11, 18):
        extra = {
            "promise_date": date(2026, 12, day),
            "paid_on": date(2026, 12, day),
            "claim_date": date(2026, 12, day),
            "paid_amount": Money.of("1220.00"),
        }
        msg = compose_simple(
            templates,
            inv=invoice(),
            language=lang,
            template=template,
            now=NOW,
            owner_name="Alessandra Rossi",
            owner_email=OWNER,
            extra=extra,
            payment=PAY,
        )
        assert_clean(body(msg), lang)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("day", [8, 11, 18])
def test_the_digest_in_every_language(tmp_path: Path, lang: str, day: int) -> None:
    from mailduns.service.digest import build_digest
    from mailduns.settings.config import load_config
    from mailduns.store.db import Store
    from tests.test_digest import seed, write_config

    config = load_config(write_config(tmp_path, lang))
    store = Store(config.state.path)
    try:
        seed(store)
        now = datetime(2026, 12, day, 8, 0, tzinfo=ROME)
        msg = build_digest(store.invoices(), store.events(), store.outbox(), now, config)
    finally:
        store.close()
    text = body(msg)
    # the client table's names are data, and so are the scoring labels' own catalogue (core/scoring.py)
    assert_clean(text.replace("Carol Ltd", "").replace("Dave Consulting", ""), lang)
    assert_clean(str(msg["Subject"]), lang)
