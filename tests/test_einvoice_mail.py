"""E-invoices as the daemon meets them: attached to a sent mail, and as bare files given to `inspect`."""

from __future__ import annotations

from datetime import date
from email.message import EmailMessage
from email.policy import default

from mailduns.cli.inspect_cmd import inspect_bytes
from mailduns.core.money import Money
from mailduns.reading import ATTACHMENT_READERS, read_message
from mailduns.reading.einvoice import combine, read_attachment
from mailduns.reading.model import InvoiceFacts

from .test_einvoice_fatturapa import body, fattura_xml, payment
from .test_einvoice_p7m import signed
from .test_einvoice_pdf import ITALIAN, text_pdf

XML = fattura_xml(body("12/2026", payments=payment("2026-12-02", "1020.00")), pec="acme@pec.it").encode()


def sent_mail(*attachments: tuple[str, str, bytes], subject: str = "Fattura 12/2026") -> bytes:
    m = EmailMessage(policy=default)
    m["From"] = "Giulia Bianchi <giulia@studio.it>"
    m["To"] = "ACME srl <amministrazione@acme.it>"
    m["Subject"] = subject
    m["Date"] = "Mon, 02 Nov 2026 10:00:00 +0100"
    m["Message-ID"] = "<f12@studio.it>"
    m.set_content("Buongiorno,\nin allegato la fattura 12/2026.\nCordiali saluti\nGiulia\n")
    for name, ctype, payload in attachments:
        maintype, subtype = ctype.split("/")
        m.add_attachment(payload, maintype=maintype, subtype=subtype, filename=name)
    return m.as_bytes()


def test_the_reader_is_registered() -> None:
    assert read_attachment in ATTACHMENT_READERS


def test_fatturapa_attachment_wins_over_the_mail_text() -> None:
    facts = read_message(sent_mail(("IT01234567890_00001.xml", "application/xml", XML)))
    assert facts.kind == "invoice"
    [inv] = facts.invoices
    assert (inv.number, inv.source, inv.amount, inv.total) == (
        "12/2026",
        "fatturapa",
        Money.of("1020.00", "EUR"),
        Money.of("1220.00", "EUR"),
    )
    assert (inv.due_date, inv.client_email) == (date(2026, 12, 2), "acme@pec.it")


def test_signed_fatturapa_attachment() -> None:
    facts = read_message(sent_mail(("IT01234567890_00001.xml.p7m", "application/pkcs7-mime", signed(XML))))
    assert [(i.number, i.source) for i in facts.invoices] == [("12/2026", "fatturapa")]


def test_pdf_attachment() -> None:
    facts = read_message(sent_mail(("Fattura_12-2026.pdf", "application/pdf", text_pdf(ITALIAN))))
    [inv] = facts.invoices
    assert (inv.number, inv.source, inv.amount) == ("12/2026", "pdf", Money.of("1020.00", "EUR"))


def test_an_unreadable_attachment_is_a_problem_not_a_crash() -> None:
    facts = read_message(sent_mail(("fattura.xml", "application/xml", b"<FatturaElettronica><oops>")))
    assert facts.kind == "invoice"  # the subject still names the invoice
    assert facts.invoices[0].number == "12/2026"
    assert any("fattura.xml" in p for p in facts.problems)


def test_inspect_reads_bare_files() -> None:
    for name, data in (
        ("IT01234567890_00001.xml", XML),
        ("IT01234567890_00001.xml.p7m", signed(XML)),
        ("fattura.pdf", text_pdf(ITALIAN)),
    ):
        out = inspect_bytes(name, data).to_json(name)
        assert out["kind"] == "invoice"
        assert out["invoices"][0]["number"] == "12/2026"
        assert out["invoices"][0]["amount"] == "1020.00"


def test_combine_keeps_the_most_trusted_source_per_number() -> None:
    from_pdf = InvoiceFacts(number="12/2026", amount=Money.of("1020.00", "EUR"), source="pdf")
    from_xml = InvoiceFacts(number="12/2026", amount=Money.of("1020.00", "EUR"), source="fatturapa")
    other = InvoiceFacts(number="13/2026", source="pdf")
    unnamed = InvoiceFacts(number=None, source="pdf")
    assert combine([from_pdf, other, from_xml, unnamed]) == [from_xml, other, unnamed]
