"""Issue 18 end to end against Dovecot and the stand-in PEC provider (tests/pecprovider.py).

A diffida step with channel = "pec" for a client whose FatturaPA names a PECDestinatario: the notice
(cover + PDF) reaches the client's PEC mailbox in its busta di trasporto, the owner's PEC inbox holds
the ricevuta di accettazione and di avvenuta consegna, and `status` says when it was delivered. A
mancata consegna holds the invoice and tells the owner; no PEC address holds it and asks. The
letter channel: the PDF goes to the owner, "enviada" (or `mailduns posted`) starts the deadline, and
a Spanish requerimiento unanswered for 30 days is recorded as a refusal to negotiate.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from mailduns.onboarding.devrig import MailRig, dovecot_available
from mailduns.reading.pec import read_pec
from mailduns.store.db import Store

from .conftest import mail
from .pecprovider import PecProvider
from .test_e2e import INVOICE_BODY, SENDING, Freelancer, messages
from .test_einvoice_fatturapa import body as fattura_body
from .test_einvoice_fatturapa import fattura_xml, payment

ROME = ZoneInfo("Europe/Rome")
CLIENT_PEC = "acme@pec.acme.test"
STEPS = """[[steps]]
name = "reminder"
days = 5
[[steps]]
name = "diffida"
days = 20
template = "formal_notice"
channel = "{channel}"
{approve}"""


@pytest.fixture
def pecrig() -> Iterator[MailRig]:
    if not dovecot_available():
        pytest.skip("Dovecot is not installed: run ./scripts/test.sh, which installs it")
    r = MailRig(users=("alice", "bob", "alicepec", "acmepec"))
    r.start()
    try:
        yield r
    finally:
        r.stop()


@pytest.fixture
def provider(pecrig: MailRig) -> Iterator[PecProvider]:
    with PecProvider(pecrig, {"alicepec@pec.example.test": "alicepec", CLIENT_PEC: "acmepec"}) as pec:
        yield pec


def freelancer(
    rig: MailRig,
    tmp: Path,
    pec: PecProvider | None,
    channel: str = "pec",
    clients: str = "",
    approve: bool | None = False,
) -> Freelancer:
    """`approve`: the diffida step's own `approve`; None leaves it out (a formal notice's default: true)."""
    line = "" if approve is None else f"approve = {str(approve).lower()}\n"
    extra = (
        SENDING
        + "\n"
        + (pec.config_toml("alicepec") if pec else "")
        + STEPS.format(channel=channel, approve=line)
        + clients
    )
    return Freelancer(rig, tmp, extra=extra)


def fattura_mail(f: Freelancer, *, pec: str | None) -> EmailMessage:
    """Invoice 12/2026 to bob with its FatturaPA (PECDestinatario `pec`), due 2 Dec 2026."""
    when = datetime(2026, 11, 2, 15, tzinfo=ROME)
    m = mail(
        f"Alessandra Rossi <{f.owner}>",
        f"ACME srl <{f.rig.address('bob')}>",
        "Fattura 12/2026",
        "Buongiorno,\nin allegato la fattura 12/2026.\n\nAlessandra",
        when,
    )
    xml = fattura_xml(
        fattura_body(payments=payment("2026-12-02", "1220.00")), pec=pec, buyer_email=f.rig.address("bob")
    )
    m.add_attachment(xml.encode(), maintype="application", subtype="xml", filename="IT01234567890_00012.xml")
    f.rig.append("alice", "Sent", m.as_bytes(), when=when)
    return m


def notes(rig: MailRig) -> list[EmailMessage]:
    return [m for m in messages(rig, "alice", "INBOX") if str(m["X-Mailduns"] or "").startswith("notice")]


def text_of(m: EmailMessage) -> str:
    part = m.get_body(preferencelist=("plain",))
    assert isinstance(part, EmailMessage)
    return str(part.get_content())


def events(f: Freelancer) -> list[tuple[str, str]]:
    with Store(f.state) as store:
        return [(e.kind, e.detail) for e in store.events()]


def test_a_diffida_by_pec_is_delivered_with_both_receipts(
    pecrig: MailRig, provider: PecProvider, tmp_path: Path
) -> None:
    provider.clock = lambda: datetime(2026, 12, 22, 10, 0, 5, tzinfo=ROME)  # the certified instant
    f = freelancer(pecrig, tmp_path, provider)
    inv = fattura_mail(f, pec=CLIENT_PEC)
    f.run("2026-12-07T10:00+01:00")  # +5: the e-mail reminder to bob
    assert provider.submitted == []
    out = f.run("2026-12-22T10:00+01:00")  # +20: the diffida by PEC
    assert "formal notice (diffida) by PEC to acme@pec.acme.test" in out, out
    # the client's PEC mailbox: the busta di trasporto with the notice untouched inside, its PDF attached
    [busta] = pecrig.fetch_all("acmepec", "INBOX")
    env = read_pec(busta)
    assert env is not None and env.tipo == "posta-certificata" and env.original is not None
    notice = message_from_bytes(env.original, policy=policy.default)
    assert isinstance(notice, EmailMessage)
    assert notice["From"].addresses[0].addr_spec == "alicepec@pec.example.test"
    assert notice["In-Reply-To"] == inv["Message-ID"]
    [pdf] = [p for p in notice.iter_attachments() if p.get_content_type() == "application/pdf"]
    assert pdf.get_content().startswith(b"%PDF") and "12-2026" in str(pdf.get_filename())
    # the owner's PEC inbox: both receipts, both read and kept
    tipos = [r.tipo for r in map(read_pec, pecrig.fetch_all("alicepec", "INBOX")) if r is not None]
    assert tipos == ["accettazione", "avvenuta-consegna"]
    row = f.status("2026-12-22T11:00+01:00")["12/2026"]
    formal = row["formal"]
    assert formal["channel"] == "pec" and formal["status"] == "delivered" and formal["to"] == CLIENT_PEC
    assert formal["accepted_at"] == formal["delivered_at"] == "2026-12-22T10:00:05+01:00"
    # 15 days from delivery end on 6 January, Epiphany: the term runs to the 7th (art. 2963 c.c.)
    assert formal["deadline"] == "2027-01-07"
    code, text = f.cli("status", "--now", "2026-12-22T11:00+01:00")
    assert (
        code == 0 and f"delivered to {CLIENT_PEC} at 2026-12-22T10:00:05+01:00; deadline 2027-01-07" in text
    )
    assert "notice-delivered" in [k for k, _ in events(f)]
    # exactly once: further cycles send nothing more, the receipts are not kept twice
    f.run("2026-12-22T12:00+01:00")
    f.run("2026-12-23T10:00+01:00")
    assert len(provider.submitted) == 1
    with Store(f.state) as store:
        assert store.db.execute("SELECT COUNT(*) FROM pec_receipts").fetchone()[0] == 2
    # the evidence pack has the notice as sent and both receipts
    code, _ = f.cli("evidence", "12/2026", "--out", str(tmp_path / "pack"), "--offline")
    assert code == 0
    names = "\n".join(str(p) for p in (tmp_path / "pack").rglob("*"))
    assert ".eml" in names and "manifest" in names.lower()


def test_mancata_consegna_holds_the_invoice_and_tells_the_owner(
    pecrig: MailRig, provider: PecProvider, tmp_path: Path
) -> None:
    provider.fail[CLIENT_PEC] = "5.1.1 - casella inesistente"
    f = freelancer(pecrig, tmp_path, provider)
    fattura_mail(f, pec=CLIENT_PEC)
    f.run("2026-12-07T10:00+01:00")
    code, shown = f.cli("preview", "12/2026", "--step", "diffida", "--now", "2026-12-07T11:00+01:00")
    assert code == 0 and f"To: {CLIENT_PEC}" in shown and "diffida" in shown.lower(), shown
    f.run("2026-12-22T10:00+01:00")
    assert pecrig.fetch_all("acmepec", "INBOX") == []
    row = f.status("2026-12-22T11:00+01:00")["12/2026"]
    assert row["state"] == "hold" and "could not be delivered" in row["why"], row
    assert row["formal"]["status"] == "failed"
    [note] = [n for n in notes(pecrig) if "non è stata consegnata" in text_of(n)]
    assert "INI-PEC" in text_of(note) and "casella inesistente" in text_of(note)
    f.run("2026-12-23T10:00+01:00")
    assert len(provider.submitted) == 1  # never sent again by itself


def test_no_pec_address_holds_and_asks_where_to_look(
    pecrig: MailRig, provider: PecProvider, tmp_path: Path
) -> None:
    provider.clock = lambda: datetime(2026, 12, 23, 11, 0, 5, tzinfo=ROME)
    f = freelancer(pecrig, tmp_path, provider)
    f.send_invoice("Fattura 12/2026", INVOICE_BODY, datetime(2026, 11, 2, 15, tzinfo=ROME))
    f.run("2026-12-22T10:00+01:00")
    assert provider.submitted == []
    row = f.status("2026-12-22T11:00+01:00")["12/2026"]
    assert row["state"] == "hold" and "PEC address" in row["why"]
    [note] = [n for n in notes(pecrig) if "INI-PEC" in text_of(n)]
    said = text_of(note)
    assert "INI-PEC" in said and "Registro Imprese" in said and 'pec = "..."' in said
    f.run("2026-12-23T10:00+01:00")
    assert len([n for n in notes(pecrig) if "INI-PEC" in text_of(n)]) == 1  # asked once
    # the owner writes the address in the config and resumes: the notice goes out
    f.config.write_text(
        f.config.read_text() + f'\n[clients."{pecrig.address("bob")}"]\npec = "{CLIENT_PEC}"\n'
    )
    assert f.cli("resume", "12/2026")[0] == 0
    f.run("2026-12-23T11:00+01:00")
    assert len(provider.submitted) == 1
    assert f.status("2026-12-23T12:00+01:00")["12/2026"]["formal"]["status"] == "delivered"


def test_a_spanish_letter_is_posted_by_answering_enviada_and_the_30_days_are_recorded(
    pecrig: MailRig, tmp_path: Path
) -> None:
    bob = pecrig.address("bob")
    f = freelancer(
        pecrig, tmp_path, None, channel="letter", clients=f'\n[clients."{bob}"]\nlanguage = "es"\n'
    )
    f.send_invoice("Factura 12/2026", INVOICE_BODY, datetime(2026, 11, 2, 15, tzinfo=ROME))
    f.run("2026-12-22T10:00+01:00")
    [note] = [n for n in notes(pecrig) if "formal-notice-letter" in str(n["X-Mailduns"])]
    [pdf] = [p for p in note.iter_attachments() if p.get_content_type() == "application/pdf"]
    assert pdf.get_content().startswith(b"%PDF") and str(pdf.get_filename()).startswith("requerimiento")
    assert "enviada" in text_of(note)
    assert f.status("2026-12-22T11:00+01:00")["12/2026"]["formal"]["status"] == "waiting"
    answer = mail(
        f"Alessandra Rossi <{f.owner}>",
        f.owner,
        f"Re: {note['Subject']}",
        "Enviada 23/12\n\nAlessandra",
        datetime(2026, 12, 23, 18, tzinfo=ROME),
        reply_to=str(note["Message-ID"]),
    )
    pecrig.deliver(answer.as_bytes(), f.owner)
    f.run("2026-12-23T19:00+01:00")
    formal = f.status("2026-12-23T20:00+01:00")["12/2026"]["formal"]
    assert (formal["posted_on"], formal["deadline"], formal["negotiation_until"]) == (
        "2026-12-23",
        "2027-01-07",
        "2027-01-22",
    )
    f.run("2027-01-21T10:00+01:00")
    assert not [k for k, _ in events(f) if k.startswith("negotiation-")]
    f.run("2027-01-22T10:00+01:00")
    f.run("2027-01-23T10:00+01:00")
    refused = [d for k, d in events(f) if k == "negotiation-refused"]
    assert len(refused) == 1 and "LO 1/2025" in refused[0]


def test_an_italian_letter_is_posted_with_the_command(pecrig: MailRig, tmp_path: Path) -> None:
    f = freelancer(pecrig, tmp_path, None, channel="letter")
    fattura_mail(f, pec=CLIENT_PEC)
    f.run("2026-12-22T10:00+01:00")
    [note] = [n for n in notes(pecrig) if "formal-notice-letter" in str(n["X-Mailduns"])]
    assert str(note.iter_attachments().__next__().get_filename()).startswith("diffida")
    code, out = f.cli("posted", "12/2026", "2026-12-23", "--now", "2026-12-23T18:00+01:00")
    assert code == 0, out
    formal = f.status("2026-12-23T20:00+01:00")["12/2026"]["formal"]
    assert (formal["channel"], formal["posted_on"], formal["deadline"], formal["negotiation_until"]) == (
        "letter",
        "2026-12-23",
        "2027-01-07",
        None,
    )


# -- approval (the default for a formal notice) ----------------------------------------------------
def approval_note(rig: MailRig) -> EmailMessage:
    [note] = approval_notes(rig)
    return note


def approval_notes(rig: MailRig) -> list[EmailMessage]:
    return [n for n in notes(rig) if "mailduns approve 12/2026" in text_of(n)]


def awaiting_diffida(rig: MailRig, provider: PecProvider, tmp: Path) -> Freelancer:
    """Invoice 12/2026 whose diffida (default approval) is due on 22 Dec: recorded, not sent, the owner asked."""
    f = freelancer(rig, tmp, provider, approve=None)
    fattura_mail(f, pec=CLIENT_PEC)
    f.run("2026-12-07T10:00+01:00")
    out = f.run("2026-12-22T10:00+01:00")
    assert "waiting for your approval" in out, out
    assert provider.submitted == [] and rig.fetch_all("acmepec", "INBOX") == []
    return f


def test_a_diffida_waits_for_approval_and_goes_by_pec_once_approved(
    pecrig: MailRig, provider: PecProvider, tmp_path: Path
) -> None:
    provider.clock = lambda: datetime(2026, 12, 23, 10, 0, 5, tzinfo=ROME)
    f = awaiting_diffida(pecrig, provider, tmp_path)
    note = approval_note(pecrig)
    said = text_of(note)
    assert CLIENT_PEC in said and "alicepec@pec.example.test" in said, said
    assert "mailduns approve 12/2026" in said and "approva" in said and "salta" in said
    [pdf] = [p for p in note.iter_attachments() if p.get_content_type() == "application/pdf"]
    assert pdf.get_content().startswith(b"%PDF") and str(pdf.get_filename()).startswith("diffida")
    row = f.status("2026-12-22T11:00+01:00")["12/2026"]
    assert row["awaiting_approval"]["step"] == "diffida" and row["next_at"] is None
    assert row["formal"]["status"] == "awaiting-approval"
    code, text = f.cli("status", "--now", "2026-12-22T11:00+01:00")
    assert code == 0 and "waiting for your approval" in text
    f.run("2026-12-22T16:00+01:00")  # waiting: nothing goes, no second note
    assert provider.submitted == [] and len(approval_notes(pecrig)) == 1
    code, out = f.cli("approve", "12/2026")
    assert code == 0, out
    f.run("2026-12-23T10:00+01:00")
    [busta] = pecrig.fetch_all("acmepec", "INBOX")
    env = read_pec(busta)
    assert env is not None and env.original is not None
    tipos = [r.tipo for r in map(read_pec, pecrig.fetch_all("alicepec", "INBOX")) if r is not None]
    assert tipos == ["accettazione", "avvenuta-consegna"]
    row = f.status("2026-12-23T11:00+01:00")["12/2026"]
    assert row["awaiting_approval"] is None
    assert (
        row["formal"]["status"] == "delivered"
        and row["formal"]["delivered_at"] == "2026-12-23T10:00:05+01:00"
    )
    code, text = f.cli("status", "--now", "2026-12-23T11:00+01:00")
    assert f"delivered to {CLIENT_PEC} at 2026-12-23T10:00:05+01:00" in text
    f.run("2026-12-24T10:00+01:00")
    assert len(provider.submitted) == 1  # exactly once
    assert "approved" in [k for k, _ in events(f)]


def test_answering_the_note_approva_approves_the_diffida(
    pecrig: MailRig, provider: PecProvider, tmp_path: Path
) -> None:
    f = awaiting_diffida(pecrig, provider, tmp_path)
    note = approval_note(pecrig)
    answer = mail(
        f"Alessandra Rossi <{f.owner}>",
        f.owner,
        f"Re: {note['Subject']}",
        "Approva!\n\nAlessandra",
        datetime(2026, 12, 22, 18, tzinfo=ROME),
        reply_to=str(note["Message-ID"]),
    )
    pecrig.deliver(answer.as_bytes(), f.owner)
    f.run("2026-12-22T19:00+01:00")
    assert len(provider.submitted) == 1
    assert len(pecrig.fetch_all("acmepec", "INBOX")) == 1
    row = f.status("2026-12-22T20:00+01:00")["12/2026"]
    assert row["awaiting_approval"] is None and row["formal"]["status"] == "delivered"
    assert any(k == "approved" and '"Approva!"' in d for k, d in events(f))


def test_skip_drops_the_diffida(pecrig: MailRig, provider: PecProvider, tmp_path: Path) -> None:
    f = awaiting_diffida(pecrig, provider, tmp_path)
    code, out = f.cli("skip", "12/2026")
    assert code == 0, out
    f.run("2026-12-23T10:00+01:00")
    f.run("2026-12-24T10:00+01:00")
    assert provider.submitted == [] and pecrig.fetch_all("acmepec", "INBOX") == []
    row = f.status("2026-12-24T11:00+01:00")["12/2026"]
    assert row["awaiting_approval"] is None and row["formal"]["status"] == "skipped"


def test_a_letter_step_needs_no_approval_the_note_is_the_owners_step(pecrig: MailRig, tmp_path: Path) -> None:
    f = freelancer(pecrig, tmp_path, None, channel="letter", approve=None)
    fattura_mail(f, pec=CLIENT_PEC)
    f.run("2026-12-22T10:00+01:00")
    [note] = [n for n in notes(pecrig) if "formal-notice-letter" in str(n["X-Mailduns"])]
    assert "spedita" in text_of(note)
    row = f.status("2026-12-22T11:00+01:00")["12/2026"]
    assert row["awaiting_approval"] is None and row["formal"]["status"] == "waiting"
