"""Signed FatturaPA (.xml.p7m): the XML is taken out of a PKCS#7 SignedData built here with asn1crypto."""

from __future__ import annotations

import base64
from collections.abc import Callable

import pytest
from asn1crypto import cms, core

from mailduns.reading.einvoice import UnreadableInvoice, read_attachment

from .test_einvoice_fatturapa import body, fattura_xml, payment

XML = fattura_xml(body("7/2026", payments=payment("2026-12-02", "1220.00"))).encode()
SIGNED_DATA_OID = "1.2.840.113549.1.7.2"
DATA_OID = "1.2.840.113549.1.7.1"


def signed(content: bytes) -> bytes:
    """A CAdES-like envelope (no signer: the reader does not verify signatures)."""
    sd = cms.SignedData(
        {
            "version": "v1",
            "digest_algorithms": [{"algorithm": "sha256"}],
            "encap_content_info": {"content_type": "data", "content": content},
            "signer_infos": [],
        }
    )
    der: bytes = cms.ContentInfo({"content_type": "signed_data", "content": sd}).dump()
    return der


def signed_ber_chunked(content: bytes) -> bytes:
    """What some smart-card tools write: indefinite lengths, content in 1000-byte OCTET STRING chunks."""
    chunks = b"".join(core.OctetString(content[i : i + 1000]).dump() for i in range(0, len(content), 1000))
    oids: list[bytes] = [
        core.ObjectIdentifier(DATA_OID).dump(),
        core.ObjectIdentifier(SIGNED_DATA_OID).dump(),
    ]
    version: bytes = core.Integer(1).dump()
    econtent = b"\xa0\x80" + b"\x24\x80" + chunks + b"\x00\x00" + b"\x00\x00"
    encap = b"\x30\x80" + oids[0] + econtent + b"\x00\x00"
    sd = b"\x30\x80" + version + b"\x31\x00" + encap + b"\x31\x00" + b"\x00\x00"
    return b"\x30\x80" + oids[1] + b"\xa0\x80" + sd + b"\x00\x00\x00\x00"


@pytest.mark.parametrize(
    "wrap",
    [
        signed,
        signed_ber_chunked,
        lambda x: base64.encodebytes(signed(x)),  # saved base64-encoded
        lambda x: b"-----BEGIN PKCS7-----\n" + base64.encodebytes(signed(x)) + b"-----END PKCS7-----\n",
        lambda x: signed(signed(x)),  # signed twice
    ],
)
def test_signed_fatturapa_is_read(wrap: Callable[[bytes], bytes]) -> None:
    [inv] = read_attachment("IT01234567890_00001.xml.p7m", "application/pkcs7-mime", wrap(XML))
    assert (inv.number, inv.source, str(inv.amount)) == ("7/2026", "fatturapa", "1220.00 EUR")


def test_signed_envelope_is_recognised_by_content_without_the_name() -> None:
    [inv] = read_attachment("allegato", "application/octet-stream", signed(XML))
    assert inv.number == "7/2026"


def test_broken_p7m_is_a_clear_problem() -> None:
    with pytest.raises(UnreadableInvoice, match=r"could not read fattura.xml.p7m: not a"):
        read_attachment("fattura.xml.p7m", "", b"this is not a signature")
    with pytest.raises(UnreadableInvoice, match=r"could not read fattura.xml.p7m"):
        read_attachment("fattura.xml.p7m", "", signed(XML)[:200])
    with pytest.raises(UnreadableInvoice, match="not XML"):
        read_attachment("fattura.xml.p7m", "", signed(b"plain text, not xml"))
    with pytest.raises(UnreadableInvoice, match="not well-formed XML"):
        read_attachment("fattura.xml.p7m", "", signed(XML[:-30]))


def test_smime_parts_are_not_invoices() -> None:
    assert read_attachment("smime.p7s", "application/pkcs7-signature", signed(b"")) == []
    assert read_attachment("smime.p7m", "application/pkcs7-mime", b"\x30\x03\x02\x01\x00") == []
    assert (
        read_attachment(
            "smime.p7m", "application/pkcs7-mime", signed(b"Content-Type: text/plain\r\n\r\nhello")
        )
        == []
    )
