"""What we read in mail cannot add headers or recipients to what we send, nor reach Python.

`compose_reminder` and `compose_owner_notice` build headers from the invoice's subject, number,
client name, addresses and Message-IDs — all read from mail, some of it written by strangers.
For hostile values (CR/LF, NUL, Unicode line separators, RFC 2047 words that decode to CR/LF,
double-encoded words, very long and non-ASCII text) the properties are:

* composing works, or is refused with a `MaildunsError` — never any other exception;
* the message, serialised for SMTP and parsed back by two parsers, has exactly the header fields a
  benign message has, each once; no Bcc, no Reply-To;
* To and Cc hold exactly the intended recipients (the invoice's, plus the configured cc, never the
  owner), and an owner notice goes to the owner only;
* In-Reply-To and References carry the invoice's Message-ID whenever that id is well-formed;
* every header line is ASCII and at most 998 bytes, and no header decodes to a control character;
* hostile text reaches the body as text: template syntax inside data is never evaluated.

And templates are sandboxed: a template cannot reach Python internals or files.
"""

from __future__ import annotations

import base64
import email
import email.policy
import re
from collections import Counter
from datetime import UTC, date, datetime
from email.message import EmailMessage, Message
from email.utils import formataddr, getaddresses
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mailduns.letters.compose import (
    InvoiceRef,
    Templates,
    compose_owner_notice,
    compose_reminder,
    default_templates_dir,
)
from mailduns.core.errors import MaildunsError, TemplateError
from mailduns.core.money import Money
from mailduns.reading import read_message

OWNER = "alessandra@example.it"
OWNER_NAME = "Alessandra Rossi"
NOW = datetime(2026, 12, 10, 10, 0, tzinfo=UTC)
EVIL = "evil@attacker.example"
TEMPLATES = Templates(default_templates_dir())


def _b64_word(text: str) -> str:
    return f"=?utf-8?b?{base64.b64encode(text.encode()).decode()}?="


# Values that try to end a header line and start another, in every way we know.
TRICKS: tuple[str, ...] = (
    f"Fattura 1\r\nBcc: {EVIL}",
    f"x\nTo: {EVIL}",
    f"x\rCc: {EVIL}",
    "x\r\n\r\nbody injected\r\n",
    f"=?utf-8?q?x=0D=0ABcc:_{EVIL}?=",
    f"=?UTF-8?Q?x=0A=0DReply-To:_{EVIL}?=",
    _b64_word(f"x\r\nBcc: {EVIL}"),
    "=?utf-8?q?" + f"=?utf-8?q?x=0D=0ABcc:_{EVIL}?=".replace("=", "=3D").replace("?", "=3F") + "?=",  # twice
    f"=?iso-8859-1?q?x=0D=0ABcc:_{EVIL}?= =?utf-8?q?=0A?=",
    f"x\x00Bcc: {EVIL}",
    f"x\u2028Bcc: {EVIL}",
    f"x\u2029To: {EVIL}",
    f"x\x85Cc: {EVIL}",
    f"x\x0bBcc: {EVIL}",
    f"x\x0cBcc: {EVIL}",
    f"x\x1cBcc: {EVIL}",
    f"Reply-To: {EVIL}",
    f'"; Bcc: {EVIL}; x="',
    f"<{EVIL}>",
    f"{EVIL}, other@attacker.example",
    f"Group: {EVIL};",
    "\u202eevil\u202c",
    "\ufeffZero\u200bWidth",
    "{{ 7 * 7 }}",
    "{% for x in range(3) %}X{% endfor %}",
    "{{ ''.__class__.__mro__ }}",
    "=?utf-8?q?",
    "=?",
    "?=",
    "=?utf-8?b?####?=",
)
# Very long values: header lines to fold, names longer than any line.  They cost up to a second each
# to fold, so the generated cases combine shorter ones.
LONG: tuple[str, ...] = (
    "x" * 5000,
    "é" * 3000,
    "日本語の請求書" * 300,
    "\U0001f4b6" * 400,
    ("a " * 2000).strip(),
)
_LONGISH: tuple[str, ...] = (
    "x" * 900,
    "é" * 500,
    "日本語の請求書" * 40,
    "\U0001f4b6" * 100,
    ("a " * 600).strip(),
)
hostile = st.one_of(
    st.sampled_from(TRICKS + _LONGISH),
    st.lists(st.sampled_from(TRICKS), min_size=2, max_size=4).map("".join),
    st.text(max_size=200),
    st.text(alphabet=st.sampled_from('\r\n\x00\t =?:;,<>@"\\qQbB_-é'), max_size=60),
)
addresses = st.from_regex(
    r"[a-z0-9](?:[a-z0-9_+.-]{0,12}[a-z0-9])?@[a-z0-9]{1,10}\.(?:example|it|com)", fullmatch=True
).filter(lambda a: ".." not in a and ".@" not in a)
message_ids = st.from_regex(r"<[a-zA-Z0-9._%+-]{1,30}@[a-z0-9.-]{1,20}>", fullmatch=True)


def invoice(**changes: object) -> InvoiceRef:
    base: dict[str, object] = {
        "number": "12/2026",
        "subject": "Fattura 12/2026",
        "message_id": "<inv-12-2026@example.it>",
        "references": ("<earlier@example.it>",),
        "amount": Money.of("1220.00"),
        "issue_date": date(2026, 11, 2),
        "due_date": date(2026, 12, 2),
        "client_name": "ACME srl",
        "to": ("amministrazione@acme.example",),
        "cc": (),
    }
    base.update(changes)
    return InvoiceRef(**base)  # type: ignore[arg-type]


def reminder(
    inv: InvoiceRef,
    *,
    cc: tuple[str, ...] = (),
    owner_name: str = OWNER_NAME,
    templates: Templates = TEMPLATES,
) -> EmailMessage:
    return compose_reminder(
        templates,
        inv=inv,
        language="it",
        template="reminder",
        step_name="reminder",
        step_days=5,
        now=NOW,
        owner_name=owner_name,
        owner_email=OWNER,
        cc=cc,
    )


def notice(
    inv: InvoiceRef | None,
    *,
    event: str = "client-reply-dispute",
    excerpt: str = "L'importo è errato.",
    hint: str = "Rispondi al cliente.",
) -> EmailMessage:
    return compose_owner_notice(
        TEMPLATES,
        language="it",
        owner_name=OWNER_NAME,
        owner_email=OWNER,
        event=event,
        inv=inv,
        excerpt=excerpt,
        action_hint=hint,
        now=NOW,
    )


# --------------------------------------------------------------------------------------------------
# reading back what we would send
# --------------------------------------------------------------------------------------------------


def wire(msg: EmailMessage) -> bytes:
    """The bytes the outbox stores and SMTP carries."""
    raw = msg.as_bytes(policy=email.policy.SMTP)
    head = raw.split(b"\r\n\r\n", 1)[0]
    for line in head.split(b"\r\n"):
        assert line.isascii(), line[:80]
        assert len(line) <= 998, f"a {len(line)}-byte header line"
        assert b"\r" not in line and b"\n" not in line and b"\0" not in line
    return raw


def header_names(raw: bytes) -> Counter[str]:
    parsed = email.message_from_bytes(raw, policy=email.policy.compat32)
    return Counter(k.lower() for k in parsed)


def recipients(raw: bytes, field: str) -> list[str]:
    """The addresses of a field as two independent parsers read them (they must agree)."""
    modern = email.message_from_bytes(raw, policy=email.policy.default)
    old = email.message_from_bytes(raw, policy=email.policy.compat32)
    header = modern[field]
    by_modern = [a.addr_spec.lower() for a in header.addresses] if header is not None else []
    by_old = [a.lower() for _, a in getaddresses(old.get_all(field, [])) if a]
    assert by_modern == by_old, (field, by_modern, by_old)
    return by_modern


def assert_clean_headers(raw: bytes) -> Message:
    parsed = email.message_from_bytes(raw, policy=email.policy.default)
    for name, value in parsed.items():
        text = str(value)
        assert not re.search(r"[\x00-\x1f\x7f]", text), (name, text[:120])
    assert parsed["Bcc"] is None and parsed["Reply-To"] is None and parsed["Resent-To"] is None
    return parsed


_BASELINE: dict[tuple[bool, bool, bool], Counter[str]] = {}


def baseline(*, cc: bool, parent: bool, references: bool) -> Counter[str]:
    """The header fields of a benign reminder of the same shape: with or without Cc, In-Reply-To
    (the invoice's own id is usable) and References (some id of its thread is)."""
    key = (cc, parent, references)
    if key not in _BASELINE:
        inv = invoice(
            cc=("conta@acme.example",) if cc else (),
            message_id="<inv@example.it>" if parent else None,
            references=("<earlier@example.it>",) if references else (),
        )
        _BASELINE[key] = header_names(wire(reminder(inv)))
    return _BASELINE[key]


def well_formed_id(value: str | None) -> str | None:
    if not value:
        return None
    mid = value.strip() if value.strip().startswith("<") else f"<{value.strip()}>"
    return mid if re.fullmatch(r"<[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+>", mid) else None


def check_reminder(
    inv: InvoiceRef, *, cc: tuple[str, ...] = (), owner_name: str = OWNER_NAME, intended: list[str]
) -> bytes | None:
    """Compose and check every property; None when compose refused cleanly."""
    try:
        msg = reminder(inv, cc=cc, owner_name=owner_name)
    except MaildunsError as exc:
        assert str(exc)
        return None
    raw = wire(msg)
    parsed = assert_clean_headers(raw)
    to, copied = recipients(raw, "to"), recipients(raw, "cc")
    assert sorted(to + copied) == sorted(intended), (to, copied, intended)
    assert recipients(raw, "from") == [OWNER]
    parent = well_formed_id(inv.message_id)
    if parent is not None:
        assert parsed["In-Reply-To"] == parent
        assert str(parsed["References"]).split()[-1] == parent
    names = header_names(raw)
    assert names == baseline(cc=bool(copied), parent="in-reply-to" in names, references="references" in names)
    return raw


def intended_recipients(to: list[str], cc: list[str]) -> list[str]:
    return [a for a in dict.fromkeys(a.lower() for a in [*to, *cc]) if a != OWNER]


FUZZ = settings(deadline=None, max_examples=200, suppress_health_check=[HealthCheck.too_slow])


# --------------------------------------------------------------------------------------------------
# reminders
# --------------------------------------------------------------------------------------------------

# Names of any length: compose drops a display name over 60 characters, which the stdlib would fold
# in ways that change the address list (see the long-name tests below).


@pytest.mark.parametrize("trick", TRICKS + LONG)
def test_each_trick_in_every_field_of_a_reminder(trick: str) -> None:
    to = ["amministrazione@acme.example"]
    for inv in (
        invoice(subject=trick),
        invoice(number=trick),
        invoice(client_name=trick),
        invoice(to=(formataddr((trick, to[0])),)),
        invoice(message_id=trick),
        invoice(references=(trick,)),
    ):
        check_reminder(inv, intended=to)
    check_reminder(invoice(), owner_name=trick, intended=to)


@FUZZ
@given(
    subject=hostile,
    number=hostile,
    client=hostile,
    names=st.lists(hostile, min_size=1, max_size=3),
    to=st.lists(addresses, min_size=1, max_size=3),
    cc=st.lists(addresses, max_size=2),
    configured_cc=st.lists(addresses, max_size=2),
    parent=st.one_of(message_ids, hostile, st.none()),
    refs=st.lists(st.one_of(message_ids, hostile), max_size=3),
)
def test_hostile_invoices_never_change_recipients_or_headers(
    subject: str,
    number: str,
    client: str,
    names: list[str],
    to: list[str],
    cc: list[str],
    configured_cc: list[str],
    parent: str | None,
    refs: list[str],
) -> None:
    entries = tuple(formataddr((names[i % len(names)], a)) if i % 2 == 0 else a for i, a in enumerate(to))
    inv = invoice(
        subject=subject,
        number=number or "1",
        client_name=client,
        to=entries,
        cc=tuple(cc),
        message_id=parent,
        references=tuple(refs),
    )
    check_reminder(inv, cc=tuple(configured_cc), intended=intended_recipients(to, [*cc, *configured_cc]))


@FUZZ
@given(
    subject=hostile,
    name=hostile,
    to=addresses,
    parent=st.one_of(message_ids, hostile),
    encode=st.sampled_from(("raw", "q", "b")),
)
def test_from_hostile_mail_through_the_reader(
    subject: str, name: str, to: str, parent: str, encode: str
) -> None:
    """The whole way: an invoice in Sent with hostile headers, read, then answered with a reminder."""

    def header_value(text: str, *, phrase: bool = False) -> bytes:
        one_line = " ".join(text.split())
        if encode == "b":
            return _b64_word(one_line).encode()
        if encode == "q":
            return (
                "=?utf-8?q?"
                + "".join(
                    c if c.isalnum() and c.isascii() else "".join(f"={b:02X}" for b in c.encode())
                    for c in one_line
                )
                + "?="
            ).encode()
        if phrase:  # 8-bit, quoted as a mail client quotes a display name
            one_line = '"' + one_line.replace("\\", "\\\\").replace('"', '\\"') + '"'
        return one_line.encode("utf-8", "surrogateescape")

    raw = (
        b"From: "
        + OWNER.encode()
        + b"\r\nTo: "
        + header_value(name, phrase=True)
        + b" <"
        + to.encode()
        + b">\r\nSubject: "
        + header_value(subject)
        + b"\r\nMessage-ID: "
        + " ".join(parent.split()).encode()
        + b"\r\nDate: Mon, 2 Nov 2026 10:00:00 +0100\r\n\r\nIn allegato la fattura.\r\n"
    )
    env = read_message(raw).envelope
    assert env.to_addrs == (to,)
    inv = invoice(
        subject=env.subject,
        number=env.subject or "1",
        client_name=env.to_names[0] if env.to_names else None,
        to=env.to_addrs,
        message_id=env.message_id,
        references=env.references,
    )
    check_reminder(inv, intended=[to])


def test_a_reminder_keeps_its_thread_whatever_the_subject() -> None:
    inv = invoice(subject=TRICKS[4], message_id="<inv-12-2026@example.it>", references=("<a@example.it>",))
    raw = check_reminder(inv, intended=["amministrazione@acme.example"])
    assert raw is not None
    parsed = email.message_from_bytes(raw, policy=email.policy.default)
    assert parsed["In-Reply-To"] == "<inv-12-2026@example.it>"
    assert parsed["References"] == "<a@example.it> <inv-12-2026@example.it>"
    assert str(parsed["Subject"]).startswith("Re: ")


def test_data_is_never_template_code() -> None:
    inv = invoice(client_name="{{ 7 * 7 }} {% if true %}yes{% endif %}", number="{{ self }}")
    body = reminder(inv).get_body(("plain",))
    assert body is not None
    text = body.get_content()
    assert "{{ 7 * 7 }} {% if true %}yes{% endif %}" in text and "{{ self }}" in text
    assert "49" not in text and "TemplateReference" not in text


def test_html_letters_escape_what_they_quote(tmp_path: Path) -> None:
    (tmp_path / "it").mkdir()
    (tmp_path / "it" / "reminder.html.j2").write_text(
        "<p>Gentile {{ client_name }}, {{ invoice_subject }}</p>\n"
    )
    templates = Templates(tmp_path, fallback=default_templates_dir())
    msg = reminder(
        invoice(client_name="<script>alert(1)</script>", subject='"><img src=x onerror=alert(1)>'),
        templates=templates,
    )
    html = msg.get_body(("html",))
    assert html is not None
    content = html.get_content()
    assert "<script>" not in content and "<img" not in content
    assert "&lt;script&gt;" in content


# --------------------------------------------------------------------------------------------------
# owner notices
# --------------------------------------------------------------------------------------------------

_NOTICE_NAMES: dict[bool, Counter[str]] = {}


def check_notice(inv: InvoiceRef | None, **kwargs: str) -> None:
    try:
        msg = notice(inv, **kwargs)
    except MaildunsError as exc:
        assert str(exc)
        return
    raw = wire(msg)
    parsed = assert_clean_headers(raw)
    assert recipients(raw, "to") == [OWNER] and recipients(raw, "from") == [OWNER]
    assert recipients(raw, "cc") == []
    assert str(parsed["Subject"]).strip().startswith("[mailduns] ")
    key = inv is not None
    if key not in _NOTICE_NAMES:
        _NOTICE_NAMES[key] = header_names(wire(notice(invoice() if key else None)))
    assert header_names(raw) == _NOTICE_NAMES[key]


@FUZZ
@given(
    client=hostile,
    number=hostile,
    subject=hostile,
    excerpt=hostile,
    event=hostile,
    hint=hostile,
    to=addresses,
)
def test_owner_notices_go_to_the_owner_only(
    client: str, number: str, subject: str, excerpt: str, event: str, hint: str, to: str
) -> None:
    inv = invoice(client_name=client, number=number or "1", subject=subject, to=(to,))
    check_notice(inv, excerpt=excerpt, event=event, hint=hint)
    check_notice(invoice(client_name=None, to=(formataddr((client, to)),)), excerpt=excerpt)
    check_notice(None, excerpt=excerpt, event=event)


@pytest.mark.parametrize("trick", TRICKS + LONG)
def test_each_trick_in_an_owner_notice(trick: str) -> None:
    check_notice(
        invoice(client_name=trick, number=trick, subject=trick), excerpt=trick, event=trick, hint=trick
    )


def test_the_client_words_are_quoted_in_the_body_not_the_headers() -> None:
    msg = notice(invoice(), excerpt=f"Pagato.\r\nBcc: {EVIL}\r\n\r\n--boundary\r\n")
    raw = wire(msg)
    assert_clean_headers(raw)
    body = msg.get_body(("plain",))
    assert body is not None
    assert f"> Bcc: {EVIL}" in body.get_content()


# --------------------------------------------------------------------------------------------------
# recipients the reader hands over from a broken To header
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("address", ["mario@acme.example.", "mario@acme..example", "@acme.example"])
def test_a_malformed_recipient_is_refused_cleanly(address: str) -> None:
    """Address() raised email.errors.HeaderParseError for these (a typo in the invoice's To), which
    escaped compose and the engine's cycle with it."""
    with pytest.raises(MaildunsError):
        reminder(invoice(to=(address,)))


def test_a_non_ascii_domain_stays_the_same_address() -> None:
    """A non-ASCII domain was written into To as an RFC 2047 word ('mario@=?utf-8?q?acm=C3=A9?=.example'),
    a recipient that does not exist."""
    raw = wire(reminder(invoice(to=("mario@acmé.example",))))
    assert recipients(raw, "to")[0] in (
        "mario@acmé.example",
        "mario@xn--acm-dma.example",
    )  # punycode of "acmé"


def test_a_long_display_name_cannot_add_a_recipient() -> None:
    """The stdlib folds a quoted display name longer than a line without its quotes (CPython 3.11 to
    3.13): 'AAA...: evil@...,' became a group holding evil@attacker.example. Names over 60 are dropped."""
    name = "A" * 60 + f": {EVIL},"
    assert recipients(wire(reminder(invoice(to=(formataddr((name, "mario@acme.example")),)))), "to") == [
        "mario@acme.example"
    ]
    assert recipients(wire(reminder(invoice(), owner_name=name)), "from") == [OWNER]


def test_a_very_long_display_name_keeps_header_lines_short() -> None:
    """A 1000-character name without a space made a header line over RFC 5322's 998 bytes."""
    wire(reminder(invoice(to=(formataddr(("x" * 1000, "mario@acme.example")),))))
    wire(reminder(invoice(), owner_name="x" * 1000))


@pytest.mark.parametrize(
    ("parent", "refs"),
    [
        ("<inv-12-2026@example.it>", ("<=?utf-8?q?x=0D=0A?=@client.example>",)),
        ("<inv-12-2026@example.it>", ("<=?utf-8?q?a?=@client.example>",)),
        ("<=?utf-8?q?x=0D=0A?=@example.it>", ("<earlier@example.it>",)),
    ],
    ids=["reference-with-crlf", "reference-rewritten", "parent-with-crlf"],
)
def test_an_encoded_word_in_a_thread_id_is_dropped(parent: str, refs: tuple[str, ...]) -> None:
    """An id holding an RFC 2047 word was decoded by the stdlib inside In-Reply-To/References: with CR/LF
    compose refused the whole reminder, without it the id was silently rewritten ('<=?utf-8?q?a?=@c>')."""
    parsed = email.message_from_bytes(
        wire(reminder(invoice(message_id=parent, references=refs))), policy=email.policy.default
    )
    kept = [i for i in (*refs, parent) if "=?" not in i]
    assert str(parsed["References"]).split() == kept
    assert parsed["In-Reply-To"] == (parent if "=?" not in parent else None)


def test_the_comma_between_recipients_is_never_encoded() -> None:
    """Found by test_hostile_invoices_never_change_recipients_or_headers on CPython 3.11.7: the stdlib
    (gh-100884, fixed in 3.11.9 and 3.12.3) folded a line after an encoded name and encoded the comma
    that follows it, 'To: =?utf-8?b?...?= <0@0.example>\r\n =?utf-8?q?=2C?= 1@0.example': one parser
    lost the second recipient, the other read '=?utf-8?q?=2c?= 1@0.example'."""
    entries = (
        formataddr(("0000000000¡¡¡¡\U00010000\U00010000\U00010000\U00010000", "0@0.example")),
        "1@0.example",
    )
    check_reminder(invoice(to=entries), intended=["0@0.example", "1@0.example"])
    check_reminder(
        invoice(cc=entries), intended=["amministrazione@acme.example", "0@0.example", "1@0.example"]
    )


def test_an_unterminated_encoded_word_in_a_name() -> None:
    """The stdlib decoded an unterminated RFC 2047 word in a cleaned name once more when building the
    header: 'é =?utf-8?q?=0D=0A: é' was sent as a To/From name holding CR LF."""
    name = "é =?utf-8?q?=0D=0A: é"
    check_reminder(
        invoice(to=(formataddr((name, "mario@acme.example")),)),
        owner_name=name,
        intended=["mario@acme.example"],
    )


# --------------------------------------------------------------------------------------------------
# the template sandbox
# --------------------------------------------------------------------------------------------------

ESCAPES: tuple[str, ...] = (
    "{{ owner_name.__class__.__mro__ }}",
    "{{ ''.__class__.__base__.__subclasses__() }}",
    "{{ cycler.__init__.__globals__ }}",
    "{{ joiner.__init__.__globals__.os }}",
    "{{ lipsum.__globals__ }}",
    "{{ namespace.__init__.__globals__ }}",
    "{{ self.__init__.__globals__ }}",
    "{{ self._TemplateReference__context }}",
    "{{ owner_name | attr('__class__') }}",
    "{{ '{0.__class__.__init__.__globals__}'.format(owner_name) }}",
    "{{ owner_name.format_map({}) }}{{ '%s' % owner_name.__class__ }}",
    "{% set ns = namespace() %}{{ ns.__dict__ }}",
    "{{ config }}{{ request }}",
    "{{ range.__self__ }}",
    "{{ range(10 ** 8) | list | length }}",
    "{% include '/etc/passwd' %}",
    "{% include '../../../../../../etc/passwd' %}",
    "{% import 'os' as os %}{{ os.system('true') }}",
    "{% extends '/etc/hostname' %}",
)


@pytest.mark.parametrize("source", ESCAPES)
def test_a_template_cannot_reach_python_internals(tmp_path: Path, source: str) -> None:
    (tmp_path / "it").mkdir()
    (tmp_path / "it" / "x.txt.j2").write_text(source + "\n", encoding="utf-8")
    with pytest.raises(TemplateError) as err:
        Templates(tmp_path).render("it", "x", {"owner_name": "Alessandra", "language": "it"})
    shown = str(err.value)
    assert (
        "root:" not in shown and "<class" not in shown and "<module" not in shown and "<function" not in shown
    )
