"""reading/pec.py: PEC receipts and envelopes, from real providers (the corpus) and from tests/pecprovider."""

from __future__ import annotations

import shutil
import smtplib
import subprocess
from datetime import datetime, timedelta, timezone
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

import pytest

from mailduns.onboarding.devrig import MailRig, dovecot_available
from mailduns.reading.pec import UnreadablePec, is_pec, parse_daticert, read_pec

from .pecprovider import ROME, PecProvider

CET = timezone(timedelta(hours=1))


def _corpus_file(corpus: Path, name: str) -> bytes:
    path = corpus / "mail" / "oca-l10n-italy-pec" / name
    if not path.is_file():
        pytest.skip(f"{path} is not in the corpus")
    return path.read_bytes()


# -- real provider messages -------------------------------------------------------------------------


def test_aruba_delivery_receipt(corpus: Path) -> None:
    raw = _corpus_file(corpus, "pec-consegna-IT03339130126_00009.eml")
    assert is_pec(raw)
    m = read_pec(raw)
    assert m is not None
    assert (m.kind, m.tipo, m.failed) == ("receipt", "avvenuta-consegna", False)
    assert m.refers_to == (
        "<1542123565.921546936035156.464602125997431-openerp-8-fatturapa.attachment.out@elbati-Vostro-3550>"
    )
    assert m.at == datetime(2018, 11, 13, 16, 39, 27, tzinfo=CET)
    assert m.recipient == "l.battistini@pec.it"
    assert m.message_id == "<opec288.20181113163927.28978.421.1.413.72@pec.aruba.it>"
    d = m.daticert
    assert d is not None
    assert d.issuer == "ARUBA PEC S.p.A."
    assert d.identifier == "opec288.20181113163926.01838.310.1.63@pec.aruba.it"
    assert d.receipt_kind == "completa" and d.errore == "nessuno"
    assert [(r.address, r.certified) for r in d.recipients] == [("l.battistini@pec.it", True)]
    # a "completa" receipt carries the original message, attachments and all
    assert m.original is not None
    original = message_from_bytes(m.original, policy=policy.compat32)
    assert [p.get_filename() for p in original.walk() if p.get_filename()] == ["IT03339130126_00009.xml"]


def test_sdi_transport_envelope(corpus: Path) -> None:
    raw = _corpus_file(corpus, "pec-sdi-invio-file-7339338.eml")
    m = read_pec(raw)
    assert m is not None
    assert (m.kind, m.tipo, m.failed) == ("transport", "posta-certificata", False)
    assert m.refers_to == "<4163125586355393.1544268377979@pec.fatturapa.it>"
    assert m.daticert is not None and m.daticert.sender == "sdi03@pec.fatturapa.it"
    assert m.daticert.receipt_kind == "breve"
    assert m.at == datetime(2018, 12, 8, 12, 26, 18, tzinfo=CET)
    assert m.original is not None and b"IT02652600210_00007.xml" in m.original


def test_sdi_notice_inside_an_envelope_is_not_a_delivery_failure(corpus: Path) -> None:
    """'Notifica di mancata consegna' from the SdI is a message *transported* by PEC (about an e-invoice),
    not a PEC failure notice: it must not hold anything. This copy has no daticert.xml: headers suffice."""
    raw = _corpus_file(corpus, "pec-sdi-mancata-consegna-141107829.eml")
    m = read_pec(raw)
    assert m is not None
    assert (m.kind, m.tipo, m.failed, m.daticert) == ("transport", "posta-certificata", False, None)
    assert m.refers_to == "<29868973923542086.1546634040973@pec.fatturapa.it>"
    assert m.at == datetime(2019, 1, 4, 21, 34, 1, tzinfo=CET)


def test_ordinary_mail_is_not_pec() -> None:
    msg = EmailMessage()
    msg["From"] = "a@example.test"
    msg["Subject"] = "CONSEGNA: fattura"
    msg.set_content("x-ricevuta: avvenuta-consegna in the body is not a header")
    assert not is_pec(msg.as_bytes())
    assert read_pec(msg.as_bytes()) is None


# -- daticert.xml -----------------------------------------------------------------------------------

FAILURE = b"""<?xml version="1.0" encoding="UTF-8"?>
<postacert tipo="errore-consegna" errore="no-dest">
  <intestazione>
    <mittente>alessandra.rossi@pec.example.it</mittente>
    <destinatari tipo="certificato">amministrazione@pec.acme.example</destinatari>
    <destinatari tipo="esterno">info@acme.example</destinatari>
    <risposte>alessandra.rossi@pec.example.it</risposte>
    <oggetto>Diffida ad adempiere &#8211; fattura n. 12/2026</oggetto>
  </intestazione>
  <dati>
    <gestore-emittente>Gestore S.p.A.</gestore-emittente>
    <data zona="+0200"><giorno>1/7/2026</giorno><ora>09:05:00</ora></data>
    <identificativo>opec1.1@pec.example.it</identificativo>
    <msgid>notice.1@example.it</msgid>
    <consegna>amministrazione@pec.acme.example</consegna>
    <errore-esteso>5.1.1 - Gestore S.p.A. - casella inesistente</errore-esteso>
  </dati>
</postacert>"""


def test_daticert_of_a_failure() -> None:
    d = parse_daticert(FAILURE)
    assert (d.tipo, d.errore) == ("errore-consegna", "no-dest")
    assert d.subject == "Diffida ad adempiere – fattura n. 12/2026"
    assert [(r.address, r.certified) for r in d.recipients] == [
        ("amministrazione@pec.acme.example", True),
        ("info@acme.example", False),
    ]
    assert d.at == datetime(2026, 7, 1, 9, 5, tzinfo=timezone(timedelta(hours=2)))
    assert d.msgid == "<notice.1@example.it>"  # brackets added when the writer left them out
    assert d.error_detail == "5.1.1 - Gestore S.p.A. - casella inesistente"
    assert d.receipt_kind is None


@pytest.mark.parametrize(
    "data",
    [
        b"not xml",
        b"<fattura/>",
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><postacert tipo="accettazione">&a;</postacert>',
        b"<postacert/>",
    ],
)
def test_unreadable_daticert(data: bytes) -> None:
    with pytest.raises(UnreadablePec):
        parse_daticert(data)


# -- the test provider, checked against the rules and the real messages -----------------------------


@pytest.fixture
def pecrig() -> MailRig:
    if not dovecot_available():
        pytest.skip("Dovecot is not installed: run ./scripts/test.sh, which installs it")
    r = MailRig(users=("alice", "alicepec", "acmepec"))
    r.start()
    try:
        yield r  # type: ignore[misc]
    finally:
        r.stop()


def _notice(
    subject: str = "Diffida ad adempiere – fattura n. 12/2026",
    to: str = "acme@pec.acme.test",
    sender: str = "alicepec@pec.example.test",
) -> EmailMessage:
    m = EmailMessage()
    m["From"] = f"Alessandra Rossi <{sender}>"
    m["To"] = to
    m["Subject"] = subject
    m["Message-ID"] = "<notice.12-2026@example.test>"
    m["Date"] = "Tue, 01 Dec 2026 10:00:00 +0100"
    m.set_content("Spett.le ACME srl,\nin allegato la diffida.\n")
    m.add_attachment(b"%PDF-1.4 fake", maintype="application", subtype="pdf", filename="diffida.pdf")
    return m


def _send(pec: PecProvider, msg: EmailMessage, user: str = "alicepec") -> None:
    with smtplib.SMTP("127.0.0.1", pec.port) as s:
        s.login(user, f"{user}-pw")
        s.send_message(msg)


def _provider(rig: MailRig) -> PecProvider:
    return PecProvider(rig, {"alicepec@pec.example.test": "alicepec", "acme@pec.acme.test": "acmepec"})


def test_provider_delivers_in_an_envelope_and_files_both_receipts(pecrig: MailRig) -> None:
    with _provider(pecrig) as pec:
        _send(pec, _notice())
    sent = pecrig.fetch_all("alicepec", "INBOX")
    got = pecrig.fetch_all("acmepec", "INBOX")
    receipts = [read_pec(raw) for raw in sent]
    assert [r.tipo for r in receipts if r] == ["accettazione", "avvenuta-consegna"]
    accepted, delivered = receipts
    assert accepted is not None and delivered is not None
    assert {r.refers_to for r in (accepted, delivered)} == {"<notice.12-2026@example.test>"}
    assert accepted.at is not None and accepted.at.tzinfo is not None
    assert delivered.recipient == "acme@pec.acme.test"
    assert accepted.subject == "ACCETTAZIONE: Diffida ad adempiere – fattura n. 12/2026"
    # the delivery receipt (completa) holds the original with its PDF
    assert delivered.original is not None and b"diffida.pdf" in delivered.original
    # the client's mailbox: the busta di trasporto, the notice untouched inside
    assert len(got) == 1
    env = read_pec(got[0])
    assert env is not None and (env.kind, env.tipo) == ("transport", "posta-certificata")
    assert env.daticert is not None and env.daticert.sender == "alicepec@pec.example.test"
    head = message_from_bytes(got[0], policy=policy.compat32)
    assert head["From"] == '"Per conto di: alicepec@pec.example.test" <posta-certificata@pec.example.test>'
    assert head["Reply-To"] == "alicepec@pec.example.test"
    assert env.original is not None
    inner = message_from_bytes(env.original, policy=policy.default)
    assert inner["Message-ID"] == "<notice.12-2026@example.test>"
    assert [p.get_filename() for p in inner.iter_attachments()] == ["diffida.pdf"]


def test_provider_messages_have_the_shape_of_real_ones(pecrig: MailRig, corpus: Path) -> None:
    """Same headers and the same MIME skeleton as Aruba's delivery receipt."""
    real = message_from_bytes(
        _corpus_file(corpus, "pec-consegna-IT03339130126_00009.eml"), policy=policy.compat32
    )
    with _provider(pecrig) as pec:
        _send(pec, _notice())
    ours = message_from_bytes(pecrig.fetch_all("alicepec", "INBOX")[1], policy=policy.compat32)
    for name in ("X-Ricevuta", "X-Riferimento-Message-ID", "Message-ID", "Date", "From", "To", "Subject"):
        assert ours[name] and real[name], name
    assert ours["Subject"].split(":")[0] == real["Subject"].split(":")[0] == "CONSEGNA"

    def skeleton(m: object) -> list[str]:
        assert hasattr(m, "walk")
        return [p.get_content_type() for p in m.walk()][:4]  # type: ignore[attr-defined]

    assert (
        skeleton(ours)
        == skeleton(real)
        == ["multipart/signed", "multipart/mixed", "multipart/alternative", "text/plain"]
    )
    names = {p.get_filename() for p in ours.walk()} - {None}
    assert {"daticert.xml", "postacert.eml", "smime.p7s"} <= names
    # the daticert.xml we write has every element the real one has, in the same order
    real_dc = parse_daticert(
        next(p.get_payload(decode=True) for p in real.walk() if p.get_filename() == "daticert.xml")
    )
    ours_dc = read_pec(pecrig.fetch_all("alicepec", "INBOX")[1])
    assert ours_dc is not None and ours_dc.daticert is not None
    assert {k for k, v in vars(real_dc).items() if v is not None} <= {
        k for k, v in vars(ours_dc.daticert).items() if v is not None
    }


@pytest.mark.skipif(shutil.which("openssl") is None, reason="openssl is not installed")
def test_provider_signatures_verify(pecrig: MailRig, tmp_path: Path) -> None:
    with _provider(pecrig) as pec:
        _send(pec, _notice())
        cert = tmp_path / "gestore.pem"
        cert.write_bytes(pec.certificate_pem)
    for i, raw in enumerate(pecrig.fetch_all("alicepec", "INBOX") + pecrig.fetch_all("acmepec", "INBOX")):
        f = tmp_path / f"m{i}.eml"
        f.write_bytes(raw)
        done = subprocess.run(
            [
                "openssl",
                "smime",
                "-verify",
                "-in",
                str(f),
                "-CAfile",
                str(cert),
                "-purpose",
                "any",
                "-out",
                "/dev/null",
            ],
            capture_output=True,
            check=False,
        )
        assert done.returncode == 0, done.stderr.decode()


def test_provider_unknown_mailbox_gives_a_failure_notice(pecrig: MailRig) -> None:
    with _provider(pecrig) as pec:
        _send(pec, _notice(to="nobody@pec.acme.test"))
    got = [read_pec(raw) for raw in pecrig.fetch_all("alicepec", "INBOX")]
    assert [g.tipo for g in got if g] == ["accettazione", "errore-consegna"]
    failure = got[1]
    assert failure is not None and failure.failed and failure.permanent
    assert failure.recipient == "nobody@pec.acme.test"
    assert failure.reason and failure.reason.startswith("5.1.1")
    assert failure.subject.startswith("AVVISO DI MANCATA CONSEGNA: ")
    assert pecrig.fetch_all("acmepec", "INBOX") == []


def test_provider_warning_is_not_permanent_unless_5xx(pecrig: MailRig) -> None:
    with _provider(pecrig) as pec:
        pec.warn["acme@pec.acme.test"] = "4.4.7 - tempo massimo di consegna superato"
        _send(pec, _notice())
        pec.warn["acme@pec.acme.test"] = "5.4.1 - casella piena"
        _send(pec, _notice())
    got = [read_pec(raw) for raw in pecrig.fetch_all("alicepec", "INBOX")]
    warnings = [g for g in got if g and g.tipo == "preavviso-errore-consegna"]
    assert [(w.failed, w.permanent) for w in warnings] == [(True, False), (True, True)]


def test_provider_refuses_a_forged_sender(pecrig: MailRig) -> None:
    with _provider(pecrig) as pec:
        _send(pec, _notice(sender="someone.else@pec.example.test"))
    got = [read_pec(raw) for raw in pecrig.fetch_all("alicepec", "INBOX")]
    assert [g.tipo for g in got if g] == ["non-accettazione"]
    assert got[0] is not None and got[0].failed and got[0].daticert is not None
    assert got[0].daticert.errore == "altro"
    assert pecrig.fetch_all("acmepec", "INBOX") == []


def test_provider_clock_is_certified(pecrig: MailRig) -> None:
    fixed = datetime(2026, 12, 1, 10, 0, 5, tzinfo=ROME)
    pec = PecProvider(
        pecrig,
        {"alicepec@pec.example.test": "alicepec", "acme@pec.acme.test": "acmepec"},
        clock=lambda: fixed,
    )
    with pec:
        _send(pec, _notice())
    got = [read_pec(raw) for raw in pecrig.fetch_all("alicepec", "INBOX")]
    assert {g.at for g in got if g} == {fixed}
