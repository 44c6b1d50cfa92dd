"""Bytes to envelope, text and attachments: decoding, and never raising on broken input."""

from __future__ import annotations

import base64
import random
from datetime import UTC, datetime, timedelta, timezone

import pytest

from mailduns.reading import read_message
from mailduns.reading.mime import html_to_text, parse

KINDS = {
    "invoice",
    "payment-notification",
    "client-reply-paid",
    "client-reply-promise",
    "client-reply-dispute",
    "client-reply-other",
    "auto-reply",
    "bounce",
    "other",
}

GOOD = (
    b"From: =?utf-8?Q?Alessandra_Rossi?= <Alessandra@Example.IT>\r\n"
    b"To: =?utf-8?Q?Rossi=2C_Mario?= <Mario@ACME.it>, amministrazione@acme.it\r\n"
    b"Cc: Contabilit\xc3\xa0 <conta@acme.it>\r\n"
    b"Subject: =?utf-8?B?RmF0dHVyYSAxMi8yMDI2IOKAkyBjb25zdWxlbnph?=\r\n"
    b"Date: Mon, 02 Nov 2026 10:00:00 +0100\r\n"
    b"Message-ID: <inv-12@example.it>\r\n"
    b"In-Reply-To: <order-55@acme.it>\r\n"
    b"References: <a@acme.it>\r\n <order-55@acme.it>\r\n"
    b"Auto-Submitted: No\r\n"
    b"X-Mailduns: reminder; invoice=12/2026\r\n"
    b"MIME-Version: 1.0\r\n"
    b'Content-Type: multipart/mixed; boundary="b1"\r\n\r\n'
    b"--b1\r\n"
    b'Content-Type: multipart/alternative; boundary="b2"\r\n\r\n'
    b"--b2\r\n"
    b"Content-Type: text/plain; charset=windows-1252\r\n"
    b"Content-Transfer-Encoding: quoted-printable\r\n\r\n"
    b"Totale: 1.220,00 =80 -- perch=E8\r\n"
    b"--b2\r\n"
    b"Content-Type: text/html; charset=utf-8\r\n\r\n"
    b"<p>HTML version</p>\r\n"
    b"--b2--\r\n"
    b"--b1\r\n"
    b'Content-Type: application/pdf; name="=?utf-8?Q?Fattura_12-2026.pdf?="\r\n'
    b"Content-Disposition: attachment; filename*=utf-8''Fattura%2012-2026.pdf\r\n"
    b"Content-Transfer-Encoding: base64\r\n\r\n" + base64.b64encode(b"%PDF-1.4 fake") + b"\r\n"
    b"--b1--\r\n"
)


def test_envelope_is_decoded() -> None:
    p = parse(GOOD)
    e = p.envelope
    assert e.from_addr == "alessandra@example.it"
    assert e.from_name == "Alessandra Rossi"
    assert e.to_addrs == ("mario@acme.it", "amministrazione@acme.it")
    assert e.to_names == ("Rossi, Mario", "")  # the encoded comma does not split the address
    assert e.cc_addrs == ("conta@acme.it",)
    assert e.subject == "Fattura 12/2026 – consulenza"
    assert e.date == datetime(2026, 11, 2, 10, 0, tzinfo=timezone(timedelta(hours=1)))
    assert e.message_id == "<inv-12@example.it>"
    assert e.in_reply_to == "<order-55@acme.it>"
    assert e.references == ("<a@acme.it>", "<order-55@acme.it>")
    assert e.auto_submitted == "no"
    assert e.mailduns_tag == "reminder; invoice=12/2026"
    assert p.problems == ()


def test_plain_text_alternative_is_preferred_and_charset_decoded() -> None:
    p = parse(GOOD)
    assert p.text == "Totale: 1.220,00 € -- perchè"
    assert "HTML version" not in p.text


def test_attachments_are_listed_with_payload() -> None:
    p = parse(GOOD)
    assert [(a.filename, a.content_type, a.payload, a.nested) for a in p.attachments] == [
        ("Fattura 12-2026.pdf", "application/pdf", b"%PDF-1.4 fake", False)
    ]


def test_html_only_body_becomes_text_with_quotes() -> None:
    html = (
        "<html><head><style>p{color:red}</style></head><body><div>Abbiamo pagato&nbsp;ieri.</div>"
        "<div>Il giorno 2 dic ha scritto:</div><blockquote><p>Gentile cliente</p><p>Totale</p>"
        "</blockquote></body></html>"
    )
    text = html_to_text(html)
    assert "color" not in text
    assert "Abbiamo pagato ieri." in text
    assert "> Gentile cliente" in text and "> Totale" in text


def test_html_only_message() -> None:
    raw = (
        b"From: a@b.it\nTo: c@d.it\nSubject: Re: Fattura 12/2026\nIn-Reply-To: <x@b.it>\n"
        b"Content-Type: text/html; charset=utf-8\n\n<p>Pagato ieri, grazie!</p>"
        b"<blockquote>Se ha gi&agrave; pagato ignori</blockquote>"
    )
    facts = read_message(raw)
    assert facts.kind == "client-reply-paid"
    assert "Pagato ieri" in facts.text


def test_unknown_charset_is_a_problem_not_an_error() -> None:
    raw = b"From: a@b.it\nSubject: x\nContent-Type: text/plain; charset=x-klingon\n\nQapla\xe8 caf\xc3\xa8\n"
    p = parse(raw)
    assert "unknown charset 'x-klingon' in text/plain" in p.problems
    assert "Qapla" in p.text


def test_text_not_valid_in_its_declared_charset_falls_back() -> None:
    raw = b"From: a@b.it\nSubject: x\nContent-Type: text/plain; charset=utf-8\n\nperch\xe8 \x80 100\n"
    p = parse(raw)
    assert p.text.startswith("perchè € 100")
    assert "text/plain is not valid utf-8" in p.problems


def test_eight_bit_junk_in_headers() -> None:
    raw = (
        b"From: Jos\xe9 P\xe9rez <jose@empresa.es>\nTo: \xff\xfe <x@y.it>\n"
        b"Subject: Fattura 12/2026 perch\xc3\xa8 \xff\n\nTotale: 100 \xe2\x82\xac\n"
    )
    facts = read_message(raw)
    assert facts.envelope.from_addr == "jose@empresa.es"
    assert facts.envelope.from_name == "José Pérez"
    assert facts.envelope.subject.startswith("Fattura 12/2026")
    assert facts.kind == "invoice"
    assert facts.invoices[0].number == "12/2026"


@pytest.mark.parametrize(
    "subject",
    [
        b"=?utf-8?B?!!!not-base64?=",
        b"=?x-unknown?Q?abc?=",
        b"=?utf-8?Q?unterminated",
        b"=?utf-8?X?bad-encoding?=",
        b"=?iso-2022-jp?B?GyRCJEskYyRzJDMbKEI?=",
        b"=?utf-8?B?w6g=?= =?utf-8?Q?_ok?=",
    ],
)
def test_invalid_encoded_words_never_raise(subject: bytes) -> None:
    facts = read_message(b"From: a@b.it\nSubject: " + subject + b"\n\nciao\n")
    assert facts.kind in KINDS
    assert isinstance(facts.envelope.subject, str)


def test_unknown_charset_in_encoded_word_is_reported() -> None:
    p = parse(b"From: a@b.it\nSubject: =?x-unknown?Q?abc?=\n\nciao\n")
    assert p.envelope.subject == "abc"
    assert any("x-unknown" in problem for problem in p.problems)


def test_unreadable_date_is_a_problem() -> None:
    p = parse(b"From: a@b.it\nDate: the day after tomorrow\nSubject: x\n\nciao\n")
    assert p.envelope.date is None
    assert "unreadable Date header" in p.problems


def test_date_without_zone_is_taken_as_utc() -> None:
    p = parse(b"From: a@b.it\nDate: Mon, 02 Nov 2026 10:00:00 -0000\nSubject: x\n\nciao\n")
    assert p.envelope.date == datetime(2026, 11, 2, 10, 0, tzinfo=UTC)


def test_empty_input() -> None:
    for raw in (b"", b"   \r\n\r\n"):
        facts = read_message(raw)
        assert facts.kind == "other"
        assert facts.problems == ("empty message",)


def test_no_headers_at_all() -> None:
    facts = read_message(b"just some words without any header\n")
    assert facts.kind == "other"
    assert "no headers" in facts.problems or "no blank line after the headers" in facts.problems


def test_headers_without_body() -> None:
    facts = read_message(b"From: a@b.it\nSubject: hello\n")
    assert facts.kind == "other"
    assert "no readable text" in facts.problems


def test_truncated_multipart() -> None:
    raw = GOOD[: GOOD.index(b"--b2\r\nContent-Type: text/html")]
    facts = read_message(raw)
    assert "multipart closing boundary missing (truncated?)" in facts.problems
    assert "Totale: 1.220,00" in facts.text


def test_multipart_without_boundary() -> None:
    raw = b"From: a@b.it\nSubject: x\nContent-Type: multipart/mixed\n\n--zz\nhello\n"
    facts = read_message(raw)
    assert facts.kind in KINDS
    assert "multipart without boundary" in facts.problems


def test_bad_base64_attachment() -> None:
    raw = (
        b"From: a@b.it\nSubject: Documenti\nContent-Type: multipart/mixed; boundary=q\n\n--q\n"
        b"Content-Type: text/plain\n\nciao\n--q\nContent-Type: application/pdf\n"
        b"Content-Disposition: attachment; filename=Fattura_3-2026.pdf\n"
        b"Content-Transfer-Encoding: base64\n\n!!!@@@###\n--q--\n"
    )
    facts = read_message(raw)
    assert facts.kind == "invoice"  # the file name is enough
    assert facts.invoices[0].number == "3/2026"


def test_deep_nesting_is_cut() -> None:
    depth = 60
    head = b"From: a@b.it\nSubject: deep\nContent-Type: multipart/mixed; boundary=b0\n\n"
    body = b""
    for i in range(1, depth):
        body += b"--b%d\nContent-Type: multipart/mixed; boundary=b%d\n\n" % (i - 1, i)
    body += b"--b%d\nContent-Type: text/plain\n\nhello\n" % (depth - 1)
    facts = read_message(head + body)
    assert facts.kind in KINDS
    assert "MIME nesting too deep" in facts.problems


def test_nul_bytes_and_control_characters() -> None:
    facts = read_message(
        b"From: a@b.it\x00\nSubject: Fattura\x00 1/2026\n\n\x00\x01\x02 Totale \x00 5 \xe2\x82\xac"
    )
    assert facts.kind in KINDS


def test_random_garbage_never_raises() -> None:
    rng = random.Random(20261202)
    for size in (1, 2, 17, 200, 3000):
        for _ in range(20):
            facts = read_message(rng.randbytes(size))
            assert facts.kind in KINDS
            assert not any(p.startswith("internal error") for p in facts.problems)


def test_every_truncation_of_a_real_message_reads() -> None:
    for cut in range(0, len(GOOD), 23):
        facts = read_message(GOOD[:cut])
        assert facts.kind in KINDS
        assert not any(p.startswith("internal error") for p in facts.problems), cut


def test_byte_flips_never_raise() -> None:
    rng = random.Random(7)
    for _ in range(150):
        data = bytearray(GOOD)
        for _ in range(8):
            data[rng.randrange(len(data))] = rng.randrange(256)
        facts = read_message(bytes(data))
        assert facts.kind in KINDS
        assert not any(p.startswith("internal error") for p in facts.problems)


def test_forwarded_message_is_read_as_nested() -> None:
    inner = b"From: x@y.it\nSubject: Fattura 9/2026\nContent-Type: text/plain\n\nTotale 10 EUR\n"
    raw = (
        b"From: a@b.it\nTo: c@d.it\nSubject: guarda qui\nContent-Type: multipart/mixed; boundary=z\n\n"
        b"--z\nContent-Type: text/plain\n\nvedi sotto\n--z\nContent-Type: message/rfc822\n\n"
        + inner
        + b"\n--z--\n"
    )
    p = parse(raw)
    assert p.text.strip() == "vedi sotto"
    assert [t.strip() for t in p.nested_texts] == ["Totale 10 EUR"]
    assert p.attachments[0].content_type == "message/rfc822"


def test_huge_bodies_are_read_in_part_and_quickly() -> None:
    body = "Abbiamo pagato ieri.\n" + ("riga di log 12345 " * 40_000)
    raw = b"From: a@b.it\nSubject: Re: Fattura 12/2026\nIn-Reply-To: <x@y>\n\n" + body.encode()
    facts = read_message(raw)
    assert facts.kind == "client-reply-paid"
    assert facts.text.endswith("12345 ")  # the whole text is kept for number matching
    assert any(p.startswith("text too long") for p in facts.problems)


def test_html_table_cells_are_words_apart() -> None:
    # a bank's notice puts the label and the amount in cells of one row: "Importo1.220,00 EUR" read nothing
    from mailduns.reading.mime import html_to_text

    text = html_to_text(
        "<table><tr><td>Importo</td><td>1.220,00 EUR</td></tr><tr><td>Causale</td><td>FT 39</td></tr></table>"
    )
    assert [line for line in text.splitlines() if line] == ["Importo 1.220,00 EUR", "Causale FT 39"]


def test_plain_addresses_read_as_getaddresses_reads_them() -> None:
    """mime.plain_address reads the common address forms without the stdlib's parser: whenever it
    answers, its answer is getaddresses' (random names, quotes, spacing, local parts and domains)."""
    import random
    from email.utils import getaddresses

    from mailduns.reading.mime import plain_address

    rng = random.Random(3)
    parts = ["Mario", "Rossi", "Ana", "de", " ", "  ", '"', ",", ".", "'", "-", "x", "Z9", "(c)", "\\", "é"]
    answered = 0
    for _ in range(40000):
        name = "".join(rng.choice(parts) for _ in range(rng.randrange(0, 6)))
        local = rng.choice(["m", "mario.rossi", "a+b", "a_b", "x-y", "A.B", "a..b", ".a", "a.", "a b"])
        domain = rng.choice(["x.it", "acme.co.uk", "a-b.com", "x", "x.", "-x.it", "X.IT", "[1.2.3.4]"])
        value = rng.choice(
            [
                f"{name} <{local}@{domain}>",
                f'"{name}" <{local}@{domain}>',
                f"<{local}@{domain}>",
                f" {local}@{domain} ",
                f"{name}<{local}@{domain}>",
                f"{local}@{domain}, {name} <{local}@{domain}>",
            ]
        )
        got = plain_address(value)
        if got is not None:
            answered += 1
            assert got == getaddresses([value]), value
    assert answered > 5000
