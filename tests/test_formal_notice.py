"""The formal notice (issue 18): it/es/en wording, the computation line by line, the PDF, the PEC message,
the owner's note for a posted letter, and the config keys of formal-notice steps."""

from __future__ import annotations

import io
from datetime import datetime
from email import message_from_bytes, policy
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader

from mailduns.core.errors import ConfigError, MaildunsError
from mailduns.letters.compose import Templates, default_templates_dir
from mailduns.letters.notice import (
    FormalNotice,
    compose_letter_for_owner,
    compose_pec_notice,
    notice_context,
    render_notice,
    sample_notices,
)
from mailduns.letters.notice_pdf import notice_pdf
from mailduns.settings.config import parse_config

NOW = datetime(2026, 12, 10, 10, 0, tzinfo=ZoneInfo("Europe/Rome"))
T = Templates(default_templates_dir())


def _text(language: str, i: int = 0) -> tuple[FormalNotice, str]:
    n = sample_notices(language, NOW)[i]
    return n, render_notice(T, n)


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_templates_check_clean() -> None:
    assert T.check(["it", "es", "en"], ["formal_notice", "formal_notice_cover", "formal_notice_letter"]) == []


def test_italian_notice_names_everything_the_law_asks() -> None:
    n, text = _text("it")
    flat = _flat(text)
    assert (
        "Oggetto: diffida di pagamento e costituzione in mora ai sensi dell'art. 1219 c.c. – fattura n. 12/2026 "
        "del 2 settembre 2026" in flat
    )
    assert (
        "ACME srl" in flat
        and "P. IVA IT09876543210" in flat
        and "PEC amministrazione@pec.acme.example" in flat
    )
    assert "Alessandra Rossi (P. IVA IT01234567890)" in flat
    assert "fattura n. 12/2026 del 2 settembre 2026, di 1.220,00 €, con scadenza il 2 ottobre 2026" in flat
    assert "D.Lgs. 9 ottobre 2002, n. 231" in flat and "(art. 6)" in flat and "(artt. 4 e 5)" in flat
    assert "INTIMA E DIFFIDA" in text
    assert (
        "entro e non oltre 15 giorni dal ricevimento della presente, e quindi entro il 28 dicembre 2026"
        in flat
    )
    assert "art. 1219 del codice civile" in flat and "art. 2943, comma 4, c.c." in flat
    assert "art. 1454" not in flat  # resolution only when the step asks for it
    assert "decreto ingiuntivo" in flat
    # the computation, line by line, exactly as core/fees.py writes it
    ctx = notice_context(n)
    invoices = ctx["invoices"]
    assert isinstance(invoices, list)
    for line in invoices[0]["fee_lines"]:
        assert f"  {line}\n" in text
    assert "Interessi moratori: 1.220,00 € × 10,15% × 69/365 = 23,41 €" in text
    assert "Risarcimento forfettario dei costi di recupero: 40,00 €" in text


def test_italian_resolution_clause_only_on_request() -> None:
    _, text = _text("it", 1)
    flat = _flat(text)
    assert "diffida ad adempiere ai sensi dell'art. 1454 c.c." in flat
    assert "risolto di diritto" in flat
    assert "Totale complessivo dovuto: 1.830,50 €" in text
    assert "Allegati:" in text and "IT01234567890_00012.xml" in text


def test_deadline_below_fifteen_days_is_refused_in_italy() -> None:
    n = sample_notices("it", NOW)[0]
    with pytest.raises(MaildunsError):
        FormalNotice("it", "pec", n.creditor, n.debtor, n.invoices, NOW, deadline_days=10)


def test_spanish_requerimiento_invites_to_negotiate() -> None:
    _, text = _text("es")
    flat = _flat(text)
    assert "Asunto: Requerimiento de pago e invitación a negociar – factura n.º 12/2026" in flat
    assert "artículo 1100 del Código Civil" in flat
    assert "Ley 3/2004, de 29 de diciembre" in flat and "artículo 7" in flat and "(artículo 8)" in flat
    assert "Ley Orgánica 1/2025, de 2 de enero" in flat
    assert "30 días naturales desde la recepción" in flat
    assert "procedimiento monitorio" in flat
    assert "Intereses de demora: 1.220,00 € × 10,15 % × 69/365 = 23,41 €" in text
    assert "Estimados señores:" in text


def test_english_notice() -> None:
    _, text = _text("en")
    flat = _flat(text)
    assert "Subject: Formal notice and final demand for payment – invoice 12/2026" in flat
    assert "Directive 2011/7/EU" in flat and "EUR 40" in flat
    assert "within 15 days of receipt of this notice, that is by 25 December 2026" in flat
    assert "Dear Sir or Madam," in text and "Yours faithfully," in text


def test_letter_notice_has_no_fixed_date() -> None:
    n, text = _text("it", 2)
    assert n.channel == "letter" and n.deadline is None
    assert "Raccomandata A/R" in text
    assert "entro e non oltre 30 giorni dal ricevimento della presente." in _flat(text)
    assert "Gentile Mario Bianchi," in text


@pytest.mark.parametrize("language", ["it", "es", "en"])
def test_pdf_is_the_same_text_and_deterministic(language: str) -> None:
    n, text = _text(language, 1)
    pdf = notice_pdf(text, title="t", author=n.creditor.name, language=language, created=NOW)
    assert pdf == notice_pdf(text, title="t", author=n.creditor.name, language=language, created=NOW)
    reader = PdfReader(io.BytesIO(pdf))
    extracted = _flat(" ".join(p.extract_text() for p in reader.pages))
    for line in text.splitlines():
        if line.strip():
            # every word of every line is in the PDF (line breaks differ: the PDF wraps at A4 width)
            for word in line.split():
                assert word in extracted, (word, line)
    assert reader.metadata is not None and reader.metadata.get("/Author") == "Alessandra Rossi"


def test_pec_message() -> None:
    n, text = _text("it")
    pdf = notice_pdf(text, title="t", author="A", language="it", created=NOW)
    msg = compose_pec_notice(
        T,
        n,
        pec_from="alessandra.rossi@pec.example.it",
        pec_to=["amministrazione@pec.acme.example"],
        pdf=pdf,
        invoice_files=[("IT01234567890_00012.xml", "application/xml", b"<x/>")],
    )
    again = compose_pec_notice(
        T, n, pec_from="alessandra.rossi@pec.example.it", pec_to=["amministrazione@pec.acme.example"], pdf=pdf
    )
    assert msg["Message-ID"] == again["Message-ID"]  # a retried send keeps its id
    assert msg["From"] == "Alessandra Rossi <alessandra.rossi@pec.example.it>"
    assert msg["To"] == "amministrazione@pec.acme.example"
    assert msg["Subject"] == "diffida di pagamento e costituzione in mora – fattura n. 12/2026"
    assert msg["In-Reply-To"] == "<inv-12-2026@example.it>"
    parsed = message_from_bytes(msg.as_bytes(), policy=policy.default)
    names = [p.get_filename() for p in parsed.iter_attachments()]
    assert names == ["diffida-12-2026.pdf", "IT01234567890_00012.xml"]
    body = parsed.get_body(("plain",))
    assert body is not None and "entro il 28 dicembre 2026" in body.get_content()
    assert next(parsed.iter_attachments()).get_content() == pdf


def test_owner_note_for_a_posted_letter() -> None:
    for language, word in (("it", '"spedita"'), ("es", '"enviada"'), ("en", '"posted"')):
        n = sample_notices(language, NOW)[2]
        pdf = notice_pdf(render_notice(T, n), title="t", author="A", language=language, created=NOW)
        msg = compose_letter_for_owner(T, n, owner_email="alessandra@example.it", pdf=pdf)
        assert msg["To"] == "Alessandra Rossi <alessandra@example.it>"
        body = msg.get_body(("plain",))
        assert body is not None and word in body.get_content()
        assert "mailduns posted 12/2026" in body.get_content()
    es = render_notice(T, sample_notices("es", NOW)[2], "formal_notice_letter")
    assert "burofax" in es and "30 días naturales" in es


BASE = """[owner]
name = "A"
email = "a@example.it"
[imap]
host = "imap.example.it"
username = "a"
password = "x"
[smtp]
host = "smtp.example.it"
username = "a"
password = "x"
"""
PEC = """[pec]
address = "a.rossi@pec.example.it"
[pec.imap]
host = "imaps.pec.example.it"
username = "a.rossi@pec.example.it"
password_file = "pec-password"
[pec.smtp]
host = "smtps.pec.example.it"
username = "a.rossi@pec.example.it"
password_credential = "pec-password"
[sending]
attach_invoice = true
[[steps]]
name = "reminder"
days = 5
[[steps]]
name = "diffida"
days = 45
template = "formal_notice"
channel = "pec"
approve = false
resolve_contract = true
[[steps]]
name = "posta"
days = 60
template = "formal_notice"
channel = "letter"
approve = false
deadline_days = 30
[clients."acme.example"]
pec = "Amministrazione@PEC.acme.example"
"""


def test_config_pec_section_and_step_keys(tmp_path: object) -> None:
    c = parse_config(BASE + PEC, "c.toml")
    assert c.pec is not None and c.pec.address == "a.rossi@pec.example.it"
    assert (c.pec.imap.section, c.pec.smtp.section) == ("pec.imap", "pec.smtp")
    assert c.pec.imap.password_file is not None and c.pec.smtp.password_credential == "pec-password"
    reminder, diffida, posta = c.steps
    assert [s.channel for s in c.steps] == ["email", "pec", "letter"]
    assert (
        reminder.needs_approval(c.sending.approve),
        diffida.needs_approval(c.sending.approve),
        posta.needs_approval(c.sending.approve),
    ) == (False, False, False)
    assert diffida.resolve_contract and posta.deadline_days == 30
    assert all(s.attaches_invoice(c.sending.attach_invoice) for s in c.steps)
    assert c.client_for("x@acme.example").pec == "amministrazione@pec.acme.example"


def test_a_formal_notice_waits_for_approval_by_default() -> None:
    c = parse_config(BASE + PEC.replace("approve = false\n", ""), "c.toml")
    reminder, diffida, posta = c.steps
    assert (
        reminder.needs_approval(c.sending.approve),
        diffida.needs_approval(c.sending.approve),
        posta.needs_approval(c.sending.approve),
    ) == (False, True, True)
    assert (
        parse_config(BASE + PEC.replace("approve = false\nresolve", "approve = true\nresolve"), "c.toml")
        .steps[1]
        .needs_approval(False)
    )


@pytest.mark.parametrize(
    ("edit", "where"),
    [
        (
            lambda s: (
                s.split("[pec]")[0]
                + s.split("[sending]")[0].split("[pec.smtp]")[0][:0]
                + "[sending]"
                + s.split("[sending]")[1]
            ),
            "steps[2].channel",
        ),
        (lambda s: s.replace('channel = "pec"', 'channel = "fax"'), "steps[2].channel"),
        (lambda s: s.replace("deadline_days = 30", "deadline_days = 7"), "steps[3].deadline_days"),
        (
            lambda s: s.replace('pec = "Amministrazione', 'pec = "not an address'),
            'clients."acme.example".pec',
        ),
        (lambda s: s.replace("[pec.smtp]", "[pec.smtpx]"), "pec.smtpx"),
        (lambda s: s.replace('address = "a.rossi@pec.example.it"\n', ""), "pec.address"),
    ],
)
def test_config_errors_point_at_the_key(edit: object, where: str) -> None:
    assert callable(edit)
    with pytest.raises(ConfigError) as err:
        parse_config(BASE + edit(PEC), "c.toml")
    assert where in str(err.value)
