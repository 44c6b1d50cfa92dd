"""Hostile or broken XML attachments: a clear "could not read ..." and no crash, in bounded time."""

from __future__ import annotations

import time

import pytest

from mailduns.core.errors import MaildunsError
from mailduns.reading.einvoice import UnreadableInvoice, read_attachment
from mailduns.reading.einvoice.xmlsafe import MAX_XML_BYTES

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<FatturaElettronica><Numero>&lol9;</Numero></FatturaElettronica>"""

XXE = b"""<?xml version="1.0"?>
<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<FatturaElettronica><Numero>&xxe;</Numero></FatturaElettronica>"""


def timed_problem(name: str, payload: bytes, match: str) -> UnreadableInvoice:
    start = time.monotonic()
    with pytest.raises(UnreadableInvoice, match=match) as info:
        read_attachment(name, "application/xml", payload)
    assert time.monotonic() - start < 2.0
    return info.value


def test_billion_laughs_is_refused() -> None:
    problem = timed_problem(
        "bomb.xml", BILLION_LAUGHS, r"^could not read bomb.xml: XML with a DTD is refused"
    )
    assert problem.filename == "bomb.xml"
    assert isinstance(problem, MaildunsError)


def test_external_entities_are_refused() -> None:
    timed_problem("xxe.xml", XXE, r"^could not read xxe.xml: XML with a DTD is refused")


def test_malformed_xml() -> None:
    timed_problem(
        "broken.xml",
        b"<FatturaElettronica><Numero>1</Numer></FatturaElettronica>",
        r"^could not read broken.xml: not well-formed XML \(line 1, column \d+\)$",
    )


def test_not_xml_at_all_in_an_xml_file() -> None:
    timed_problem("fattura.xml", b"PK\x03\x04 a zip file", r"^could not read fattura.xml: not XML")


def test_oversized_xml_is_refused_before_parsing() -> None:
    payload = b"<a>" + b" " * (MAX_XML_BYTES + 10) + b"</a>"
    timed_problem("huge.xml", payload, r"^could not read huge.xml: 10 MB of XML is more than the 10 MB")


def test_deep_nesting_does_not_crash() -> None:
    deep = b"<a>" * 50_000 + b"</a>" * 50_000
    start = time.monotonic()
    assert read_attachment("deep.xml", "application/xml", deep) == []
    assert time.monotonic() - start < 2.0


@pytest.mark.parametrize(
    "payload", [b"", b"   ", b"\x00\x01\x02", "<?xml version='1.0'?><a>é</a>".encode("utf-16")]
)
def test_odd_bytes_never_raise_anything_but_unreadable(payload: bytes) -> None:
    try:
        assert read_attachment("x.xml", "application/xml", payload) == []
    except UnreadableInvoice as exc:
        assert str(exc).startswith("could not read x.xml: ")


def test_attachments_that_are_not_invoices_are_ignored_silently() -> None:
    assert read_attachment("logo.png", "image/png", b"\x89PNG\r\n\x1a\n....") == []
    assert read_attachment("note.txt", "text/plain", b"Fattura 12/2026 totale 10 EUR") == []
    assert read_attachment("page.html", "text/html", b"<html><body>Fattura</body></html>") == []
