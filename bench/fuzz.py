#!/usr/bin/env python3
"""The long fuzz run over the message reader and the e-invoice readers.

    python bench/fuzz.py --n 100000          # 100,000 inputs over 2 cores
    python bench/fuzz.py --seconds 600       # as many inputs as fit in ten minutes
    python bench/fuzz.py --only 4711         # run input #4711 again, alone, and say what it was

Every input is derived from the real mail in the shared corpus (``../shared/corpus`` beside the
checkout; it is read there and never copied): byte flips, truncation, duplicated headers, broken
charsets and RFC 2047 words, huge headers, deep multipart nesting, base64 garbage, 8-bit junk,
malformed dates, hostile HTML, and attachments that are zip/XML bombs, billion-laughs XML, truncated
and bombed PDFs, mutated FatturaPA/UBL/CII files.  Input #i is a pure function of ``--seed`` and i, so
any finding can be reproduced with ``--only i`` (and written to disk with ``--save DIR``).

The properties: ``read_message`` and ``inspect_bytes`` never raise and return a ``MessageFacts``
(``inspect_bytes`` may refuse a file with a ``MaildunsError``); no reader bug is hidden behind the
reader's own safety net ("internal error while reading"); no input takes longer than ``--limit``
seconds (the run interrupts an input at ``--hard-limit`` so that one hang cannot eat the whole run);
every ``--trace-every``-th input is read a second time under tracemalloc and may not allocate more
than ten times its size (32 MB for small ones).  It prints how many inputs it tried, how many raised,
the median and maximum time per input and the peak memory, and exits 1 when it found anything.

``tests/test_fuzz.py`` is the short form for CI and reuses the mutators below.
"""

from __future__ import annotations

import argparse
import base64
import importlib
import importlib.util
import io
import logging
import multiprocessing
import random
import re
import resource
import signal
import statistics
import sys
import time
import tracemalloc
import zipfile
import zlib
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from types import FrameType

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"

# --------------------------------------------------------------------------------------------------
# the corpus
# --------------------------------------------------------------------------------------------------


@cache
def corpus_mail(root: Path = CORPUS) -> tuple[tuple[str, bytes], ...]:
    """(name, bytes) of every message in the corpus; () when the corpus is not there."""
    folder = root / "mail"
    if not folder.is_dir():
        return ()
    return tuple(
        (str(p.relative_to(folder)), p.read_bytes())
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.suffix in (".eml", ".txt")
    )


@cache
def corpus_einvoices(root: Path = CORPUS) -> tuple[tuple[str, bytes], ...]:
    """(name, bytes) of every e-invoice (XML, PDF) in the corpus; () when it is not there."""
    folder = root / "einvoice"
    if not folder.is_dir():
        return ()
    return tuple(
        (p.name, p.read_bytes())
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.suffix.lower() in (".xml", ".pdf")
    )


def einvoice_readers() -> int:
    """Import the e-invoice package when it exists (it registers its readers); how many are registered."""
    if importlib.util.find_spec("mailduns.reading.einvoice") is not None:
        importlib.import_module("mailduns.reading.einvoice")
    from mailduns.reading import ATTACHMENT_READERS

    return len(ATTACHMENT_READERS)


# --------------------------------------------------------------------------------------------------
# hostile pieces
# --------------------------------------------------------------------------------------------------

CHARSETS: tuple[bytes, ...] = (
    b"utf-8",
    b"UTF8",
    b"x-unknown",
    b"",
    b'"',
    b"utf-7",
    b"utf-16",
    b"utf-32-be",
    b"iso-2022-jp",
    b"cp1252",
    b"rot13",
    b"base64",
    b"hex",
    b"zlib",
    b"idna",
    b"punycode",
    b"unicode-escape",
    b"raw-unicode-escape",
    b"undefined",
    b"utf-8'en'",
    b"\xff\xfe",
    b"a" * 300,
    b"us-ascii",
    b"gb18030",
    b"big5",
    b"shift_jis",
    b"cp037",
    b"mbcs",
    b"charmap",
    b"utf-8*it",
    b"utf_8_sig",
    b"latin-1",
)

DATES: tuple[bytes, ...] = (
    b"",
    b"Mon, 99 Foo 99999 99:99:99 +9999",
    b"Tue, 31 Feb 2026 25:61:61 +2400",
    b"1 Jan 10000 00:00 +0000",
    b"Fri, 31 Dec 9999 23:59:59 -2359",
    b"Mon, 1 Jan 0001 00:00:00 +2359",
    b"32 Dec 2026",
    b"0000-00-00T00:00:00Z",
    b"yesterday",
    b"\xff\xfe\x00",
    b"Mon, 1 Jan 2026 00:00:00 +0000 " + b"(" * 500,
    b"9" * 5000,
    b"Thu, 1 Jan 1970 00:00:00 +0000",
    b"=?utf-8?q?Mon=2C_1_Jan_2026?=",
    b"1 Jan 99999999999999999999 00:00 +0000",
    b"Sat, 29 Feb 2025 10:00:00 +0100",
    b"Mon,, , ,",
    b"Wed, 02 Dec 2026 10:00:00 +0100",
    b"2 dicembre 2026",
    b"Mon, 2 Dec 2026 10:00:00 GMT+25",
)

ADDRESSES: tuple[bytes, ...] = (
    b"<>",
    b"@",
    b"a@",
    b"@b",
    b'"unterminated <a@b.example>',
    b"(comment (nested <a@b.example>",
    b"a@b.example, " * 300,
    b"undisclosed-recipients:;",
    b"Group: a@b.example, c@d.example;",
    b"=?utf-8?q?Rossi=2C_Mario?= <mario@acme.example>",
    b"<<<<a@b.example>>>>",
    b'"evil@attacker.example, x"@client.example',
    b"=?utf-8?q?x=0D=0ABcc:_evil@x.example?= <a@b.example>",
    b"Mario \xe8\xff <mario@acme.example>",
    b"a@b.example\x00c@d.example",
    b'"\\"" <\\@b.example>',
    b"Amministrazione ACME <amministrazione@acme.example>",
    b"mailer-daemon@mx.example",
    b"a@[127.0.0.1]",
    b"a" * 2000 + b"@" + b"b" * 2000 + b".example",
    b"<a@b.example> (" + b"x" * 3000,
)

CONTENT_TYPES: tuple[bytes, ...] = (
    b"multipart/mixed",
    b"multipart/mixed; boundary=",
    b'multipart/mixed; boundary="',
    b"multipart/alternative; boundary=x; boundary=y",
    b"text/plain; charset*=utf-8''%FF%FE",
    b"application/pdf; name*0*=utf-8''%66%61;name*1=ttura.pdf",
    b"message/rfc822",
    b"message/delivery-status",
    b"multipart/report; report-type=delivery-status; boundary=b",
    b"text/html",
    b"/",
    b"text/",
    b"text/plain; " + b"a=b; " * 2000,
    b"message/global",
    b"message/partial; id=x; number=1; total=2",
    b"message/external-body; access-type=local-file; name=/etc/passwd",
    b"application/xml; charset=utf-16",
    b"text/plain; charset=" + b"\xe8" * 40,
    b"multipart/digest; boundary=q",
    b'TEXT/PLAIN; CHARSET=""',
    b"application/zip; name=fattura.zip",
    b"application/pkcs7-mime; name=IT01234567890_00001.xml.p7m",
)

ENCODINGS: tuple[bytes, ...] = (
    b"base64",
    b"quoted-printable",
    b"8bit",
    b"binary",
    b"x-uuencode",
    b"uuencode",
    b"x-uue",
    b"7bit",
    b"bogus",
    b"base64; x=y",
    b"",
    b"BASE64",
    b"Quoted-Printable ",
)

DISPOSITIONS: tuple[bytes, ...] = (
    b"attachment",
    b'attachment; filename="fattura_12-2026.pdf"',
    b"inline; filename*=utf-8''%E2%80%AEfdp.exe",
    b"attachment; filename=" + b"a" * 5000 + b".pdf",
    b"attachment; filename*0=fat; filename*1=tura.xml",
    b'attachment; filename="=?utf-8?b?ZmF0dHVyYS5wZGY=?="',
    b"attachment; filename=../../etc/passwd",
    b"inline",
    b'attachment; filename=""',
    b"attachment; filename*=utf-8''%FF%FE%00.xml",
)

HEADER_NAMES: tuple[bytes, ...] = (
    b"Subject",
    b"From",
    b"To",
    b"Cc",
    b"Date",
    b"Message-ID",
    b"In-Reply-To",
    b"References",
    b"Content-Type",
    b"Content-Transfer-Encoding",
    b"Content-Disposition",
    b"Auto-Submitted",
    b"X-Failed-Recipients",
    b"X-Ricevuta",
    b"X-Trasporto",
    b"Precedence",
    b"List-Id",
    b"Return-Path",
    b"X-Mailduns",
    b"MIME-Version",
    b"Reply-To",
    b"X-Autoreply",
    b"X-Apple-Action",
)

# Words the classification rules look for, to build text that walks their code paths.
RULE_WORDS: tuple[str, ...] = (
    "fattura",
    "Fattura n. 12/2026",
    "factura",
    "invoice",
    "INV-0042",
    "totale",
    "da pagare",
    "importo",
    "scadenza",
    "entro il",
    "due date",
    "vencimiento",
    "€",
    "1.220,00",
    "EUR",
    "$",
    "12,5",
    "1 234 567,89",
    "pagato",
    "abbiamo pagato",
    "we paid",
    "ya pagamos",
    "non",
    "not",
    "if",
    "se",
    "pagheremo",
    "we will pay",
    "domani",
    "tomorrow",
    "venerdì",
    "02/12/2026",
    "2026-12-02",
    "2 dicembre 2026",
    "December 5",
    "31/02",
    "wrote:",
    "ha scritto:",
    ">",
    "-----Original Message-----",
    "From:",
    "Sent:",
    "contestiamo",
    "disputed",
    "bonifico effettuato",
    "payment received",
    "credited to your account",
    "rientro il",
    "out of office",
    "30 giorni",
    "net 30",
    "fine mese",
    "IBAN IT60X0542811101000000123456",
    "\n",
    ".",
    ",",
    ";",
    ":",
    "(",
    ")",
    "n.",
    "nr.",
    "#",
    "№",
    "º",
    "\u00a0",
    "\u202f",
    "'",
    "’",
    "+ IVA",
)

HTML_SNIPPETS: tuple[bytes, ...] = (
    b"<blockquote>x",
    b"<",
    b"<!--",
    b"&#99999999999999;",
    b"&#x110000;",
    b"<script>",
    b"<style>",
    b"<div>",
    b"<![CDATA[",
    b"</blockquote>",
    b"<br/>",
    b"<p>Fattura 12/2026 totale 1.220,00 &euro;</p>",
    b"<table><tr><td>",
    b"&amp;&lt;&gt;&nbsp;",
    b"<a href='javascript:alert(1)'>",
    b"\x00",
    b"<title>",
)


def encoded_word(rng: random.Random) -> bytes:
    """An RFC 2047 word, valid or broken, maybe carrying CR/LF or NUL once decoded."""
    charset = rng.choice(CHARSETS)
    enc = rng.choice((b"q", b"Q", b"b", b"B", b"x", b""))
    payloads = (
        b"x=0D=0ABcc:_evil@x.example",
        b"=00=FF=FE",
        b"Fattura_12/2026",
        b"=E8=E9",
        base64.b64encode(rng.randbytes(rng.randrange(0, 40))),
        b"####",
        b"=",
        b"?",
        b"_" * 200,
        b"=?utf-8?q?nested?=",
        base64.b64encode(b"Rossi, Mario"),
        b"",
        b"=0",
    )
    word = b"=?" + charset + b"?" + enc + b"?" + rng.choice(payloads) + b"?="
    if rng.random() < 0.15:
        word = word[: rng.randrange(len(word))]  # unterminated
    return word


def hostile_html(rng: random.Random, size: int = 200) -> bytes:
    return b"".join(rng.choice(HTML_SNIPPETS) for _ in range(rng.randrange(1, size)))


def rule_text(rng: random.Random, words: int = 60) -> str:
    """Text made of the words the classification rules react to, in random order."""
    out: list[str] = []
    for _ in range(rng.randrange(1, words)):
        out.append(rng.choice(RULE_WORDS))
        out.append(rng.choice((" ", " ", " ", "", "\n", ". ", ", ")))
    return "".join(out)


# How big the bombs inflate (MB).  The CI suite lowers them: building a bomb costs time too.
BOMB_MB = {"zip": 50, "pdf": 200}


@cache
def zip_bomb() -> bytes:
    """A zip with one highly compressed file of zeros (and an XML name an SdI reader would open)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr("IT01234567890_00001.xml", b"\0" * (BOMB_MB["zip"] << 20))
    return buf.getvalue()


@cache
def nested_zip_bomb() -> bytes:
    """Ten copies of the zip bomb inside one zip (the 42.zip idea, one level)."""
    inner = zip_bomb()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as zf:
        for i in range(10):
            zf.writestr(f"fattura_{i}.zip", inner)
    return buf.getvalue()


def billion_laughs(levels: int = 10) -> bytes:
    ents = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(1, levels)
    ]
    return (
        '<?xml version="1.0"?>\n<!DOCTYPE FatturaElettronica [\n' + "\n".join(ents) + "\n]>\n"
        f"<FatturaElettronica><Numero>&lol{levels - 1};</Numero></FatturaElettronica>\n"
    ).encode()


def quadratic_blowup(size: int = 100_000, refs: int = 10_000) -> bytes:
    return (
        '<?xml version="1.0"?>\n<!DOCTYPE Invoice [<!ENTITY a "' + "A" * size + '">]>\n'
        '<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"><cbc:ID>'
        + "&a;" * refs
        + "</cbc:ID></Invoice>\n"
    ).encode()


def external_entity() -> bytes:
    return (
        b'<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">'
        b'<!ENTITY y SYSTEM "http://127.0.0.1:9/x">]>\n'
        b"<FatturaElettronica><Numero>&x;&y;</Numero></FatturaElettronica>\n"
    )


def deep_xml(depth: int = 100_000) -> bytes:
    return b'<?xml version="1.0"?>' + b"<a>" * depth + b"</a>" * depth


def pdf_with_streams(streams: Sequence[bytes]) -> bytes:
    """A minimal PDF with one page per stream, each stream declared /FlateDecode."""
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        (
            "<< /Type /Pages /Kids ["
            + " ".join(f"{3 + 2 * i} 0 R" for i in range(len(streams)))
            + f"] /Count {len(streams)} >>"
        ).encode(),
    ]
    for i, stream in enumerate(streams):
        objs.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {4 + 2 * i} 0 R >>".encode()
        )
        objs.append(
            b"<< /Length "
            + str(len(stream)).encode()
            + b" /Filter /FlateDecode >>\nstream\n"
            + stream
            + b"\nendstream"
        )
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for i, obj in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


@cache
def pdf_bomb() -> bytes:
    """A one-page PDF whose content stream inflates to BOMB_MB["pdf"] MB of spaces."""
    return pdf_with_streams([zlib.compress(b" " * (BOMB_MB["pdf"] << 20), 9)])


def pdf_broken_streams(pages: int = 4, size: int = 2_000_000, seed: int = 0) -> bytes:
    """Pages whose /FlateDecode streams are not zlib at all (what a damaged PDF looks like)."""
    rng = random.Random(seed)
    return pdf_with_streams([rng.randbytes(size) for _ in range(pages)])


@cache
def pdf_with_bomb_attachment() -> bytes:
    """A Factur-X-looking PDF whose embedded factur-x.xml is a billion-laughs document."""
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(612, 792)
    writer.add_attachment("factur-x.xml", billion_laughs())
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def mutate_xml(data: bytes, rng: random.Random) -> bytes:
    """Structure-aware damage to an e-invoice XML: odd numbers, dates, encodings, cuts."""
    choice = rng.randrange(7)
    if choice == 0:
        return re.sub(
            rb">\s*-?\d+(?:\.\d+)?\s*<",
            lambda _: (
                b">"
                + rng.choice(
                    (
                        b"1e999999",
                        b"NaN",
                        b"-0",
                        b"99999999999999999999999999.999",
                        b"",
                        b"1,220.00",
                        b"\xe2\x82\xac",
                        b"-Infinity",
                        b"0x10",
                        b"1_000",
                    )
                )
                + b"<"
            ),
            data,
            count=rng.randrange(1, 20),
        )
    if choice == 1:
        return re.sub(
            rb"\d{4}-\d{2}-\d{2}",
            lambda _: rng.choice(
                (b"2026-02-30", b"9999-99-99", b"0000-00-00", b"2026-13-01", b"20261202", b"99999-01-01")
            ),
            data,
            count=rng.randrange(1, 10),
        )
    if choice == 2:
        return re.sub(
            rb'encoding="[^"]*"', b'encoding="' + rng.choice(CHARSETS).strip(b'"') + b'"', data, count=1
        )
    if choice == 3:
        return data[: rng.randrange(len(data) + 1)]
    if choice == 4:  # duplicate an element many times
        m = rng.choice(list(re.finditer(rb"<([A-Za-z:]+)>[^<]*</\1>", data)) or [None])
        if m is None:
            return data
        return data[: m.end()] + m.group(0) * rng.randrange(2, 2000) + data[m.end() :]
    if choice == 5:  # declare entities and use them
        levels = rng.randrange(2, 10)
        doctype = billion_laughs(levels).split(b"\n<Fattura")[0].split(b"?>", 1)[1]
        data = data.replace(b"?>", b"?>" + doctype, 1) if b"?>" in data else doctype + data
        return re.sub(rb">([^<>\s][^<>]*)<", b">&lol%d;<" % (levels - 1), data, count=1)
    return flip_bytes(data, rng)


# --------------------------------------------------------------------------------------------------
# message surgery
# --------------------------------------------------------------------------------------------------

_SEP_RE = re.compile(rb"\r?\n\r?\n")
_FIELD_SPLIT_RE = re.compile(rb"\r?\n(?![ \t])")


def split_message(raw: bytes) -> tuple[bytes, bytes, bytes]:
    """(headers, blank line, body); a message without a blank line is all headers."""
    m = _SEP_RE.search(raw)
    if not m:
        return raw, b"", b""
    return raw[: m.start()], raw[m.start() : m.end()], raw[m.end() :]


def header_fields(head: bytes) -> list[bytes]:
    return [f for f in _FIELD_SPLIT_RE.split(head) if f]


def join_message(fields: Sequence[bytes], body: bytes, nl: bytes = b"\r\n") -> bytes:
    return nl.join(fields) + nl + nl + body


def set_header(raw: bytes, name: bytes, value: bytes, rng: random.Random | None = None) -> bytes:
    """Replace the first `name` header (or add one at a random place) with `value`."""
    head, _, body = split_message(raw)
    fields = header_fields(head)
    low = name.lower() + b":"
    for i, f in enumerate(fields):
        if f.lower().startswith(low):
            fields[i] = name + b": " + value
            break
    else:
        at = rng.randrange(len(fields) + 1) if rng else 0
        fields.insert(at, name + b": " + value)
    return join_message(fields, body)


def multipart(
    headers: Sequence[bytes], parts: Sequence[bytes], boundary: bytes = b"=_b", subtype: bytes = b"mixed"
) -> bytes:
    """A multipart message from header lines and already-built parts (each with its own headers)."""
    head = [
        *headers,
        b"MIME-Version: 1.0",
        b"Content-Type: multipart/" + subtype + b'; boundary="' + boundary + b'"',
    ]
    body = b"".join(b"--" + boundary + b"\r\n" + p + b"\r\n" for p in parts) + b"--" + boundary + b"--\r\n"
    return join_message(head, body)


def envelope_of(raw: bytes) -> list[bytes]:
    """The From/To/Cc/Subject/Date/Message-ID lines of a message (to rebuild it around new parts)."""
    keep = (b"from:", b"to:", b"cc:", b"subject:", b"date:", b"message-id:", b"in-reply-to:", b"references:")
    fields = header_fields(split_message(raw)[0])
    return [f for f in fields if f.lower().startswith(keep)] or [
        b"From: Mario Rossi <mario@acme.example>",
        b"To: alice@example.it",
        b"Subject: Fattura 12/2026",
    ]


def attachment_part(filename: bytes, ctype: bytes, payload: bytes, *, b64: bool = True) -> bytes:
    head = [
        b"Content-Type: " + ctype + b'; name="' + filename + b'"',
        b'Content-Disposition: attachment; filename="' + filename + b'"',
    ]
    if b64:
        head.append(b"Content-Transfer-Encoding: base64")
        payload = base64.encodebytes(payload).replace(b"\n", b"\r\n")
    return b"\r\n".join(head) + b"\r\n\r\n" + payload


def with_attachment(raw: bytes, filename: bytes, ctype: bytes, payload: bytes, *, b64: bool = True) -> bytes:
    """`raw` (as the text part) plus an attachment, under the same envelope."""
    text = b"Content-Type: text/plain; charset=utf-8\r\n\r\nIn allegato la fattura 12/2026, totale 1.220,00 EUR.\r\n"
    return multipart(envelope_of(raw), [text, attachment_part(filename, ctype, payload, b64=b64)])


def nest(raw: bytes, depth: int, rng: random.Random) -> bytes:
    """Wrap a message in `depth` levels of multipart/mixed or message/rfc822 (iteratively)."""
    out = raw
    for level in range(depth):
        if rng.random() < 0.5:
            b = b"n%d" % level
            out = (
                b'Content-Type: multipart/mixed; boundary="'
                + b
                + b'"\r\n\r\n--'
                + b
                + b"\r\n"
                + out
                + b"\r\n--"
                + b
                + b"--\r\n"
            )
        else:
            out = b"Content-Type: message/rfc822\r\n\r\n" + out
    return b"From: a@b.example\r\nTo: c@d.example\r\nSubject: Fattura 12/2026\r\n" + out


# --------------------------------------------------------------------------------------------------
# mutators: (bytes, rng) -> bytes
# --------------------------------------------------------------------------------------------------

Mutator = Callable[[bytes, random.Random], bytes]


def flip_bytes(data: bytes, rng: random.Random) -> bytes:
    if not data:
        return rng.randbytes(rng.randrange(1, 64))
    buf = bytearray(data)
    for _ in range(rng.randrange(1, 16)):
        i = rng.randrange(len(buf))
        buf[i] ^= 1 << rng.randrange(8) if rng.random() < 0.7 else rng.randrange(256)
    return bytes(buf)


def truncate(data: bytes, rng: random.Random) -> bytes:
    return data[: rng.randrange(len(data) + 1)] if data else data


def delete_range(data: bytes, rng: random.Random) -> bytes:
    if len(data) < 2:
        return data
    a = rng.randrange(len(data))
    return data[:a] + data[a + rng.randrange(1, min(4096, len(data) - a) + 1) :]


def repeat_range(data: bytes, rng: random.Random) -> bytes:
    if not data:
        return data
    a = rng.randrange(len(data))
    chunk = data[a : a + rng.randrange(1, 200)]
    return data[:a] + chunk * rng.randrange(2, 200) + data[a:]


def junk_8bit(data: bytes, rng: random.Random) -> bytes:
    a = rng.randrange(len(data) + 1)
    junk = rng.choice(
        (
            rng.randbytes(rng.randrange(1, 300)),
            bytes(range(128, 256)),
            b"\x00" * 50,
            "\u202e\u200b\ufeff\U0001f4b6".encode(),
            b"\xed\xa0\x80",
            b"\xc3",
            b"\r" * 40,
            rng.randbytes(rng.randrange(1, 20)).replace(b"\n", b""),
        )
    )
    return data[:a] + junk + data[a:]


def duplicate_header(data: bytes, rng: random.Random) -> bytes:
    head, _, body = split_message(data)
    fields = header_fields(head)
    if not fields:
        return data
    i = rng.randrange(len(fields))
    fields[i + 1 : i + 1] = [fields[i]] * rng.choice((1, 2, 10, 1000))
    return join_message(fields, body)


def drop_separator(data: bytes, rng: random.Random) -> bytes:
    head, sep, body = split_message(data)
    return head + rng.choice((b"\r\n", b"\r\n \r\n", b"\r\nX-Junk\r\n", b"")) + body if sep else data


_LINE_ENDINGS: tuple[Callable[[bytes], bytes], ...] = (
    lambda d: d.replace(b"\r\n", b"\n"),
    lambda d: d.replace(b"\r\n", b"\r").replace(b"\n", b"\r"),
    lambda d: d.replace(b"\n", b"\r\n"),
    lambda d: d.replace(b"\r\n", b"\n\r"),
)


def line_endings(data: bytes, rng: random.Random) -> bytes:
    return rng.choice(_LINE_ENDINGS)(data)


def hostile_header(data: bytes, rng: random.Random) -> bytes:
    name = rng.choice(HEADER_NAMES)
    low = name.lower()
    if low in (b"from", b"to", b"cc", b"reply-to", b"return-path"):
        value = rng.choice(ADDRESSES)
    elif low == b"date":
        value = rng.choice(DATES)
    elif low == b"content-type":
        value = rng.choice(CONTENT_TYPES)
    elif low == b"content-transfer-encoding":
        value = rng.choice(ENCODINGS)
    elif low == b"content-disposition":
        value = rng.choice(DISPOSITIONS)
    else:
        value = (
            b" ".join(
                rng.choice((encoded_word(rng), rule_text(rng, 8).encode(), rng.randbytes(8)))
                for _ in range(rng.randrange(1, 6))
            )
            .replace(b"\n", b" ")
            .replace(b"\r", b" ")
        )
    return set_header(data, name, value, rng)


def broken_charset(data: bytes, rng: random.Random) -> bytes:
    new = re.sub(
        rb'charset="?[^";\r\n]*"?',
        lambda _: b'charset="' + rng.choice(CHARSETS) + b'"',
        data,
        count=rng.randrange(1, 5),
        flags=re.IGNORECASE,
    )
    if new == data:
        new = set_header(data, b"Content-Type", b"text/plain; charset=" + rng.choice(CHARSETS), rng)
    return new


def encoded_words(data: bytes, rng: random.Random) -> bytes:
    name = rng.choice((b"Subject", b"From", b"To", b"Cc", b"Content-Type", b"Content-Disposition"))
    words = b" ".join(encoded_word(rng) for _ in range(rng.randrange(1, 8)))
    if name in (b"From", b"To", b"Cc"):
        words += b" <client@acme.example>"
    elif name == b"Content-Disposition":
        words = b'attachment; filename="' + words + b'"'
    elif name == b"Content-Type":
        words = b'application/pdf; name="' + words + b'"'
    return set_header(data, name, words, rng)


def malformed_date(data: bytes, rng: random.Random) -> bytes:
    return set_header(data, b"Date", rng.choice(DATES), rng)


def break_boundary(data: bytes, rng: random.Random) -> bytes:
    m = re.search(rb'boundary="?([^";\r\n]+)"?', data, re.IGNORECASE)
    if not m:
        return data
    b = m.group(1)
    how = rng.randrange(4)
    if how == 0:  # no closing delimiter
        return data.replace(b"--" + b + b"--", b"")
    if how == 1:  # a delimiter that matches nothing
        return data[: m.start(1)] + rng.choice((b"", b" ", b"zz", b"-" * 70, b"\xff")) + data[m.end(1) :]
    if how == 2:  # delimiters everywhere
        return data.replace(b"\r\n\r\n", b"\r\n--" + b + b"\r\n", rng.randrange(1, 20))
    return data.replace(b"--" + b, b"--" + b[:-1], 1)


def change_encoding(data: bytes, rng: random.Random) -> bytes:
    new = re.sub(
        rb"Content-Transfer-Encoding:[^\r\n]*",
        lambda _: b"Content-Transfer-Encoding: " + rng.choice(ENCODINGS),
        data,
        count=rng.randrange(1, 4),
        flags=re.IGNORECASE,
    )
    return new if new != data else set_header(data, b"Content-Transfer-Encoding", rng.choice(ENCODINGS), rng)


def base64_garbage(data: bytes, rng: random.Random) -> bytes:
    garbage = rng.choice(
        (
            rng.randbytes(rng.randrange(1, 4000)),
            b"!@#$%^&*" * 200,
            b"QUJD=" * 300,
            b"====",
            base64.b64encode(rng.randbytes(300))[:-3],
            b"\x00" * 100,
        )
    )
    part = (
        b"Content-Type: application/pdf; name=fattura.pdf\r\nContent-Transfer-Encoding: base64\r\n"
        b"Content-Disposition: attachment; filename=fattura.pdf\r\n\r\n" + garbage
    )
    return multipart(envelope_of(data), [split_message(data)[2] or b"x", part])


def html_body(data: bytes, rng: random.Random) -> bytes:
    return join_message([*envelope_of(data), b"Content-Type: text/html; charset=utf-8"], hostile_html(rng))


def rule_body(data: bytes, rng: random.Random) -> bytes:
    """The rules' own vocabulary in random order, as the body (and maybe the subject)."""
    fields = envelope_of(data)
    if rng.random() < 0.5:
        fields = [f for f in fields if not f.lower().startswith(b"subject:")]
        fields.append(b"Subject: " + rule_text(rng, 8).replace("\n", " ").encode())
    return join_message([*fields, b"Content-Type: text/plain; charset=utf-8"], rule_text(rng, 200).encode())


def nest_parts(data: bytes, rng: random.Random) -> bytes:
    return nest(data, rng.choice((2, 5, 20, 30, 60)), rng)


def splice(data: bytes, rng: random.Random) -> bytes:
    seeds = corpus_mail()
    other = rng.choice(seeds)[1] if seeds else data
    return data[: rng.randrange(len(data) + 1)] + other[rng.randrange(len(other) + 1) :]


def rfc2231(data: bytes, rng: random.Random) -> bytes:
    pieces = rng.choice((5, 50, 500))
    params = b"".join(b"; filename*%d*=utf-8''%%%02X" % (i, rng.randrange(256)) for i in range(pieces))
    part = (
        b"Content-Type: application/octet-stream\r\nContent-Disposition: attachment" + params + b"\r\n\r\nx"
    )
    return multipart(envelope_of(data), [b"Content-Type: text/plain\r\n\r\nx", part])


def bomb_attachment(data: bytes, rng: random.Random) -> bytes:
    """An attachment an e-invoice reader would open: bombs, hostile XML, broken PDFs."""
    einv = corpus_einvoices()
    kind = rng.randrange(10)
    if kind == 0:
        return with_attachment(data, b"fattura.zip", b"application/zip", zip_bomb())
    if kind == 1:
        return with_attachment(data, b"fatture.zip", b"application/zip", nested_zip_bomb())
    if kind == 2:
        return with_attachment(
            data, b"IT01234567890_00001.xml", b"application/xml", billion_laughs(rng.randrange(3, 11))
        )
    if kind == 3:
        return with_attachment(data, b"invoice.xml", b"text/xml", quadratic_blowup())
    if kind == 4:
        return with_attachment(data, b"fattura_12-2026.xml", b"application/xml", external_entity())
    if kind == 5:
        return with_attachment(
            data, b"IT01234567890_00002.xml", b"application/xml", deep_xml(rng.choice((100, 100_000)))
        )
    if kind == 6:
        return with_attachment(
            data,
            b"fattura_12-2026.pdf",
            b"application/pdf",
            rng.choice((pdf_bomb, pdf_with_bomb_attachment))(),
        )
    if kind == 9:
        broken = pdf_broken_streams(
            rng.randrange(1, 3), rng.choice((1000, 50_000, 300_000)), rng.randrange(1000)
        )
        return with_attachment(data, b"fattura_12-2026.pdf", b"application/pdf", broken)
    pdfs = [d for n, d in einv if n.lower().endswith(".pdf")] or [pdf_bomb()]
    xmls = [d for n, d in einv if n.lower().endswith(".xml")] or [external_entity()]
    if kind == 7:
        pdf = rng.choice(pdfs)
        damaged = rng.choice((truncate, flip_bytes, delete_range))(pdf, rng)
        return with_attachment(data, b"fattura_12-2026.pdf", b"application/pdf", damaged)
    xml = mutate_xml(rng.choice(xmls), rng)
    name = rng.choice((b"IT01234567890_FPR03.xml", b"invoice.xml", b"factur-x.xml", b"fattura.xml.p7m"))
    return with_attachment(data, name, b"application/xml", xml)


MUTATORS: dict[str, Mutator] = {
    "flip": flip_bytes,
    "truncate": truncate,
    "delete": delete_range,
    "repeat": repeat_range,
    "junk8": junk_8bit,
    "dup-header": duplicate_header,
    "no-separator": drop_separator,
    "line-endings": line_endings,
    "hostile-header": hostile_header,
    "charset": broken_charset,
    "encoded-words": encoded_words,
    "date": malformed_date,
    "boundary": break_boundary,
    "cte": change_encoding,
    "base64-garbage": base64_garbage,
    "html": html_body,
    "rule-text": rule_body,
    "nest": nest_parts,
    "splice": splice,
    "rfc2231": rfc2231,
    "bomb": bomb_attachment,
}


# Big inputs, rare in the long run (each costs up to a second): the sizes the issue names.
def huge_header(data: bytes, rng: random.Random) -> bytes:
    size = 1 << 20
    style = rng.randrange(5)
    if style == 0:
        value = b"x" * size
    elif style == 1:
        value = b"x\r\n " * (size // 4)
    elif style == 2:
        value = b"=?utf-8?q?a?= " * (size // 14)
    elif style == 3:
        value = b"a@b.example, " * (size // 13)
    else:
        value = rule_text(rng, size // 6).replace("\n", " ").encode()[:size]
    return set_header(data, rng.choice((b"Subject", b"To", b"X-Long", b"References")), value, rng)


def deep_nesting(data: bytes, rng: random.Random) -> bytes:
    return nest(data, 1000, rng)


def many_parts(data: bytes, rng: random.Random) -> bytes:
    return multipart(envelope_of(data), [b"Content-Type: text/plain\r\n\r\nx"] * rng.choice((1000, 10_000)))


HUGE: dict[str, Mutator] = {
    "huge-header": huge_header,
    "deep-nesting": deep_nesting,
    "many-parts": many_parts,
}


# --------------------------------------------------------------------------------------------------
# inputs
# --------------------------------------------------------------------------------------------------


SYNTHETIC = (
    b"From: Mario Rossi <mario@acme.example>\r\nTo: alice@example.it\r\nSubject: Fattura 12/2026\r\n"
    b"Date: Mon, 2 Nov 2026 10:00:00 +0100\r\n\r\nTotale da pagare 1.220,00 EUR entro il 02/12/2026\r\n"
)
MESSAGE = "message.eml"  # a Sample with this name goes to read_message, any other to inspect_bytes


@dataclass(frozen=True)
class Sample:
    index: int
    label: str
    name: str  # for inspect_bytes; ".eml" means read_message
    data: bytes


def make_sample(seed: int, index: int, *, huge_rate: float = 0.002) -> Sample:
    """Input #index of run `seed`: a corpus message with 1-4 mutations, or an e-invoice file."""
    rng = random.Random(f"{seed}:{index}")
    mails = corpus_mail() or (("synthetic.eml", SYNTHETIC),)
    roll = rng.random()
    if roll < 0.03:
        einv = corpus_einvoices()
        if einv:
            name, data = rng.choice(einv)
            damaged = (
                mutate_xml(data, rng)
                if name.endswith(".xml")
                else rng.choice((truncate, flip_bytes, delete_range, repeat_range))(data, rng)
            )
            return Sample(index, f"file:{name}", name, damaged)
    if roll < 0.04:
        return Sample(index, "random-bytes", "random.eml", rng.randbytes(rng.randrange(0, 3000)))
    name, data = rng.choice(mails)
    steps: list[str] = []
    if rng.random() < huge_rate:
        key = rng.choice(sorted(HUGE))
        data = HUGE[key](data, rng)
        steps.append(key)
    else:
        for _ in range(rng.randrange(1, 5)):
            key = rng.choice(sorted(MUTATORS))
            data = MUTATORS[key](data, rng)
            steps.append(key)
    return Sample(index, f"{name}+{'+'.join(steps)}", MESSAGE, data)


# --------------------------------------------------------------------------------------------------
# checking one input
# --------------------------------------------------------------------------------------------------


def family(label: str) -> str:
    """ "seed.eml+flip+date" -> "flip"; "file:x.pdf" -> "file"."""
    return label.split("+")[1] if "+" in label else label.split(":")[0]


class Overtime(BaseException):
    """Raised by the alarm inside a reader that runs too long (BaseException: the reader's own
    `except Exception` safety net must not swallow it)."""


def _on_alarm(signum: int, frame: FrameType | None) -> None:
    raise Overtime


@dataclass
class Outcome:
    seconds: float
    error: str | None = None  # raised, or did not return MessageFacts
    refused: str | None = None  # inspect_bytes' clean MaildunsError ("could not read x.xml: ...")
    internal: str | None = None  # a reader bug caught by the reader's own safety net
    overtime: bool = False  # interrupted at the hard limit


# What read_message reports when its own safety nets caught an exception.  Only a few are expected:
# the stdlib parser's RecursionError on absurd nesting, and an e-invoice reader refusing a broken file
# with its documented UnreadableInvoice; any other exception type is a bug the net is hiding.
_CAUGHT_RE = re.compile(
    r"^(?:internal error while reading|unreadable message|cannot read attachment .*) "
    r"\((?P<exc>\w+)\)$",
    re.DOTALL,
)
_EXPECTED_EXCEPTIONS = frozenset({"RecursionError", "UnreadableInvoice"})


def internal_problem(problems: Sequence[str]) -> str | None:
    """A problem string that reports a bug rather than a property of the message."""
    for p in problems:
        m = _CAUGHT_RE.match(p)
        if m and (p.startswith("internal error") or m.group("exc") not in _EXPECTED_EXCEPTIONS):
            return p
    return None


def check(name: str, data: bytes, hard_limit: float = 0.0) -> Outcome:
    """Read one input as the daemon (read_message) or `mailduns inspect` (inspect_bytes) would."""
    from mailduns.core.errors import MaildunsError
    from mailduns.cli.inspect_cmd import inspect_bytes
    from mailduns.reading import read_message
    from mailduns.reading.model import MessageFacts

    alarm = hard_limit > 0 and hasattr(signal, "setitimer")
    if alarm:
        previous = signal.signal(signal.SIGALRM, _on_alarm)
        signal.setitimer(signal.ITIMER_REAL, hard_limit)
    start = time.perf_counter()
    try:
        facts = read_message(data) if name == MESSAGE else inspect_bytes(name, data)
        if not isinstance(facts, MessageFacts):
            return Outcome(time.perf_counter() - start, error=f"returned {type(facts).__name__}")
        facts.to_json(name)
        return Outcome(time.perf_counter() - start, internal=internal_problem(facts.problems))
    except Overtime:
        return Outcome(time.perf_counter() - start, overtime=True)
    except MaildunsError as exc:
        if name == MESSAGE:
            return Outcome(time.perf_counter() - start, error=f"{type(exc).__name__}: {str(exc)[:200]}")
        return Outcome(time.perf_counter() - start, refused=str(exc)[:200])
    except Exception as exc:  # noqa: BLE001 - that is the finding
        return Outcome(time.perf_counter() - start, error=f"{type(exc).__name__}: {str(exc)[:200]}")
    finally:
        if alarm:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)


# --------------------------------------------------------------------------------------------------
# the run
# --------------------------------------------------------------------------------------------------

MB = 1 << 20


def memory_bound(size: int) -> int:
    """The most reading an input of `size` bytes may allocate: 10 times its size, 32 MB for less."""
    return max(32 * MB, 10 * size)


@dataclass
class Finding:
    index: int
    label: str
    what: str


@dataclass
class Stats:
    tried: int = 0
    raised: int = 0
    internal: int = 0
    slow: int = 0
    overtime: int = 0
    times: list[float] = field(default_factory=list)
    slowest: tuple[float, int, str] = (0.0, -1, "")
    findings: list[Finding] = field(default_factory=list)
    refused: int = 0
    memory: int = 0
    traced_peak: tuple[int, int, str, int] = (0, -1, "", 0)  # bytes, index, label, input size
    traced_samples: int = 0
    maxrss_kb: int = 0
    families: Counter[str] = field(default_factory=Counter)
    family_seconds: dict[str, float] = field(default_factory=dict)

    def merge(self, other: Stats) -> None:
        self.tried += other.tried
        self.raised += other.raised
        self.internal += other.internal
        self.slow += other.slow
        self.overtime += other.overtime
        self.memory += other.memory
        self.refused += other.refused
        self.times += other.times
        self.slowest = max(self.slowest, other.slowest)
        self.findings += other.findings
        self.traced_peak = max(self.traced_peak, other.traced_peak)
        self.traced_samples += other.traced_samples
        self.maxrss_kb = max(self.maxrss_kb, other.maxrss_kb)
        self.families.update(other.families)
        for key, seconds in other.family_seconds.items():
            self.family_seconds[key] = self.family_seconds.get(key, 0.0) + seconds


@dataclass(frozen=True)
class Job:
    seed: int
    indices: range
    deadline: float | None
    limit: float
    hard_limit: float
    trace_every: int
    huge_rate: float
    save: str | None


def run_job(job: Job) -> Stats:
    stats = Stats()
    logging.getLogger("pypdf").setLevel(logging.CRITICAL)  # damaged PDFs are the point; no warnings
    einvoice_readers()
    for index in job.indices:
        if job.deadline is not None and time.time() >= job.deadline:
            break
        sample = make_sample(job.seed, index, huge_rate=job.huge_rate)
        outcome = check(sample.name, sample.data, job.hard_limit)
        stats.tried += 1
        key = family(sample.label)
        stats.families[key] += 1
        stats.family_seconds[key] = stats.family_seconds.get(key, 0.0) + outcome.seconds
        stats.refused += outcome.refused is not None
        stats.times.append(outcome.seconds)
        stats.slowest = max(stats.slowest, (outcome.seconds, index, sample.label))
        peak = None
        if job.trace_every > 0 and index % job.trace_every == 0 and not outcome.overtime:
            # a second pass for memory only: tracemalloc slows reading down several times
            tracemalloc.start()
            check(sample.name, sample.data, job.hard_limit * 10)
            peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
            stats.traced_samples += 1
            stats.traced_peak = max(stats.traced_peak, (peak, index, sample.label, len(sample.data)))
        what = None
        if outcome.error:
            stats.raised += 1
            what = f"raised {outcome.error}"
        elif outcome.internal:
            stats.internal += 1
            what = f"internal error: {outcome.internal}"
        elif outcome.overtime:
            stats.overtime += 1
            stats.slow += 1
            what = f"still running after {job.hard_limit:g} s (interrupted)"
        elif outcome.seconds > job.limit:
            stats.slow += 1
            what = f"took {outcome.seconds:.2f} s"
        elif peak is not None and peak > memory_bound(len(sample.data)):
            stats.memory += 1
            what = f"allocated {peak / 1e6:.0f} MB at its peak for {len(sample.data) / 1e6:.1f} MB"
        if what:
            if len(stats.findings) < 200:
                stats.findings.append(Finding(index, sample.label, what))
            if job.save:
                out = Path(job.save)
                out.mkdir(parents=True, exist_ok=True)
                (out / f"{job.seed}-{index}-{Path(sample.name).name}").write_bytes(sample.data)
    stats.maxrss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return stats


def _split(seed: int, n: int, jobs: int, deadline: float | None, args: argparse.Namespace) -> list[Job]:
    return [
        Job(
            seed,
            range(w, n, jobs),
            deadline,
            args.limit,
            args.hard_limit,
            args.trace_every,
            args.huge_rate,
            args.save,
        )
        for w in range(jobs)
    ]


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"


def report(stats: Stats, *, seed: int, jobs: int, elapsed: float, readers: int, limit: float) -> list[str]:
    times = sorted(stats.times) or [0.0]
    p99 = times[min(len(times) - 1, int(len(times) * 0.99))]
    lines = [
        (
            f"mailduns fuzz: seed {seed}, {jobs} worker(s), {elapsed:.0f} s wall, "
            f"{stats.tried / max(elapsed, 1e-9):.0f} inputs/s"
        ),
        f"corpus: {len(corpus_mail())} messages, {len(corpus_einvoices())} e-invoices from {CORPUS}",
        f"e-invoice readers registered: {readers}"
        + (
            ""
            if readers
            else " (mailduns.reading.einvoice absent: XML/PDF inputs reach no structured reader)"
        ),
        f"tried:            {stats.tried}",
        f"raised:           {stats.raised}",
        f"internal errors:  {stats.internal}   (reader bugs caught by read_message's own safety net)",
        f"over {limit:g} s:       {stats.slow}   (of which interrupted: {stats.overtime})",
        (
            f"time per input:   median {_ms(statistics.median(times))}, p99 {_ms(p99)}, "
            f"max {_ms(stats.slowest[0])} (#{stats.slowest[1]} {stats.slowest[2][:80]})"
        ),
        (
            f"memory:           peak RSS {stats.maxrss_kb / 1024:.0f} MB per worker; tracemalloc peak "
            f"{stats.traced_peak[0] / 1e6:.1f} MB over {stats.traced_samples} sampled inputs (#{stats.traced_peak[1]}, "
            f"{stats.traced_peak[3] / 1e6:.1f} MB input); over 10x the input: {stats.memory}"
        ),
        "inputs by first mutation (count, mean time): "
        + ", ".join(f"{k} {v} {_ms(stats.family_seconds[k] / v)}" for k, v in sorted(stats.families.items())),
        f"e-invoice files refused with a clear error by inspect_bytes: {stats.refused}",
    ]
    if stats.findings:
        lines.append("findings (reproduce with --only INDEX):")
        by_kind: Counter[str] = Counter()
        for f in stats.findings:
            key = f.what.split(":")[0] + " " + f.label.split("+", 1)[-1]
            by_kind[key] += 1
            if by_kind[key] <= 3:
                lines.append(f"  #{f.index} {f.label[:90]}: {f.what}")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("--n", type=int, default=None, help="number of inputs (default 100000 without --seconds)")
    ap.add_argument("--seconds", type=float, default=None, help="stop after this many seconds")
    ap.add_argument("--jobs", type=int, default=2, help="worker processes (default 2)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--limit", type=float, default=2.0, help="seconds an input may take (default 2)")
    ap.add_argument(
        "--hard-limit",
        type=float,
        default=10.0,
        help="interrupt an input after this many seconds (default 10; 0: never)",
    )
    ap.add_argument(
        "--trace-every",
        type=int,
        default=100,
        help="read every Nth input a second time under tracemalloc (default 100; 0: never)",
    )
    ap.add_argument(
        "--huge-rate",
        type=float,
        default=0.002,
        help="share of inputs with a 1 MB header, 1000-level nesting or 10k parts (default 0.002)",
    )
    ap.add_argument("--only", type=int, default=None, help="run one input again and describe it")
    ap.add_argument("--save", default=None, help="write every finding's input to this directory")
    args = ap.parse_args(argv)

    if not corpus_mail():
        print(f"note: no corpus at {CORPUS}; fuzzing one synthetic message only", file=sys.stderr)
    readers = einvoice_readers()
    if args.only is not None:
        sample = make_sample(args.seed, args.only, huge_rate=args.huge_rate)
        outcome = check(sample.name, sample.data, args.hard_limit)
        tracemalloc.start()
        check(sample.name, sample.data, args.hard_limit * 10)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        print(f"#{args.only}: {sample.label} ({len(sample.data)} bytes, read as {sample.name})")
        print(
            f"  {_ms(outcome.seconds)}; error={outcome.error}; internal={outcome.internal}; "
            f"interrupted={outcome.overtime}; refused={outcome.refused}; peak {peak / 1e6:.1f} MB"
        )
        if args.save:
            Path(args.save).mkdir(parents=True, exist_ok=True)
            path = Path(args.save) / f"{args.seed}-{args.only}-{sample.name}"
            path.write_bytes(sample.data)
            print(f"  written to {path}")
        return (
            1
            if (
                outcome.error
                or outcome.internal
                or outcome.overtime
                or outcome.seconds > args.limit
                or peak > memory_bound(len(sample.data))
            )
            else 0
        )

    n = args.n if args.n is not None else (10**9 if args.seconds else 100_000)
    deadline = time.time() + args.seconds if args.seconds else None
    start = time.time()
    jobs = _split(args.seed, n, max(1, args.jobs), deadline, args)
    total = Stats()
    if len(jobs) == 1:
        total.merge(run_job(jobs[0]))
    else:
        with multiprocessing.get_context("spawn").Pool(len(jobs)) as pool:
            for stats in pool.imap_unordered(run_job, jobs):
                total.merge(stats)
    for line in report(
        total, seed=args.seed, jobs=len(jobs), elapsed=time.time() - start, readers=readers, limit=args.limit
    ):
        print(line)
    return 1 if total.raised or total.internal or total.slow or total.memory else 0


def iter_samples(seed: int, count: int) -> Iterator[Sample]:
    """The first `count` inputs of run `seed` (for tests and notebooks)."""
    for i in range(count):
        yield make_sample(seed, i)


if __name__ == "__main__":
    raise SystemExit(main())
