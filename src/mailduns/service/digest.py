"""The weekly digest: one mail to the freelancer with everything worth knowing about the money.

Why: a daemon that only speaks when something goes wrong is easy to forget — and so is the money
it is chasing. Once a week (day and hour in `[digest]`) the freelancer gets, in their language:
what is owed in aging buckets (not yet due, 1–30, 31–60, 61–90, over 90 days late) with a small bar
chart, the reminders sent in the last seven days, those planned for the next seven, the promises to
pay still pending, and the client table from `scoring`.

`build_digest` is pure — store rows, `now` and the config in, an `EmailMessage` out — so it is
tested without a mailbox and `mailduns digest` can show exactly what would be sent. The chart is
inline-styled HTML (no images, no image libraries): it survives every mail client that shows HTML,
and the plain-text part carries the same figures for those that do not.

Why this file is long: it is one mail — its figures, its schedule and its two renderings (plain
text and HTML) that must say the same things; split, a section added to one rendering would be
forgotten in the other.
"""

from __future__ import annotations

import html
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP as SMTP_POLICY
from email.utils import format_datetime
from typing import TYPE_CHECKING, Final
from zoneinfo import ZoneInfo

from babel import Locale
from babel.dates import format_date
from babel.dates import format_datetime as babel_datetime
from babel.numbers import format_currency

from mailduns.core.model import FormalFacts
from mailduns.core.planner import announced, plan_for
from mailduns.core.scoring import ClientScore, ScoringConfig, score_clients
from mailduns.core.catalog import step_label
from mailduns.core.catalog import t as catalog_text
from mailduns.settings.digest_schedule import DIGEST_KEYS, DigestConfig, digest_config_from
from mailduns.store import notices as store_notices
from mailduns.store.db import Event, Invoice, OutboxItem, Store

if TYPE_CHECKING:
    from mailduns.settings.config import Config

__all__ = [
    "BUCKETS",
    "DIGEST_KEYS",
    "DigestConfig",
    "DigestData",
    "aging_buckets",
    "build_digest",
    "digest_config_from",
    "digest_data",
    "digest_slot",
    "enqueue_digest_if_due",
]

#: Aging buckets, by days past the due date: (key, first day, last day or None).
BUCKETS: Final[tuple[tuple[str, int | None, int | None], ...]] = (
    ("not-due", None, 0),
    ("1-30", 1, 30),
    ("31-60", 31, 60),
    ("61-90", 61, 90),
    ("90+", 91, None),
)
_COLOURS: Final = {
    "not-due": "#43a047",
    "1-30": "#fbc02d",
    "31-60": "#fb8c00",
    "61-90": "#e53935",
    "90+": "#8e0000",
}
_UNPAID: Final = ("open", "snoozed", "hold", "closed")
_ON_ITS_WAY: Final = ("pending", "sending", "data")
_LOCALES: Final = {"it": "it_IT", "es": "es_ES", "en": "en_GB"}
_SPACES: Final = str.maketrans({"\u00a0": " ", "\u202f": " "})
META_KEY: Final = "digest_last_slot"

# --------------------------------------------------------------------------------------------------
# When: the [digest] section
# --------------------------------------------------------------------------------------------------

# `DigestConfig` and `digest_config_from` live in the settings (settings.digest_schedule): the config
# loader needs them, and the settings must not import the service layer. Re-exported here.


def digest_slot(now: datetime, cfg: DigestConfig, tz: ZoneInfo) -> datetime:
    """The latest scheduled digest instant at or before `now` (this week's, or last week's when this
    week's has not come yet)."""
    local = now.astimezone(tz)
    monday = local.date() - timedelta(days=local.weekday())
    slot = datetime.combine(monday + timedelta(days=cfg.day), time(cfg.hour), tzinfo=tz)
    if slot > local:
        slot = datetime.combine(monday + timedelta(days=cfg.day - 7), time(cfg.hour), tzinfo=tz)
    return slot


# --------------------------------------------------------------------------------------------------
# What: the figures
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Line:
    """One reminder sent or planned."""

    at: datetime
    number: str
    client: str
    step: str


@dataclass(frozen=True)
class Term:
    """A formal notice whose term runs (`over` False: until `ends`) or ran out unpaid (`over`)."""

    number: str
    client: str
    ends: date
    over: bool


@dataclass(frozen=True)
class Promise:
    number: str
    client: str
    amount: tuple[Decimal, str] | None
    promised: date | None
    resume: datetime | None


@dataclass(frozen=True)
class DigestData:
    """Everything the digest says, before it is put into words."""

    now: datetime
    aging: Mapping[str, Mapping[str, Decimal]]  # currency → bucket → amount still owed
    counts: Mapping[str, int]  # bucket → invoices (all currencies)
    no_amount: int  # unpaid invoices with no readable amount
    sent: tuple[Line, ...]
    coming: tuple[Line, ...]
    promises: tuple[Promise, ...]
    clients: tuple[ClientScore, ...] = field(default=())
    awaiting: tuple[Line, ...] = field(default=())  # letters waiting in Drafts; `at` is since when
    terms: tuple[Term, ...] = field(default=())  # formal notices: their terms, running or passed

    @property
    def ending(self) -> tuple[ClientScore, ...]:
        """The clients to consider ending the relationship with."""
        return tuple(c for c in self.clients if c.label == "consider-ending")

    @property
    def owed(self) -> dict[str, Decimal]:
        return {cur: sum(b.values(), Decimal(0)) for cur, b in self.aging.items()}

    @property
    def open_invoices(self) -> int:
        return sum(self.counts.values())


def bucket_of(days_late: int) -> str:
    """The aging bucket of an invoice `days_late` days after its due date (0 or less: not yet due)."""
    for key, low, high in BUCKETS:
        if (low is None or days_late >= low) and (high is None or days_late <= high):
            return key
    return BUCKETS[-1][0]


def aging_buckets(
    invoices: Sequence[Invoice], today: date
) -> tuple[dict[str, dict[str, Decimal]], dict[str, int], int]:
    """(currency → bucket → balance, bucket → invoice count, invoices without an amount) for the
    invoices still to be paid. `history` invoices are left out: mailduns never followed them."""
    money: dict[str, dict[str, Decimal]] = {}
    counts: dict[str, int] = {key: 0 for key, _, _ in BUCKETS}
    no_amount = 0
    for inv in invoices:
        if inv.state not in _UNPAID:
            continue
        key = bucket_of((today - inv.due_date).days)
        counts[key] += 1
        balance = inv.balance
        if balance is None:
            no_amount += 1
            continue
        per = money.setdefault(balance.currency, {k: Decimal(0) for k, _, _ in BUCKETS})
        per[key] += balance.amount
    return money, counts, no_amount


def _client(inv: Invoice) -> str:
    return inv.client_name or inv.client_email or "?"


def _promised_date(events: Sequence[Event], invoice_id: int) -> date | None:
    """The date of the latest promise (the engine writes "… promised to pay by YYYY-MM-DD")."""
    for ev in reversed(events):
        if ev.invoice_id == invoice_id and ev.kind == "client-reply-promise":
            tail = ev.detail.rpartition(" by ")[2].strip()[:10]
            try:
                return date.fromisoformat(tail)
            except ValueError:
                return None
    return None


def digest_data(
    invoices: Sequence[Invoice],
    events: Sequence[Event],
    outbox: Sequence[OutboxItem],
    now: datetime,
    config: Config,
    *,
    scoring: ScoringConfig | None = None,
    formal: Mapping[int, FormalFacts] | None = None,
) -> DigestData:
    """The figures of the digest at `now`: the seven days before it, the seven days after it.
    `formal`: each invoice's latest formal notice (store/notices.all_formal_facts), so the digest
    plans as the daemon does and lists the notices' terms."""
    notices = formal or {}
    tz = config.owner.tz
    today = now.astimezone(tz).date()
    week_ago, week_ahead = now - timedelta(days=7), now + timedelta(days=7)
    money, counts, no_amount = aging_buckets(invoices, today)
    by_id = {inv.id: inv for inv in invoices}

    sent = []
    coming = []
    awaiting = []
    steps_sent: dict[int, list[str]] = defaultdict(list)
    # A statement's other invoices have "covered" rows; they leave with the statement's own row.
    leaving = {item.message_id for item in outbox if item.status in _ON_ITS_WAY}
    for item in outbox:
        if item.kind != "reminder" or item.invoice_id is None:
            continue
        if item.step:
            steps_sent[item.invoice_id].append(item.step)
        inv = by_id.get(item.invoice_id)
        if inv is None:
            continue
        if item.status in ("drafting", "awaiting"):
            awaiting.append(Line(item.created_at, inv.number, _client(inv), item.step or "?"))
        elif item.status == "sent" and item.sent_at and week_ago <= item.sent_at <= now:
            sent.append(Line(item.sent_at, inv.number, _client(inv), item.step or "?"))
        elif item.status in _ON_ITS_WAY or (
            item.status == "covered" and item.message_id.rpartition(".")[0] + ">" in leaving
        ):
            # Queued in this very cycle (the digest is built after the decisions, before sending):
            # it goes out now, and the planner no longer lists it — without this line, the morning
            # a letter leaves, the digest would say nothing is coming.
            coming.append(Line(now, inv.number, _client(inv), item.step or "?"))

    promises = []
    for inv in invoices:
        if inv.state not in ("open", "snoozed"):
            continue
        if inv.state == "snoozed" and inv.snooze_reason == "promise":
            amount = (inv.balance.amount, inv.balance.currency) if inv.balance else None
            promises.append(
                Promise(inv.number, _client(inv), amount, _promised_date(events, inv.id), inv.snooze_until)
            )
        # The one planner, as the daemon asks it: the client's profile, the repeats, their time zone.
        step, at = announced(plan_for(config, inv, steps_sent.get(inv.id, []), now, notices.get(inv.id)), now)
        if any(a.number == inv.number for a in awaiting):
            continue  # nothing goes to this client until the draft is sent or dropped
        if step is not None and at is not None and at <= week_ahead:
            coming.append(Line(at, inv.number, _client(inv), step))

    terms = []
    for inv in invoices:
        f = notices.get(inv.id)
        if f is None or not f.out or f.ends_on is None or inv.state not in ("open", "snoozed", "hold"):
            continue
        over = inv.state == "hold" and f.ends_on < today
        if over or inv.state != "hold":
            terms.append(Term(inv.number, _client(inv), f.ends_on, over))

    names = {k: c.name for k, c in config.clients.items() if c.name}
    clients = score_clients(invoices, events, outbox, now, tz=tz, config=scoring, names=names)
    return DigestData(
        now=now,
        aging=money,
        counts=counts,
        no_amount=no_amount,
        sent=tuple(sorted(sent, key=lambda x: x.at)),
        coming=tuple(sorted(coming, key=lambda x: x.at)),
        promises=tuple(sorted(promises, key=lambda x: x.promised or date.max)),
        clients=tuple(clients),
        awaiting=tuple(sorted(awaiting, key=lambda x: x.at)),
        terms=tuple(sorted(terms, key=lambda x: x.ends)),
    )


# --------------------------------------------------------------------------------------------------
# How: words in three languages
# --------------------------------------------------------------------------------------------------

# The words themselves are in the message catalogues (src/mailduns/locales/<lang>/LC_MESSAGES/mailduns.po,
# keys "digest.*"), with the other short texts mailduns writes; see mailduns.core.catalog.
_DIGEST_LANGUAGES: Final = ("en", "it", "es")


class _Words:
    """Formatting in the owner's language: words, money, dates."""

    def __init__(self, language: str, tz: ZoneInfo) -> None:
        self.language = language if language in _DIGEST_LANGUAGES else "en"
        self.loc = Locale.parse(_LOCALES[self.language])
        self.tz = tz

    def __call__(self, key: str, **kw: object) -> str:
        return catalog_text(self.language, f"digest.{key}", **kw)

    def money(self, amount: Decimal, currency: str) -> str:
        value = amount.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        return str(format_currency(value, currency, locale=self.loc)).translate(_SPACES)

    def moneys(self, amounts: Mapping[str, Decimal]) -> str:
        shown = [self.money(v, c) for c, v in sorted(amounts.items()) if v]
        return " + ".join(shown) if shown else self.money(Decimal(0), "EUR")

    def day(self, d: date) -> str:
        return str(format_date(d, "d MMM y", locale=self.loc)).translate(_SPACES)

    def when(self, at: datetime) -> str:
        return str(
            babel_datetime(at.astimezone(self.tz), "EEE d MMM HH:mm", tzinfo=self.tz, locale=self.loc)
        ).translate(_SPACES)


def _step(w: _Words, name: str) -> str:
    """The step as the freelancer reads it: "diffida di pagamento", not "final"."""
    return step_label(w.language, name)


def _first_name(name: str) -> str:
    return (name.split() or [name])[0]


def _client_rows(w: _Words, clients: Sequence[ClientScore]) -> list[tuple[str, ...]]:
    rows: list[tuple[str, ...]] = []
    for c in clients:
        avg = "-" if c.average_days_late is None else str(c.average_days_late)
        if w.language != "en":
            avg = avg.replace(".", ",")
        rows.append(
            (
                c.display_name,
                str(c.invoices),
                w.moneys(c.billed) if c.billed else "-",
                avg,
                "-" if c.worst_days_late is None else str(c.worst_days_late),
                str(c.reminders),
                str(c.disputes),
                c.label_text(w.language),
            )
        )
    return rows


def _headers(w: _Words) -> tuple[str, ...]:
    return tuple(
        w(k)
        for k in (
            "h_client",
            "h_invoices",
            "h_billed",
            "h_avg",
            "h_worst",
            "h_reminders",
            "h_disputes",
            "h_advice",
        )
    )


def _text_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    widths = [max(len(r[i]) for r in (headers, *rows)) for i in range(len(headers))]
    numeric = {1, 2, 3, 4, 5, 6}
    out = []
    for n, row in enumerate((headers, *rows)):
        cells = [
            c.rjust(wd) if i in numeric and n else c.ljust(wd) for i, (c, wd) in enumerate(zip(row, widths))
        ]
        out.append("  " + "  ".join(cells).rstrip())
        if n == 0:
            out.append("  " + "  ".join("-" * wd for wd in widths))
    return out


def _promise_text(w: _Words, p: Promise) -> str:
    amount = f", {w.money(*p.amount)}" if p.amount else ""
    promised = w("promised_on", date=w.day(p.promised)) if p.promised else w("promised_none")
    then = w("resume_on", date=w.day(p.resume.astimezone(w.tz).date())) if p.resume else w("resume_none")
    return w("promise", number=p.number, client=p.client, amount=amount, promised=promised, then=then)


def _awaiting_text(w: _Words, x: Line) -> str:
    return catalog_text(
        w.language,
        "note.awaiting-line",
        step=_step(w, x.step),
        number=x.number,
        client=x.client,
        since=w.day(x.at.astimezone(w.tz).date()),
    )


def _term_text(w: _Words, x: Term) -> str:
    return catalog_text(
        w.language,
        "note.formal-over" if x.over else "note.formal-running",
        number=x.number,
        client=x.client,
        date=w.day(x.ends),
    )


def _ending_text(w: _Words, c: ClientScore) -> str:
    unknown = catalog_text(w.language, "note.unknown")
    avg = unknown if c.average_days_late is None else str(c.average_days_late)
    if w.language != "en":
        avg = avg.replace(".", ",")
    return catalog_text(
        w.language,
        "note.ending-line",
        client=c.display_name,
        average=avg,
        worst=unknown if c.worst_days_late is None else c.worst_days_late,
        disputes=c.disputes,
    )


def _owed_title(w: _Words, data: DigestData) -> str:
    return w("owed", total=w.moneys(data.owed), count=data.open_invoices)


def render_text(data: DigestData, owner_name: str, w: _Words) -> str:
    """The plain-text part: the same figures as the HTML part, with bars made of characters."""
    today = w.day(data.now.astimezone(w.tz).date())
    lines = [w("greeting", name=_first_name(owner_name)), "", w("intro", date=today), ""]
    if data.open_invoices:
        lines.append(_owed_title(w, data))
        labels = {key: w(key) for key, _, _ in BUCKETS}
        pad = max(len(v) for v in labels.values())
        for currency, buckets in sorted(data.aging.items()):
            top = max(buckets.values()) or Decimal(1)
            shown = {k: w.money(v, currency) for k, v in buckets.items()}
            mpad = max(len(s) for s in shown.values())
            for key, _, _ in BUCKETS:
                bar = "█" * int((buckets[key] / top * 30).to_integral_value(rounding=ROUND_HALF_UP))
                lines.append(f"  {labels[key].ljust(pad)}  {shown[key].rjust(mpad)}  {bar}".rstrip())
        if data.no_amount:
            lines.append("  " + w("no_amount", count=data.no_amount))
    else:
        lines.append(w("nothing_owed"))
    for title, none, items in (("sent", "sent_none", data.sent), ("coming", "coming_none", data.coming)):
        lines += ["", f"{w(title)} ({len(items)})" if items else w(title)]
        lines += [
            f"  {w('line', when=w.when(x.at), step=_step(w, x.step), number=x.number, client=x.client)}"
            for x in items
        ] or [f"  {w(none)}"]
    if data.awaiting:
        lines += ["", f"{catalog_text(w.language, 'note.awaiting')} ({len(data.awaiting)})"]
        lines += [f"  {_awaiting_text(w, x)}" for x in data.awaiting]
    if data.terms:
        lines += ["", f"{catalog_text(w.language, 'note.formal')} ({len(data.terms)})"]
        lines += [f"  {_term_text(w, x)}" for x in data.terms]
    lines += ["", w("promises")]
    lines += [f"  {_promise_text(w, p)}" for p in data.promises] or [f"  {w('promises_none')}"]
    if data.ending:
        lines += ["", catalog_text(w.language, "note.ending")]
        lines += [f"  {_ending_text(w, c)}" for c in data.ending]
    lines += ["", w("clients")]
    rows = _client_rows(w, data.clients)
    lines += _text_table(_headers(w), rows) if rows else [f"  {w('clients_none')}"]
    lines += ["", "-- ", w("footer", date=today)]
    return "\n".join(lines) + "\n"


def render_html(data: DigestData, owner_name: str, w: _Words) -> str:
    """The HTML part: a bar chart of the aging buckets as inline-styled divs, then the lists."""
    e = html.escape
    today = w.day(data.now.astimezone(w.tz).date())
    td = 'style="padding:3px 10px 3px 0;white-space:nowrap"'
    out = [
        '<!DOCTYPE html><html><head><meta charset="utf-8"></head>',
        '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222;max-width:720px">',
        f"<p>{e(w('greeting', name=_first_name(owner_name)))}</p>",
        f"<p>{e(w('intro', date=today))}</p>",
    ]
    if data.open_invoices:
        out.append(f'<h3 style="margin:18px 0 6px">{e(_owed_title(w, data))}</h3>')
        for currency, buckets in sorted(data.aging.items()):
            top = max(buckets.values()) or Decimal(1)
            out.append('<table role="presentation" style="border-collapse:collapse">')
            for key, _, _ in BUCKETS:
                pct = int((buckets[key] / top * 100).to_integral_value(rounding=ROUND_HALF_UP))
                bar = (
                    f'<div style="background:{_COLOURS[key]};height:14px;width:{pct}%;min-width:'
                    f'{2 if buckets[key] else 0}px"></div>'
                )
                out.append(
                    f"<tr><td {td}>{e(w(key))}</td>"
                    f'<td style="padding:3px 10px;text-align:right;white-space:nowrap">'
                    f"{e(w.money(buckets[key], currency))}</td>"
                    f'<td style="width:260px;padding:3px 0">{bar}</td></tr>'
                )
            out.append("</table>")
        if data.no_amount:
            out.append(f"<p>{e(w('no_amount', count=data.no_amount))}</p>")
    else:
        out.append(f"<p>{e(w('nothing_owed'))}</p>")
    for title, none, items in (("sent", "sent_none", data.sent), ("coming", "coming_none", data.coming)):
        out.append(f'<h3 style="margin:18px 0 6px">{e(w(title))}</h3>')
        if items:
            out.append(
                "<ul>"
                + "".join(
                    f"<li>{e(w('line', when=w.when(x.at), step=_step(w, x.step), number=x.number, client=x.client))}</li>"
                    for x in items
                )
                + "</ul>"
            )
        else:
            out.append(f"<p>{e(w(none))}</p>")
    if data.awaiting:
        out.append(f'<h3 style="margin:18px 0 6px">{e(catalog_text(w.language, "note.awaiting"))}</h3>')
        out.append("<ul>" + "".join(f"<li>{e(_awaiting_text(w, x))}</li>" for x in data.awaiting) + "</ul>")
    if data.terms:
        out.append(f'<h3 style="margin:18px 0 6px">{e(catalog_text(w.language, "note.formal"))}</h3>')
        out.append("<ul>" + "".join(f"<li>{e(_term_text(w, x))}</li>" for x in data.terms) + "</ul>")
    if data.ending:
        out.append(f'<h3 style="margin:18px 0 6px">{e(catalog_text(w.language, "note.ending"))}</h3>')
        out.append("<ul>" + "".join(f"<li>{e(_ending_text(w, c))}</li>" for c in data.ending) + "</ul>")
    out.append(f'<h3 style="margin:18px 0 6px">{e(w("promises"))}</h3>')
    out.append(
        "<ul>" + "".join(f"<li>{e(_promise_text(w, p))}</li>" for p in data.promises) + "</ul>"
        if data.promises
        else f"<p>{e(w('promises_none'))}</p>"
    )
    out.append(f'<h3 style="margin:18px 0 6px">{e(w("clients"))}</h3>')
    rows = _client_rows(w, data.clients)
    if rows:
        cell = 'style="padding:3px 8px;border-bottom:1px solid #ddd;text-align:{}"'
        out.append(
            '<table style="border-collapse:collapse;font-size:13px"><tr>'
            + "".join(
                f"<th {cell.format('left' if i in (0, 7) else 'right')}>{e(h)}</th>"
                for i, h in enumerate(_headers(w))
            )
            + "</tr>"
        )
        for row in rows:
            out.append(
                "<tr>"
                + "".join(
                    f"<td {cell.format('left' if i in (0, 7) else 'right')}>{e(c)}</td>"
                    for i, c in enumerate(row)
                )
                + "</tr>"
            )
        out.append("</table>")
    else:
        out.append(f"<p>{e(w('clients_none'))}</p>")
    out.append(f'<p style="color:#777;font-size:12px;margin-top:24px">{e(w("footer", date=today))}</p>')
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def build_digest(
    invoices: Sequence[Invoice],
    events: Sequence[Event],
    outbox: Sequence[OutboxItem],
    now: datetime,
    config: Config,
    *,
    scoring: ScoringConfig | None = None,
    formal: Mapping[int, FormalFacts] | None = None,
) -> EmailMessage:
    """The weekly digest for the owner, From = To = owner, in the owner's language.

    Marked `X-Mailduns: digest` (so the freelancer's own rules can file it, and mailduns never reads
    it back as a client's mail) and `Auto-Submitted: auto-generated` (no vacation replies). The
    Message-ID is the same for the same week, so a retried send is recognised as one mail.
    """
    from mailduns.letters.compose import make_message_id

    if now.tzinfo is None:
        raise ValueError("build_digest needs an aware datetime (with a time zone) for `now`")
    owner = config.owner
    w = _Words(owner.language, owner.tz)
    data = digest_data(invoices, events, outbox, now, config, scoring=scoring, formal=formal)
    owed = data.owed
    subject = w("subject", owed=w.moneys(owed)) if any(owed.values()) else w("subject_none")
    msg = EmailMessage()
    me = Address(display_name=" ".join(owner.name.split()), addr_spec=owner.email)
    msg["From"] = me
    msg["To"] = me
    msg["Subject"] = f"[mailduns] {subject}"
    msg["Date"] = format_datetime(now)
    week = now.astimezone(owner.tz).isocalendar()
    msg["Message-ID"] = make_message_id(owner.email, "digest", f"{week.year}-W{week.week:02d}")
    msg["X-Mailduns"] = f"digest; week={week.year}-W{week.week:02d}"
    msg["Auto-Submitted"] = "auto-generated"
    msg.set_content(
        render_text(data, owner.name, w), subtype="plain", charset="utf-8", cte="quoted-printable"
    )
    msg.add_alternative(
        render_html(data, owner.name, w), subtype="html", charset="utf-8", cte="quoted-printable"
    )
    msg["Content-Language"] = w.language
    return msg


def enqueue_digest_if_due(
    store: Store,
    config: Config,
    now: datetime,
    *,
    digest: DigestConfig | None = None,
    scoring: ScoringConfig | None = None,
) -> bool:
    """Queue this week's digest in the outbox once its day and hour have come; True if queued.

    Called once per daemon cycle, before the outbox is flushed. The first call only remembers the
    current slot, so installing mailduns never mails a digest at once; each later slot yields
    exactly one digest (the outbox refuses a second row with the same week's Message-ID).
    """
    cfg = digest or DigestConfig()
    if not cfg.enabled:
        return False
    slot = digest_slot(now, cfg, config.owner.tz)
    last = store.get_meta(META_KEY)
    try:
        previous = datetime.fromisoformat(last) if last else None
    except ValueError:
        previous = None
    if previous is None:
        store.set_meta(META_KEY, slot.isoformat())
        return False
    if previous >= slot:
        return False
    msg = build_digest(
        store.invoices(),
        store.events(),
        store.outbox(),
        now,
        config,
        scoring=scoring,
        formal=store_notices.all_formal_facts(store),
    )
    store.enqueue(
        invoice_id=None,
        kind="digest",
        step=None,
        message_id=str(msg["Message-ID"]),
        recipients=[config.owner.email],
        raw=msg.as_bytes(policy=SMTP_POLICY),
        at=now,
    )
    store.set_meta(META_KEY, slot.isoformat())
    return True
