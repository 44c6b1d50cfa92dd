"""The document inside a signed FatturaPA (`.xml.p7m`, CAdES-BES): a PKCS#7/CMS SignedData envelope.

Italian e-invoices are often signed with a smart card, which wraps the XML in CMS SignedData; the
XML is the envelope's encapsulated content.  asn1crypto (maintained, pure Python) reads DER and the
BER some signing tools write (indefinite lengths, the content split in OCTET STRING chunks).  Tools
also save the envelope base64-encoded or as PEM, and a file signed twice holds an envelope in an
envelope; all of these are unwrapped.

The signature is not verified: mailduns reads the invoices its own user sent, to follow them up,
and a signature says nothing about whether the client paid.
"""

from __future__ import annotations

import base64
import binascii
import re

from mailduns.reading.einvoice.xmlsafe import UnreadableInvoice

MAX_P7M_BYTES = 15 * 1024 * 1024
_MAX_NESTING = 3
_PEM_RE = re.compile(rb"-----BEGIN [A-Z0-9 ]+-----(.*?)-----END [A-Z0-9 ]+-----", re.DOTALL)


def is_signed_data(payload: bytes) -> bool:
    """Cheap check: DER/BER of a ContentInfo starts with a SEQUENCE holding the signedData OID."""
    head = payload[:40]
    return head[:1] == b"\x30" and b"\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x07\x02" in head


def _der(payload: bytes) -> bytes | None:
    """The binary envelope, whether the file holds it raw, base64-encoded or as PEM."""
    if payload[:1] == b"\x30":
        return payload
    pem = _PEM_RE.search(payload[:MAX_P7M_BYTES])
    body = pem.group(1) if pem else payload
    try:
        decoded = base64.b64decode(re.sub(rb"\s+", b"", body), validate=True)
    except (binascii.Error, ValueError):
        return None
    return decoded if decoded[:1] == b"\x30" else None


def _content(der: bytes) -> bytes | None:
    """The encapsulated content of a SignedData envelope; None when it is something else."""
    try:
        from asn1crypto import cms  # imported on the first signed file: most mailboxes have none

        info = cms.ContentInfo.load(der)
        if info["content_type"].native != "signed_data":
            return None
        inner = info["content"]["encap_content_info"]["content"]
        value = inner.native if inner is not None else None
    except Exception:  # noqa: BLE001 - asn1crypto parses lazily; hostile DER fails in many ways
        return None
    return value if isinstance(value, bytes) else None


def unwrap(filename: str, payload: bytes) -> bytes:
    """The signed document (the FatturaPA XML) inside a .p7m, unwrapping nested signatures.

    Raises UnreadableInvoice when the file is too big, is not a signed envelope, or carries no
    document (a detached signature).
    """
    if len(payload) > MAX_P7M_BYTES:
        raise UnreadableInvoice(
            filename,
            f"{len(payload) // (1024 * 1024)} MB is more than the "
            f"{MAX_P7M_BYTES // (1024 * 1024)} MB a signed invoice may have",
        )
    data = payload
    for _ in range(_MAX_NESTING):
        der = _der(data)
        if der is None:
            break
        content = _content(der)
        if content is None:
            if data is payload:
                raise UnreadableInvoice(filename, "not a signed document (no PKCS#7 SignedData with content)")
            break
        data = content
    if data is payload:
        raise UnreadableInvoice(filename, "not a PKCS#7 signed file (neither DER, base64 nor PEM)")
    return data
