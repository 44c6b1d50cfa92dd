"""Our own reminder, quoted back by a client, must never read as "paid" (or as anything else).

Every reminder says something like "if you have already paid, thank you"; a client who answers
"Ok, I'll check" quotes it below, with '>' markers, under an Outlook "From:/Sent:" block, or pasted
without any marker after deleting the attribution, and often re-wrapped at 72 columns.  These tests
render the real templates through mailduns.letters.compose and build such replies.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from mailduns.reading import read_message
from mailduns.reading.classify import read_intent, split_reply

from .inbox_cases import LETTERS, client_reply, reminder_text

LANGS = ("it", "es", "en")
STEPS = LETTERS  # the ladder and the letters outside it (follow-ups, thank-you, statement)
STYLES = (
    "gmail",
    "gmail-wrapped",
    "apple",
    "thunderbird",
    "outlook",
    "outlook-original",
    "inline",
    "inline-wrapped",
    "html-gmail",
    "html-outlook",
)
NEUTRAL = {
    "it": "Ok, verifico con l'amministrazione.",
    "es": "Vale, lo reviso con administración.",
    "en": "OK, I'll check with accounts.",
}
PAID = {"it": "Abbiamo pagato ieri.", "es": "Ya hemos pagado.", "en": "We paid yesterday."}

# the wording the issue quotes, as other freelancers' reminders (and older templates) put it
FOREIGN = [
    "If you have already paid, please ignore this.",
    "If you have already paid, please ignore this message. Thank you!",
    "Se ha già provveduto al pagamento, non tenga conto di questo messaggio.",
    "Si ya ha realizado el pago, ignore este mensaje.",
    "Se avete già pagato, vi preghiamo di ignorare questa email.",
    "If payment has already been made, please disregard this reminder.",
    "Si el pago ya ha sido realizado, por favor ignore este correo.",
    "Qualora abbiate già effettuato il bonifico, ignorate pure questo messaggio.",
    "In case you have already paid the invoice, thank you and please ignore this email.",
    "Nel caso in cui il pagamento sia già stato effettuato, la preghiamo di non considerare questa comunicazione.",
    "En caso de que ya haya abonado la factura, haga caso omiso de este mensaje.",
]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("step", STEPS)
def test_our_reminders_alone_say_nothing(lang: str, step: str) -> None:
    assert read_intent(reminder_text(lang, step), date(2026, 12, 14)).intent is None


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("step", STEPS)
@pytest.mark.parametrize("style", STYLES)
def test_a_neutral_reply_quoting_a_reminder_is_other(lang: str, step: str, style: str) -> None:
    facts = read_message(client_reply(lang, NEUTRAL[lang], style=style, step=step))
    assert facts.kind == "client-reply-other"


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("style", STYLES)
def test_a_paid_reply_quoting_a_reminder_is_paid(lang: str, style: str) -> None:
    """The control: the same replies do read as paid when the client says so."""
    assert read_message(client_reply(lang, PAID[lang], style=style)).kind == "client-reply-paid"


@pytest.mark.parametrize("lang", LANGS)
def test_the_pasted_letter_is_cut_from_the_new_text(lang: str) -> None:
    facts = read_message(client_reply(lang, NEUTRAL[lang], style="inline"))
    assert split_reply(facts.text).new_text == NEUTRAL[lang]


_PAYMENT_WORD_RE = re.compile(
    r"pag|paid|pay|sald|abon|bonific|transfer|settl|efectu|effettu|realiz", re.IGNORECASE
)


def _every_single_line_break(text: str, *, near_payment_words: bool = False) -> list[str]:
    """The text with one line break put in place of each space in turn (how a re-wrap can split a
    condition from its verb: "If you have already\\npaid, please ignore this").  With
    `near_payment_words`, only the spaces within 40 characters of a payment word (the rest cannot
    change what the text says about paying, and a full letter has hundreds of spaces)."""
    near = [m.start() for m in _PAYMENT_WORD_RE.finditer(text)]
    return [
        text[: m.start()] + "\n" + text[m.end() :]
        for m in re.finditer(" ", text)
        if not near_payment_words or any(abs(m.start() - n) <= 40 for n in near)
    ]


@pytest.mark.parametrize("text", FOREIGN)
def test_conditional_paid_sentences_are_not_paid_however_wrapped(text: str) -> None:
    for variant in [text, *_every_single_line_break(text)]:
        assert read_intent(variant, date(2026, 12, 14)).intent is None, variant


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("step", STEPS)
def test_our_reminders_are_not_paid_however_wrapped(lang: str, step: str) -> None:
    # intent is read sentence by sentence and a wrap stays inside its paragraph: each paragraph alone
    for paragraph in reminder_text(lang, step).split("\n\n"):
        variants = _every_single_line_break(paragraph, near_payment_words=True)
        wrong = [v for v in variants if read_intent(v, date(2026, 12, 14)).intent]
        assert not wrong


@pytest.mark.parametrize("text", FOREIGN)
@pytest.mark.parametrize("style", ["gt", "inline", "attribution-deleted"])
def test_foreign_reminder_wording_quoted_back(text: str, style: str) -> None:
    reminder = f"Gentile cliente,\nla fattura 12/2026 risulta ancora da saldare.\n{text}\nCordiali saluti"
    if style == "gt":
        body = "Ricevuto.\n\n" + "\n".join(f"> {x}" for x in reminder.split("\n"))
    elif style == "inline":
        body = f"Ricevuto.\n\n{reminder}"
    else:
        body = f"Ricevuto, grazie\n{text}"
    raw = (
        f"From: Mario <mario@acme.it>\nTo: alessandra@example.it\nSubject: Re: Fattura 12/2026\n"
        f"In-Reply-To: <r@example.it>\nDate: Mon, 14 Dec 2026 10:00:00 +0100\nMIME-Version: 1.0\n"
        f"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n{body}\n"
    ).encode()
    assert read_message(raw).kind == "client-reply-other"


def test_the_letters_artifact_matches_the_templates() -> None:
    """reading/letters.json (what echo.py compares with) is rebuilt from the templates by
    bench/build_reading_data.py; a template changed without rebuilding it fails here."""
    import json
    from importlib import resources

    from bench.build_reading_data import letter_shingles

    stored = json.loads(
        resources.files("mailduns.reading").joinpath("letters.json").read_text(encoding="utf-8")
    )
    assert stored["shingles"] == letter_shingles(), "run: PYTHONPATH=src python bench/build_reading_data.py"
