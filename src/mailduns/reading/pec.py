"""Reading Italian certified mail (PEC): receipts, transport envelopes and their daticert.xml.

Why this module exists: a formal notice sent by PEC is worth something in court only through the
receipts the providers ("gestori") send back — the *ricevuta di accettazione* (the sender's provider
took the message, at a certified instant) and the *ricevuta di avvenuta consegna* (the message is in
the recipient's mailbox, at a certified instant), or an *avviso di mancata consegna*. mailduns must
recognise them in the PEC inbox, tie each one to the notice it sent, and record the instants. This
is a pure reader: bytes in, facts out; no I/O.

The rules followed (DPR 11 febbraio 2005 n. 68; DM 2 novembre 2005, "Regole tecniche per la
formazione, la trasmissione e la validazione, anche temporale, della posta elettronica certificata",
and its technical annex):

* Every message a provider emits is S/MIME-signed (multipart/signed) and carries a header naming
  what it is: `X-Ricevuta: accettazione | non-accettazione | presa-in-carico | avvenuta-consegna |
  errore-consegna | preavviso-errore-consegna | rilevazione-virus` for receipts and notices, or
  `X-Trasporto: posta-certificata | errore` for the *busta di trasporto* (the envelope in which the
  original message reaches the recipient, as `postacert.eml`) and the *busta di anomalia*.
* `X-Riferimento-Message-ID` holds the Message-ID of the original message the receipt is about.
* The certified data are in the attachment `daticert.xml` (annex, "Schema dei dati di
  certificazione"):

      <postacert tipo="avvenuta-consegna" errore="nessuno">      errore: nessuno | no-dest |
        <intestazione>                                            no-dominio | virus | altro
          <mittente>…</mittente>
          <destinatari tipo="certificato|esterno">…</destinatari>   (one or more)
          <risposte>…</risposte>  <oggetto>…</oggetto>
        </intestazione>
        <dati>
          <gestore-emittente>…</gestore-emittente>
          <data zona="+0100"><giorno>13/11/2018</giorno><ora>16:39:27</ora></data>
          <identificativo>…</identificativo>  <msgid>&lt;…&gt;</msgid>
          <ricevuta tipo="completa|breve|sintetica"/>  <consegna>…</consegna>
          <errore-esteso>…</errore-esteso>
        </dati>
      </postacert>

* A *ricevuta di avvenuta consegna completa* also attaches the original message as `postacert.eml`
  (a *breve* one replaces its attachments by their hashes; a *sintetica* one has no copy).

The header is what a mail client filters on, daticert.xml is what the provider certifies; when both
are there, daticert.xml wins. What is read is checked against real receipts (an Aruba avvenuta
consegna, SdI envelopes) in the shared corpus, and against those the test provider writes.

Not done: verifying the provider's S/MIME signature. It needs the providers' certificates from
AgID's public list, which a daemon cannot fetch at run time; the receipt is kept byte for byte, so
the signature can be verified later by anyone who needs to (a lawyer's PEC client does it).
"""

from __future__ import annotations

import email
import email.policy
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from email.header import decode_header, make_header
from email.message import Message
from email.utils import getaddresses
from typing import Final
from xml.etree.ElementTree import Element, ParseError

import defusedxml
import defusedxml.ElementTree as DefusedET

from mailduns.reading import fastre

__all__ = [
    "DELIVERY_FAILURES",
    "RECEIPT_TYPES",
    "Daticert",
    "PecMessage",
    "PecRecipient",
    "UnreadablePec",
    "is_pec",
    "parse_daticert",
    "read_pec",
]

#: The receipt and notice types of the technical rules (`X-Ricevuta`, `postacert/@tipo`).
RECEIPT_TYPES: Final = frozenset(
    {
        "accettazione",
        "non-accettazione",
        "presa-in-carico",
        "avvenuta-consegna",
        "errore-consegna",
        "preavviso-errore-consegna",
        "rilevazione-virus",
    }
)
#: Envelope types (`X-Trasporto`, `postacert/@tipo` of a busta): the message itself, or an anomaly.
TRANSPORT_TYPES: Final = frozenset({"posta-certificata", "errore"})
#: What says the notice did not (or may not) reach the client.
DELIVERY_FAILURES: Final = frozenset(
    {"non-accettazione", "errore-consegna", "preavviso-errore-consegna", "rilevazione-virus"}
)
#: The `errore` attribute's values.
ERRORS: Final = frozenset({"nessuno", "no-dest", "no-dominio", "virus", "altro"})

_MAX_DATICERT = 256 * 1024
_ZONE_RE = re.compile(r"^\s*([+-])(\d{2}):?(\d{2})\s*$")
_DAY_RE = re.compile(r"^\s*(\d{1,2})/(\d{1,2})/(\d{4})\s*$")
_TIME_RE = re.compile(r"^\s*(\d{1,2}):(\d{2})(?::(\d{2}))?\s*$")
_MSGID_RE = re.compile(r"<[^<>\s]+>")


class UnreadablePec(ValueError):
    """A daticert.xml that cannot be read (not XML, not a postacert document, an entity bomb)."""


@dataclass(frozen=True)
class PecRecipient:
    """One addressee of the original message: `certified` is False for an ordinary address ("esterno")."""

    address: str
    certified: bool


@dataclass(frozen=True)
class Daticert:
    """The certified data of one PEC message (daticert.xml), as the provider wrote them.

    `at` is the certified instant, timezone-aware (the `zona` attribute); `msgid` the Message-ID of
    the original message, with its angle brackets; `delivered_to` the mailbox the message was
    delivered to (`consegna`, delivery receipts) and `error_detail` the provider's explanation
    (`errore-esteso`, failure notices), each None when absent.
    """

    tipo: str
    errore: str
    sender: str | None
    recipients: tuple[PecRecipient, ...]
    reply_to: str | None
    subject: str | None
    issuer: str | None
    at: datetime | None
    identifier: str | None
    msgid: str | None
    receipt_kind: str | None
    delivered_to: str | None
    error_detail: str | None


@dataclass(frozen=True)
class PecMessage:
    """A message emitted by a PEC provider, as far as mailduns needs it.

    `kind` is "receipt" (X-Ricevuta: a receipt or a notice about a message *we* sent) or "transport"
    (X-Trasporto: an envelope bringing someone's message *to us*, or an anomaly envelope).
    `tipo` is daticert.xml's type, else the header's. `refers_to` is the Message-ID of the original
    message (daticert's msgid, else X-Riferimento-Message-ID). `at` the certified instant (daticert,
    else the Date header). `failed` is True for every notice that the message did not, or may not,
    reach its recipient; `permanent` tells a definitive failure from the 12-hour warning
    (preavviso-errore-consegna), except that a preavviso whose errore-esteso is a permanent SMTP
    status (5.x.x, as Aruba writes) is definitive too. `original` is postacert.eml when attached.
    """

    kind: str
    tipo: str
    refers_to: str | None
    message_id: str | None
    subject: str
    at: datetime | None
    daticert: Daticert | None
    daticert_xml: bytes | None
    original: bytes | None
    failed: bool
    permanent: bool

    @property
    def recipient(self) -> str | None:
        """The mailbox a receipt is about: where it was delivered, else the (first) certified addressee."""
        d = self.daticert
        if d is None:
            return None
        if d.delivered_to:
            return d.delivered_to
        certified = [r.address for r in d.recipients if r.certified] or [r.address for r in d.recipients]
        return certified[0] if certified else None

    @property
    def reason(self) -> str | None:
        """Why delivery failed, in the provider's words (errore-esteso), else the error code."""
        d = self.daticert
        if d is None:
            return None
        if d.error_detail:
            return d.error_detail
        return None if d.errore == "nessuno" else d.errore


# -------------------------------------------------------------------------------------------------
# daticert.xml


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1].lower()


def _child(parent: Element | None, name: str) -> Element | None:
    if parent is None:
        return None
    for el in parent:
        if _local(el.tag) == name:
            return el
    return None


def _children(parent: Element | None, name: str) -> Iterator[Element]:
    if parent is None:
        return
    for el in parent:
        if _local(el.tag) == name:
            yield el


def _text(el: Element | None) -> str | None:
    if el is None or el.text is None:
        return None
    value = " ".join(el.text.split())
    return value or None


def _address(value: str | None) -> str | None:
    if not value:
        return None
    found = [a for _, a in getaddresses([value]) if "@" in a]
    return (found[0] if found else value).strip().lower() or None


def _msgid(value: str | None) -> str | None:
    """A Message-ID with angle brackets, whatever the writer did with them."""
    if not value:
        return None
    m = _MSGID_RE.search(value)
    if m:
        return m.group(0)
    bare = value.strip()
    return f"<{bare}>" if bare and " " not in bare else None


def _instant(data: Element | None) -> datetime | None:
    """`<data zona="+0100"><giorno>dd/mm/yyyy</giorno><ora>hh:mm:ss</ora></data>` → aware datetime."""
    if data is None:
        return None
    day = _DAY_RE.match(_text(_child(data, "giorno")) or "")
    clock = _TIME_RE.match(_text(_child(data, "ora")) or "")
    zone = _ZONE_RE.match(data.get("zona") or "")
    if not day or not clock:
        return None
    offset = timedelta(0)
    if zone:
        sign = -1 if zone.group(1) == "-" else 1
        offset = sign * timedelta(hours=int(zone.group(2)), minutes=int(zone.group(3)))
    try:
        return datetime(
            int(day.group(3)),
            int(day.group(2)),
            int(day.group(1)),
            int(clock.group(1)),
            int(clock.group(2)),
            int(clock.group(3) or 0),
            tzinfo=timezone(offset),
        )
    except ValueError:
        return None


def parse_daticert(data: bytes) -> Daticert:
    """Read a daticert.xml. Raises UnreadablePec when it is not one (or is hostile XML)."""
    if len(data) > _MAX_DATICERT:
        raise UnreadablePec(f"daticert.xml is {len(data)} bytes, too big to be one")
    try:
        root = DefusedET.fromstring(data, forbid_dtd=True)
    except (ParseError, defusedxml.DefusedXmlException) as exc:
        raise UnreadablePec(f"daticert.xml is not readable XML: {exc}") from None
    if _local(root.tag) != "postacert":
        raise UnreadablePec(f"daticert.xml holds <{_local(root.tag)}>, not <postacert>")
    tipo = (root.get("tipo") or "").strip().lower()
    if not tipo:
        raise UnreadablePec("daticert.xml has no tipo")
    head = _child(root, "intestazione")
    dati = _child(root, "dati")
    recipients = tuple(
        PecRecipient(addr, (el.get("tipo") or "certificato").strip().lower() != "esterno")
        for el in _children(head, "destinatari")
        if (addr := _address(_text(el))) is not None
    )
    ricevuta = _child(dati, "ricevuta")
    return Daticert(
        tipo=tipo,
        errore=(root.get("errore") or "nessuno").strip().lower(),
        sender=_address(_text(_child(head, "mittente"))),
        recipients=recipients,
        reply_to=_address(_text(_child(head, "risposte"))),
        subject=_text(_child(head, "oggetto")),
        issuer=_text(_child(dati, "gestore-emittente")),
        at=_instant(_child(dati, "data")),
        identifier=_text(_child(dati, "identificativo")),
        msgid=_msgid(_text(_child(dati, "msgid"))),
        receipt_kind=(ricevuta.get("tipo") or "completa").strip().lower() if ricevuta is not None else None,
        delivered_to=_address(_text(_child(dati, "consegna"))),
        error_detail=_text(_child(dati, "errore-esteso")),
    )


# -------------------------------------------------------------------------------------------------
# The message


def _own_parts(msg: Message) -> Iterator[Message]:
    """Every part of `msg` but not those inside an attached message (postacert.eml may itself be a
    PEC message with its own daticert.xml, which must not be taken for the receipt's)."""
    stack = [msg]
    while stack:
        part = stack.pop(0)
        yield part
        if part.get_content_type() == "message/rfc822":
            continue
        payload = part.get_payload()
        if part.is_multipart() and isinstance(payload, list):
            stack = [p for p in payload if isinstance(p, Message)] + stack


def _header(msg: Message, name: str) -> str:
    value = msg.get(name)
    if value is None:
        return ""
    try:
        text = str(make_header(decode_header(str(value))))
    except (ValueError, LookupError, UnicodeError):
        text = str(value)
    return " ".join(text.split())


def _date_header(msg: Message) -> datetime | None:
    try:
        value = msg.get("Date")
        return email.utils.parsedate_to_datetime(str(value)) if value else None
    except (TypeError, ValueError):
        return None


def is_pec(raw: bytes) -> bool:
    """True for a message emitted by a PEC provider (receipt, notice or envelope), from its headers."""
    head = raw.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0].lower()
    return b"\nx-ricevuta:" in b"\n" + head or b"\nx-trasporto:" in b"\n" + head


def _permanent(tipo: str, detail: str | None) -> bool:
    if tipo != "preavviso-errore-consegna":
        return True
    return bool(detail and re.match(r"\s*5\.\d{1,3}\.\d{1,3}\b", detail))


def read_pec(raw: bytes) -> PecMessage | None:
    """What a PEC provider's message says; None when `raw` is not one (no X-Ricevuta / X-Trasporto).

    A damaged daticert.xml leaves `daticert` None and the facts come from the headers alone.
    """
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    receipt = _header(msg, "X-Ricevuta").lower()
    transport = _header(msg, "X-Trasporto").lower()
    if not receipt and not transport:
        return None
    xml: bytes | None = None
    original: bytes | None = None
    for part in _own_parts(msg):
        name = (part.get_filename() or "").strip().lower()
        if name == "daticert.xml" and xml is None and not part.is_multipart():
            payload = part.get_payload(decode=True)
            xml = payload if isinstance(payload, bytes) else None
        elif (
            part.get_content_type() == "message/rfc822"
            and original is None
            and (name in ("postacert.eml", "") or name.endswith(".eml"))
        ):
            inner = part.get_payload()
            if isinstance(inner, list) and inner and isinstance(inner[0], Message):
                original = inner[0].as_bytes()
    daticert: Daticert | None = None
    if xml is not None:
        try:
            daticert = parse_daticert(xml)
        except UnreadablePec:
            daticert = None
    tipo = daticert.tipo if daticert is not None else (receipt or transport)
    kind = "receipt" if (receipt or tipo in RECEIPT_TYPES) and tipo not in TRANSPORT_TYPES else "transport"
    refers = (daticert.msgid if daticert is not None else None) or _msgid(
        _header(msg, "X-Riferimento-Message-ID")
    )
    detail = daticert.error_detail if daticert is not None else None
    failed = kind == "receipt" and tipo in DELIVERY_FAILURES
    return PecMessage(
        kind=kind,
        tipo=tipo,
        refers_to=refers,
        message_id=_msgid(_header(msg, "Message-ID")),
        subject=_header(msg, "Subject"),
        at=(daticert.at if daticert is not None else None) or _date_header(msg),
        daticert=daticert,
        daticert_xml=xml,
        original=original,
        failed=failed,
        permanent=failed and _permanent(tipo, detail),
    )


fastre.accelerate(globals())  # each regex above first rules out what it cannot match (reading/fastre.py)
