"""A stand-in PEC provider ("gestore di posta elettronica certificata") for the tests, on the real rig.

No open PEC server exists, so this one is built from the technical rules (DPR 11 febbraio 2005 n. 68;
DM 2 novembre 2005 and its technical annex) and checked against real provider messages in
../shared/corpus/mail/oca-l10n-italy-pec (tests/test_pec_reading.py reads both the same way).

What it imitates — one provider hosting every PEC mailbox of the test (sender's and recipient's
"punto di accesso", "punto di ricezione" and "punto di consegna" in one):

* Access point (SMTP submission, aiosmtpd on a free loopback port, AUTH LOGIN/PLAIN with the rig's
  passwords "<user>-pw"). Formal checks of the rules: the envelope sender must be the authenticated
  user's PEC address and equal the From header, From/To/Message-ID must be there, Bcc is not allowed.
  A message failing them is not transported: the sender gets an *avviso di non accettazione*
  (X-Ricevuta: non-accettazione, errore="altro"). Otherwise the sender gets a *ricevuta di
  accettazione* (X-Ricevuta: accettazione) naming every recipient, certified or not.
* Transport: each recipient whose mailbox this provider hosts (address → rig user in `mailboxes`)
  receives the *busta di trasporto*: From "Per conto di: <sender>" <posta-certificata@domain>,
  Reply-To the sender, Subject "POSTA CERTIFICATA: <subject>", X-Trasporto: posta-certificata,
  X-Riferimento-Message-ID the original Message-ID, a text (and HTML) explanation, daticert.xml and
  the original message, untouched, as postacert.eml.
* Delivery point: for each certified recipient delivered, the sender gets a *ricevuta di avvenuta
  consegna* (X-Ricevuta: avvenuta-consegna, "CONSEGNA: <subject>"), of the kind asked by the sender's
  X-TipoRicevuta header (completa by default: it carries postacert.eml; breve: the original with each
  attachment replaced by its SHA-256; sintetica: no copy). A recipient it cannot deliver to (unknown
  mailbox, or listed in `fail` / `warn`) gets nothing and the sender gets an *avviso di mancata
  consegna* (X-Ricevuta: errore-consegna, errore="no-dest", with errore-esteso) — or, for `warn`, the
  12-hour *preavviso di mancata consegna* (preavviso-errore-consegna). Recipients outside the
  provider's PEC domains are "esterno": transported if the rig has the mailbox, no delivery receipt
  (as the rules say for ordinary mailboxes).
* Every message the provider emits is S/MIME signed (multipart/signed, application/pkcs7-signature
  detached, SHA-256) with a throw-away self-signed certificate made at start-up — real signatures,
  so a reader that copes with them copes with the providers', but not a certificate on AgID's list.
* The certified instant (daticert `data zona=`, the Date header) comes from `clock` (default: now, in
  Europe/Rome). Messages are filed through the rig's LMTP (Dovecot), so the PEC mailboxes are read
  over IMAP like a real one.

Not imitated: two providers talking to each other (presa in carico), virus checks (rilevazione
virus), the provider's log (the legal "log dei messaggi"), time-stamping of the signature.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import html
import itertools
import smtplib
import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage, Message
from email.utils import format_datetime, getaddresses, parseaddr
from typing import Any, Self
from xml.sax.saxutils import escape
from zoneinfo import ZoneInfo

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs7
from cryptography.x509.oid import NameOID

from mailduns.onboarding.devrig import MailRig, free_port

ROME = ZoneInfo("Europe/Rome")

_SUBJECTS = {
    "accettazione": "ACCETTAZIONE",
    "non-accettazione": "AVVISO DI NON ACCETTAZIONE",
    "avvenuta-consegna": "CONSEGNA",
    "errore-consegna": "AVVISO DI MANCATA CONSEGNA",
    "preavviso-errore-consegna": "AVVISO DI MANCATA CONSEGNA PER SUP. TEMPO MASSIMO",
    "posta-certificata": "POSTA CERTIFICATA",
}
_TITLES = {
    "accettazione": "Ricevuta di accettazione",
    "non-accettazione": "Avviso di non accettazione",
    "avvenuta-consegna": "Ricevuta di avvenuta consegna",
    "errore-consegna": "Avviso di mancata consegna",
    "preavviso-errore-consegna": "Avviso di mancata consegna per superamento del tempo massimo (preavviso)",
    "posta-certificata": "Messaggio di posta certificata",
}


def _signer(domain: str) -> tuple[x509.Certificate, ec.EllipticCurvePrivateKey]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, f"Gestore di prova PEC {domain}"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "mailduns tests"),
            x509.NameAttribute(NameOID.COUNTRY_NAME, "IT"),
        ]
    )
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=30))
        .add_extension(
            x509.SubjectAlternativeName([x509.RFC822Name(f"posta-certificata@{domain}")]), critical=False
        )
        .sign(key, hashes.SHA256())
    )
    return cert, key


def _crlf(data: bytes) -> bytes:
    return data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


class PecProvider:
    """One PEC provider for the test: `mailboxes` maps each PEC address it hosts to a rig user.

    >>> pec = PecProvider(rig, {"alicepec@pec.example.test": "alicepec",
    ...                         "acme@pec.acme.test": "acmepec"}).start()
    """

    def __init__(
        self,
        rig: MailRig,
        mailboxes: dict[str, str],
        *,
        domain: str = "pec.example.test",
        issuer: str = "Gestore di prova S.p.A.",
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self.rig = rig
        self.mailboxes = {k.lower(): v for k, v in mailboxes.items()}
        self.domains = {a.rpartition("@")[2] for a in self.mailboxes}
        self.domain = domain
        self.issuer = issuer
        self.clock = clock or (lambda: datetime.now(ROME))
        self.port = free_port()
        self.fail: dict[str, str] = {}  # address → errore-esteso of an avviso di mancata consegna
        self.warn: dict[str, str] = {}  # address → errore-esteso of a preavviso (12 hours)
        self.emitted: list[tuple[str, str, bytes]] = []  # (tipo, rig user, bytes) of every message sent
        self.submitted: list[bytes] = []
        self._ids = itertools.count(1)
        self._lock = threading.Lock()
        self._cert, self._key = _signer(domain)
        self._controller: Controller | None = None

    # -- lifecycle -------------------------------------------------------------------------------
    def start(self) -> Self:
        self._controller = Controller(
            self,
            hostname="127.0.0.1",
            port=self.port,
            authenticator=self._authenticate,
            auth_require_tls=False,
        )
        self._controller.start()
        return self

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def certificate_pem(self) -> bytes:
        return self._cert.public_bytes(serialization.Encoding.PEM)

    def address_of(self, user: str) -> str:
        return next(a for a, u in self.mailboxes.items() if u == user)

    def config_toml(self, user: str) -> str:
        """The [pec] section of a mailduns config for the PEC mailbox of rig user `user`."""
        return (
            f'[pec]\naddress = "{self.address_of(user)}"\n\n'
            f'[pec.imap]\nhost = "127.0.0.1"\nport = {self.rig.imap_port}\nsecurity = "plain"\n'
            f'username = "{user}"\npassword = "{user}-pw"\n\n'
            f'[pec.smtp]\nhost = "127.0.0.1"\nport = {self.port}\nsecurity = "plain"\n'
            f'username = "{user}"\npassword = "{user}-pw"\n\n'
        )

    # -- SMTP ------------------------------------------------------------------------------------
    def _authenticate(
        self, server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any
    ) -> AuthResult:
        if isinstance(auth_data, LoginPassword):
            user, pw = auth_data.login.decode(), auth_data.password.decode()
            if user in self.mailboxes.values() and pw == f"{user}-pw":
                return AuthResult(success=True, auth_data=user)
        return AuthResult(success=False, handled=False)

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, rcpt_options: list[str]
    ) -> str:
        if not session.authenticated:
            return "530 5.7.0 Authentication required"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        raw = bytes(envelope.original_content)
        self.submitted.append(raw)
        user = str(session.auth_data)
        await asyncio.to_thread(self.process, user, envelope.mail_from, list(envelope.rcpt_tos), raw)
        return "250 2.0.0 Ok: queued as PEC"

    # -- the provider's work ---------------------------------------------------------------------
    def _identifier(self, now: datetime) -> str:
        with self._lock:
            n = next(self._ids)
        return f"opec-test.{now:%Y%m%d%H%M%S}.{n:05d}@{self.domain}"

    def process(self, user: str, mail_from: str, rcpt_tos: list[str], raw: bytes) -> None:
        original = message_from_bytes(raw, policy=policy.compat32)
        sender = user_address = next((a for a, u in self.mailboxes.items() if u == user), "")
        header_from = parseaddr(str(original.get("From", "")))[1].lower()
        subject = " ".join(str(original.get("Subject", "")).split())
        msgid = " ".join(str(original.get("Message-ID", "")).split())
        to_cc = [
            a.lower()
            for _, a in getaddresses(
                [str(v) for v in original.get_all("To", []) + original.get_all("Cc", [])]
            )
            if a
        ]
        rcpts = [r.lower() for r in rcpt_tos]
        now = self.clock()
        problems = []
        if mail_from.lower() != user_address or header_from != user_address:
            problems.append("il mittente non corrisponde alla casella autenticata")
        if not msgid or not original.get("To"):
            problems.append("mancano intestazioni obbligatorie (To, Message-ID)")
        if any(r not in to_cc for r in rcpts):
            problems.append("destinatari in copia nascosta (Bcc) non ammessi")
        recipients = [(r, r.rpartition("@")[2] in self.domains) for r in dict.fromkeys(to_cc or rcpts)]
        if problems:
            self._emit(
                user,
                "non-accettazione",
                sender=sender,
                recipients=recipients,
                subject=subject,
                msgid=msgid,
                now=now,
                errore="altro",
                detail="; ".join(problems),
            )
            return
        self._emit(
            user, "accettazione", sender=sender, recipients=recipients, subject=subject, msgid=msgid, now=now
        )
        for rcpt in rcpts:
            certified = rcpt.rpartition("@")[2] in self.domains
            target = (
                self.mailboxes.get(rcpt)
                if certified
                else (rcpt.split("@")[0] if rcpt.split("@")[0] in self.rig.users else None)
            )
            if rcpt in self.warn:
                self._emit(
                    user,
                    "preavviso-errore-consegna",
                    sender=sender,
                    recipients=recipients,
                    subject=subject,
                    msgid=msgid,
                    now=self.clock(),
                    errore="no-dest",
                    detail=self.warn[rcpt],
                    consegna=rcpt,
                )
                continue
            if target is None or rcpt in self.fail:
                if certified:
                    detail = self.fail.get(rcpt) or f"5.1.1 - {self.issuer} - casella inesistente"
                    self._emit(
                        user,
                        "errore-consegna",
                        sender=sender,
                        recipients=recipients,
                        subject=subject,
                        msgid=msgid,
                        now=self.clock(),
                        errore="no-dest",
                        detail=detail,
                        consegna=rcpt,
                    )
                continue
            self._transport(
                target,
                raw,
                sender=sender,
                recipients=recipients,
                subject=subject,
                msgid=msgid,
                to=str(original.get("To", "")),
                cc=original.get("Cc"),
                now=self.clock(),
            )
            if certified:
                kind = str(original.get("X-TipoRicevuta", "completa")).strip().lower()
                self._emit(
                    user,
                    "avvenuta-consegna",
                    sender=sender,
                    recipients=recipients,
                    subject=subject,
                    msgid=msgid,
                    now=self.clock(),
                    consegna=rcpt,
                    original=raw,
                    receipt_kind=kind if kind in ("completa", "breve", "sintetica") else "completa",
                )

    # -- building --------------------------------------------------------------------------------
    def daticert(
        self,
        tipo: str,
        *,
        sender: str,
        recipients: list[tuple[str, bool]],
        subject: str,
        msgid: str,
        now: datetime,
        identifier: str,
        errore: str = "nessuno",
        detail: str | None = None,
        consegna: str | None = None,
        receipt_kind: str | None = None,
    ) -> bytes:
        zone = now.strftime("%z")
        dest = "".join(
            f'\n    <destinatari tipo="{"certificato" if c else "esterno"}">{escape(a)}</destinatari>'
            for a, c in recipients
        )
        extra = ""
        if receipt_kind:
            extra += f'\n    <ricevuta tipo="{receipt_kind}" />'
        if consegna:
            extra += f"\n    <consegna>{escape(consegna)}</consegna>"
        if detail:
            extra += f"\n    <errore-esteso>{escape(detail)}</errore-esteso>"
        return (
            f'<?xml version="1.0" encoding="UTF-8"?>\n<postacert tipo="{tipo}" errore="{errore}">\n'
            f"  <intestazione>\n    <mittente>{escape(sender)}</mittente>{dest}\n"
            f"    <risposte>{escape(sender)}</risposte>\n    <oggetto>{escape(subject)}</oggetto>\n"
            f"  </intestazione>\n  <dati>\n    <gestore-emittente>{escape(self.issuer)}</gestore-emittente>\n"
            f'    <data zona="{zone}">\n      <giorno>{now:%d/%m/%Y}</giorno>\n      <ora>{now:%H:%M:%S}</ora>\n'
            f"    </data>\n    <identificativo>{escape(identifier)}</identificativo>\n"
            f"    <msgid>{escape(msgid)}</msgid>{extra}\n  </dati>\n</postacert>\n"
        ).encode()

    def _body(
        self,
        tipo: str,
        *,
        sender: str,
        recipients: list[tuple[str, bool]],
        subject: str,
        now: datetime,
        identifier: str,
        consegna: str | None,
        detail: str | None,
    ) -> str:
        when = f"Il giorno {now:%d/%m/%Y} alle ore {now:%H:%M:%S} ({now:%z})"
        to = ", ".join(a for a, _ in recipients)
        lines = {
            "accettazione": f'{when} il messaggio "{subject}" proveniente da "{sender}" ed indirizzato a:\n'
            + "\n".join(f'{a} ("{"posta certificata" if c else "posta ordinaria"}")' for a, c in recipients)
            + "\nè stato accettato dal sistema ed inoltrato.",
            "non-accettazione": f'{when} nel messaggio "{subject}" proveniente da "{sender}" ed indirizzato a '
            f"{to} è stato rilevato un problema che ne impedisce l'accettazione a causa "
            f"di {detail}.\nIl messaggio non è stato accettato.",
            "avvenuta-consegna": f'{when} il messaggio "{subject}" proveniente da "{sender}" ed indirizzato a '
            f'"{consegna}" è stato consegnato nella casella di destinazione.',
            "errore-consegna": f'{when} nel messaggio "{subject}" proveniente da "{sender}" ed indirizzato a '
            f'"{consegna}" è stato rilevato un errore: {detail}.\nIl messaggio non è stato '
            "consegnato.",
            "preavviso-errore-consegna": f'{when} il messaggio "{subject}" proveniente da "{sender}" ed '
            f'indirizzato a "{consegna}" non è ancora stato consegnato: {detail}.',
            "posta-certificata": f'{when} il messaggio "{subject}" è stato inviato da "{sender}"\nindirizzato a:\n'
            f"{to}\nIl messaggio originale è incluso in allegato.",
        }[tipo]
        return f"{_TITLES[tipo]}\n\n{lines}\nIdentificativo messaggio: {identifier}\n"

    def _wrap(self, headers: list[tuple[str, str]], inner: EmailMessage) -> bytes:
        """multipart/signed(inner, smime.p7s) with `headers` on top, CRLF throughout (RFC 5751)."""
        inner_bytes = _crlf(inner.as_bytes(policy=policy.SMTP))
        signature = (
            pkcs7.PKCS7SignatureBuilder()
            .set_data(inner_bytes)
            .add_signer(self._cert, self._key, hashes.SHA256())
            .sign(serialization.Encoding.DER, [pkcs7.PKCS7Options.DetachedSignature])
        )
        boundary = f"----PEC{hashlib.sha256(inner_bytes).hexdigest()[:32].upper()}"
        sig64 = base64.encodebytes(signature).replace(b"\n", b"\r\n")
        head = "".join(f"{k}: {v}\r\n" for k, v in headers)
        head += (
            'MIME-Version: 1.0\r\nContent-Type: multipart/signed; protocol="application/pkcs7-signature"; '
            f'micalg="sha-256"; boundary="{boundary}"\r\n\r\nThis is an S/MIME signed message\r\n\r\n'
        )
        return (
            head.encode()
            + f"--{boundary}\r\n".encode()
            + inner_bytes
            + b"\r\n"
            + f'--{boundary}\r\nContent-Type: application/pkcs7-signature; name="smime.p7s"\r\n'
            'Content-Transfer-Encoding: base64\r\nContent-Disposition: attachment; filename="smime.p7s"\r\n\r\n'.encode()
            + sig64
            + f"\r\n--{boundary}--\r\n".encode()
        )

    def _inner(
        self, text: str, daticert: bytes, original: bytes | None, *, original_first: bool = False
    ) -> EmailMessage:
        inner = EmailMessage()
        inner.make_mixed()
        body = EmailMessage()
        body.set_content(text, charset="utf-8", cte="quoted-printable")
        body.add_alternative(
            "<html><body><pre>" + html.escape(text) + "</pre></body></html>",
            subtype="html",
            charset="utf-8",
            cte="quoted-printable",
        )
        inner.attach(body)
        att = EmailMessage()
        att.set_content(
            daticert, maintype="application", subtype="xml", disposition="inline", filename="daticert.xml"
        )
        parts = [att]
        if original is not None:
            orig = message_from_bytes(original, policy=policy.compat32)
            eml = EmailMessage()
            eml.set_content(orig, disposition="inline", filename="postacert.eml")
            parts = [eml, att] if original_first else [att, eml]
        for p in parts:
            inner.attach(p)
        return inner

    def _file(self, user: str, tipo: str, raw: bytes) -> None:
        with smtplib.LMTP("127.0.0.1", self.rig.lmtp_port) as lmtp:
            lmtp.sendmail(f"posta-certificata@{self.domain}", [user], raw)
        self.emitted.append((tipo, user, raw))

    def _emit(
        self,
        user: str,
        tipo: str,
        *,
        sender: str,
        recipients: list[tuple[str, bool]],
        subject: str,
        msgid: str,
        now: datetime,
        errore: str = "nessuno",
        detail: str | None = None,
        consegna: str | None = None,
        original: bytes | None = None,
        receipt_kind: str | None = None,
    ) -> None:
        """A receipt or notice to the sender's PEC mailbox (rig user `user`)."""
        identifier = self._identifier(now)
        if tipo == "avvenuta-consegna" and original is not None and receipt_kind == "breve":
            original = _hashed_attachments(original)
        elif receipt_kind == "sintetica":
            original = None
        dc = self.daticert(
            tipo,
            sender=sender,
            recipients=recipients,
            subject=subject,
            msgid=msgid,
            now=now,
            identifier=identifier,
            errore=errore,
            detail=detail,
            consegna=consegna,
            receipt_kind=receipt_kind if tipo == "avvenuta-consegna" else None,
        )
        text = self._body(
            tipo,
            sender=sender,
            recipients=recipients,
            subject=subject,
            now=now,
            identifier=identifier,
            consegna=consegna,
            detail=detail,
        )
        inner = self._inner(text, dc, original if tipo == "avvenuta-consegna" else None)
        headers = [
            ("Return-Path", f"<posta-certificata@{self.domain}>"),
            ("Subject", _encode_subject(f"{_SUBJECTS[tipo]}: {subject}")),
            ("X-Riferimento-Message-ID", msgid),
            ("Date", format_datetime(now)),
            ("Message-ID", f"<{identifier}>"),
            ("To", sender),
            ("X-Ricevuta", tipo),
        ]
        if receipt_kind and tipo == "avvenuta-consegna":
            headers.append(("X-TipoRicevuta", receipt_kind))
        headers.append(("From", f"posta-certificata@{self.domain}"))
        self._file(user, tipo, self._wrap(headers, inner))

    def _transport(
        self,
        target: str,
        raw: bytes,
        *,
        sender: str,
        recipients: list[tuple[str, bool]],
        subject: str,
        msgid: str,
        to: str,
        cc: Any,
        now: datetime,
    ) -> None:
        """The busta di trasporto into the recipient's mailbox (rig user `target`)."""
        identifier = self._identifier(now)
        dc = self.daticert(
            "posta-certificata",
            sender=sender,
            recipients=recipients,
            subject=subject,
            msgid=msgid,
            now=now,
            identifier=identifier,
        )
        text = self._body(
            "posta-certificata",
            sender=sender,
            recipients=recipients,
            subject=subject,
            now=now,
            identifier=identifier,
            consegna=None,
            detail=None,
        )
        inner = self._inner(text, dc, raw)
        headers = [
            ("Return-Path", f"<{sender}>"),
            ("Subject", _encode_subject(f"POSTA CERTIFICATA: {subject}")),
            ("X-Riferimento-Message-ID", msgid),
            ("Date", format_datetime(now)),
            ("Reply-To", sender),
            ("To", " ".join(to.split())),
        ]
        if cc:
            headers.append(("Cc", " ".join(str(cc).split())))
        headers += [
            ("X-Trasporto", "posta-certificata"),
            ("From", f'"Per conto di: {sender}" <posta-certificata@{self.domain}>'),
            ("X-TipoRicevuta", "completa"),
            ("Message-ID", f"<{identifier}>"),
        ]
        self._file(target, "posta-certificata", self._wrap(headers, inner))


def _encode_subject(text: str) -> str:
    from email.header import Header

    return text if text.isascii() else Header(text, "utf-8").encode()


def _hashed_attachments(raw: bytes) -> bytes:
    """A *ricevuta breve*'s copy: each attachment replaced by a text part with its SHA-256."""
    msg = message_from_bytes(raw, policy=policy.default)
    assert isinstance(msg, EmailMessage)
    if not msg.is_multipart():
        return raw
    for part in list(msg.walk()):
        if isinstance(part, EmailMessage) and part.is_attachment():
            payload = part.get_payload(decode=True)
            digest = hashlib.sha256(payload if isinstance(payload, bytes) else b"").hexdigest()
            name = part.get_filename() or "allegato"
            part.set_content(
                f"{name}: SHA-256 {digest}\n",
                charset="utf-8",
                disposition="attachment",
                filename=f"{name}.hash",
            )
    return msg.as_bytes()


def fetch(rig: MailRig, user: str) -> list[Message]:
    """Every message in the INBOX of rig user `user`, parsed (tests look at the PEC mailboxes)."""
    return [message_from_bytes(b, policy=policy.compat32) for b in rig.fetch_all(user, "INBOX")]
