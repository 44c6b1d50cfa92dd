"""Client scoring: how each client has paid so far, and what to do about it next time.

Why: a freelancer rarely remembers that a client paid the last five invoices a month late. The
history is already in the state — every invoice (including `history` ones from before mailduns
ran), when it was paid, how many reminders it took, whether the client disputed — so mailduns can
say it plainly: *reliable*, *slow payer*, *ask for a deposit* next time, or *consider ending the
relationship* (the usual advice for a client who always pays late and argues).

Pure: invoices, events and outbox rows in, scores out; `now` is passed in. The thresholds come
from the `[scoring]` section (`scoring_config_from`), with defaults that match common advice.

How lateness is measured:
- a paid invoice is late by the days between its due date and the day mailduns learned it was
  paid (the first `paid` or `manual-paid` event, in the owner's time zone); paid early counts 0;
- an invoice still unpaid after its due date is late by the days so far (a client who never pays
  must not look reliable because nothing was ever paid);
- a `history` invoice with no payment event has an unknown lateness: it counts in "invoices" and
  "billed", not in the lateness figures.

Only letters sent after an invoice's due date count as reminders: a courtesy note before the due
date (or the due-date note on the day) says nothing about the client, who may pay on time.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any, Final
from zoneinfo import ZoneInfo

from mailduns.core.errors import ConfigError
from mailduns.core.model import Event, Invoice, OutboxItem

__all__ = [
    "LABELS",
    "ClientScore",
    "ScoringConfig",
    "invoice_days_late",
    "paid_dates",
    "score_clients",
    "scoring_config_from",
]

PAID_EVENTS: Final = frozenset({"paid", "manual-paid"})
DISPUTE_EVENTS: Final = frozenset({"client-reply-dispute"})
UNPAID_STATES: Final = frozenset({"open", "snoozed", "hold", "closed"})

#: Label keys, from best to worst, with the words shown to the freelancer.
LABELS: Final[Mapping[str, Mapping[str, str]]] = {
    "new": {"en": "too early to say", "it": "ancora presto per dirlo", "es": "aún es pronto para saberlo"},
    "reliable": {"en": "reliable", "it": "affidabile", "es": "fiable"},
    "slow-payer": {"en": "slow payer", "it": "paga in ritardo", "es": "paga con retraso"},
    "ask-deposit": {"en": "ask for a deposit", "it": "chiedi un acconto", "es": "pide un anticipo"},
    "consider-ending": {
        "en": "consider ending the relationship",
        "it": "valuta di interrompere il rapporto",
        "es": "plantéate dejar de trabajar con este cliente",
    },
}
_RANK: Final = {name: i for i, name in enumerate(LABELS)}


@dataclass(frozen=True)
class ScoringConfig:
    """Thresholds of the `[scoring]` section. Days are days late (after the due date), averages are
    over the invoices whose lateness is known; a client is put in the worst label any rule gives.

    - `min_invoices`: fewer settled invoices than this and no bad sign → "too early to say".
    - `slow_average_days` / `slow_reminders`: an average lateness, or an average number of
      reminders sent after the due date per invoice paid or overdue, from which a client is a slow payer.
    - `deposit_average_days` / `deposit_worst_days` / `deposit_disputes`: ask for a deposit.
    - `end_average_days` / `end_worst_days` / `end_disputes`: consider ending the relationship.
    """

    min_invoices: int = 2
    slow_average_days: int = 7
    slow_reminders: Decimal = Decimal(2)
    deposit_average_days: int = 30
    deposit_worst_days: int = 60
    deposit_disputes: int = 2
    end_average_days: int = 60
    end_worst_days: int = 120
    end_disputes: int = 3


_INT_KEYS: Final = (
    "min_invoices",
    "slow_average_days",
    "deposit_average_days",
    "deposit_worst_days",
    "deposit_disputes",
    "end_average_days",
    "end_worst_days",
    "end_disputes",
)
SCORING_KEYS: Final = (*_INT_KEYS, "slow_reminders")


def scoring_config_from(raw: Mapping[str, Any] | None) -> ScoringConfig:
    """Check the `[scoring]` table of the config file (the mapping tomllib gives for it; None or
    empty means every default). Every mistake is a ConfigError naming the key, in plain words."""
    if not raw:
        return ScoringConfig()
    if not isinstance(raw, Mapping):
        raise ConfigError(
            "[scoring] must be a section with thresholds, like [scoring] then "
            "slow_average_days = 7 on the next line.",
            key="scoring",
        )
    unknown = [k for k in raw if k not in SCORING_KEYS]
    if unknown:
        raise ConfigError(
            f"unknown key {unknown[0]!r} in [scoring]; the keys are: {', '.join(SCORING_KEYS)}.",
            key=f"scoring.{unknown[0]}",
        )
    values: dict[str, Any] = {}
    for key in _INT_KEYS:
        if key not in raw:
            continue
        value = raw[key]
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 3650:
            raise ConfigError(
                f"must be a whole number of days or a count between 0 and 3650, like 30, not {value!r}.",
                key=f"scoring.{key}",
            )
        values[key] = value
    if "slow_reminders" in raw:
        value = raw["slow_reminders"]
        try:
            if isinstance(value, (bool, float)):
                raise InvalidOperation
            number = Decimal(str(value).strip())
        except (InvalidOperation, ValueError):
            number = Decimal(-1)
        if not number.is_finite() or not Decimal(0) <= number <= Decimal(100):
            raise ConfigError(
                f"must be an average number of reminders per invoice, a whole number or a text like "
                f'"1.5", not {value!r}.',
                key="scoring.slow_reminders",
            )
        values["slow_reminders"] = number
    cfg = ScoringConfig(**values)
    for low, high, name in (
        (cfg.slow_average_days, cfg.deposit_average_days, "deposit_average_days"),
        (cfg.deposit_average_days, cfg.end_average_days, "end_average_days"),
        (cfg.deposit_worst_days, cfg.end_worst_days, "end_worst_days"),
        (cfg.deposit_disputes, cfg.end_disputes, "end_disputes"),
    ):
        if high < low:
            raise ConfigError(
                f"is {high}, lower than the milder threshold before it ({low}); each label needs "
                "a worse record than the one before.",
                key=f"scoring.{name}",
            )
    return cfg


@dataclass(frozen=True)
class ClientScore:
    """One client's record. `billed` and `owed` are per currency (never added across currencies)."""

    client: str  # the address (lower case), or "?" when unknown
    name: str | None
    invoices: int
    paid: int
    unpaid: int
    history: int
    billed: Mapping[str, Decimal]
    owed: Mapping[str, Decimal]
    average_days_late: Decimal | None  # one decimal place; None when nothing is known
    worst_days_late: int | None
    reminders: int
    disputes: int
    label: str
    reasons: tuple[str, ...] = field(default=())

    @property
    def display_name(self) -> str:
        return self.name or self.client

    def label_text(self, language: str = "en") -> str:
        return LABELS[self.label].get(language, LABELS[self.label]["en"])

    def to_json(self) -> dict[str, Any]:
        """The shape of `mailduns clients --json`: amounts as decimal strings, like the contract."""
        return {
            "client_email": None if self.client == "?" else self.client,
            "client_name": self.name,
            "invoices": self.invoices,
            "paid": self.paid,
            "unpaid": self.unpaid,
            "history": self.history,
            "billed": {c: _plain(v) for c, v in sorted(self.billed.items())},
            "owed": {c: _plain(v) for c, v in sorted(self.owed.items())},
            "average_days_late": str(self.average_days_late) if self.average_days_late is not None else None,
            "worst_days_late": self.worst_days_late,
            "reminders": self.reminders,
            "disputes": self.disputes,
            "label": self.label,
            "advice": self.label_text("en"),
            "reasons": list(self.reasons),
        }


def _plain(value: Decimal) -> str:
    return str(value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def paid_dates(events: Iterable[Event], tz: ZoneInfo) -> dict[int, date]:
    """The day each invoice was (first) known to be paid, in the owner's time zone."""
    found: dict[int, date] = {}
    for ev in sorted(
        (e for e in events if e.kind in PAID_EVENTS and e.invoice_id is not None), key=lambda e: e.at
    ):
        assert ev.invoice_id is not None
        found.setdefault(ev.invoice_id, ev.at.astimezone(tz).date())
    return found


def invoice_days_late(inv: Invoice, paid_on: date | None, today: date) -> int | None:
    """Days after the due date the invoice was paid (0 if on time), or is unpaid so far; None when
    it cannot be known (history without a payment event, or paid with no date)."""
    if paid_on is not None:
        return max(0, (paid_on - inv.due_date).days)
    if inv.state in UNPAID_STATES:
        return max(0, (today - inv.due_date).days)
    return None


def _client_key(inv: Invoice) -> str:
    return (inv.client_email or "").strip().lower() or "?"


def score_clients(
    invoices: Sequence[Invoice],
    events: Sequence[Event],
    outbox: Sequence[OutboxItem],
    now: datetime,
    *,
    tz: ZoneInfo,
    config: ScoringConfig | None = None,
    names: Mapping[str, str] | None = None,
) -> list[ClientScore]:
    """Score every client that ever received an invoice, worst label first.

    `names` maps a client address or domain (the keys of `[clients."..."]`) to the name the
    freelancer configured there, which wins over the name read from invoices.
    """
    cfg = config or ScoringConfig()
    today = now.astimezone(tz).date()
    paid_on = paid_dates(events, tz)
    reminders: dict[int, int] = defaultdict(int)
    due_of = {inv.id: inv.due_date for inv in invoices}
    for item in outbox:
        if item.kind == "reminder" and item.status == "sent" and item.invoice_id is not None:
            due, sent = due_of.get(item.invoice_id), item.sent_at or item.created_at
            if due is not None and sent.astimezone(tz).date() > due:  # a letter after the due date
                reminders[item.invoice_id] += 1
    disputes: dict[int, int] = defaultdict(int)
    for ev in events:
        if ev.kind in DISPUTE_EVENTS and ev.invoice_id is not None:
            disputes[ev.invoice_id] += 1

    groups: dict[str, list[Invoice]] = defaultdict(list)
    for inv in invoices:
        groups[_client_key(inv)].append(inv)
    scores = [
        _score(key, invs, paid_on, reminders, disputes, today, cfg, names or {})
        for key, invs in groups.items()
    ]
    scores.sort(key=lambda s: (-_RANK[s.label], -(s.worst_days_late or 0), s.display_name.lower()))
    return scores


def _score(
    key: str,
    invs: list[Invoice],
    paid_on: Mapping[int, date],
    reminders: Mapping[int, int],
    disputes: Mapping[int, int],
    today: date,
    cfg: ScoringConfig,
    names: Mapping[str, str],
) -> ClientScore:
    billed: dict[str, Decimal] = defaultdict(Decimal)
    owed: dict[str, Decimal] = defaultdict(Decimal)
    lateness: list[int] = []
    paid = unpaid = history = 0
    settled = 0  # invoices whose outcome is known: paid, or overdue
    for inv in sorted(invs, key=lambda i: i.sent_at):
        price = inv.total or inv.amount
        if price is not None:
            billed[price.currency] += price.amount
        when = paid_on.get(inv.id)
        if inv.state == "paid" or when is not None:
            paid += 1
        elif inv.state == "history":
            history += 1
        else:
            unpaid += 1
            balance = inv.balance
            if balance is not None:
                owed[balance.currency] += balance.amount
        late = invoice_days_late(inv, when, today)
        # An unpaid invoice not yet due says nothing about the client yet.
        if late is not None and (when is not None or today > inv.due_date):
            lateness.append(late)
            settled += 1
    name = _configured_name(names, key) or next(
        (i.client_name for i in sorted(invs, key=lambda i: i.sent_at, reverse=True) if i.client_name), None
    )
    n_reminders = sum(reminders.get(i.id, 0) for i in invs)
    n_disputes = sum(disputes.get(i.id, 0) for i in invs)
    average = (
        (Decimal(sum(lateness)) / Decimal(len(lateness))).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
        if lateness
        else None
    )
    worst = max(lateness) if lateness else None
    per_invoice = Decimal(n_reminders) / Decimal(settled) if settled else Decimal(0)
    label, reasons = _label(cfg, settled, average, worst, per_invoice, n_disputes)
    return ClientScore(
        client=key,
        name=name,
        invoices=len(invs),
        paid=paid,
        unpaid=unpaid,
        history=history,
        billed=dict(billed),
        owed={c: v for c, v in owed.items() if v},
        average_days_late=average,
        worst_days_late=worst,
        reminders=n_reminders,
        disputes=n_disputes,
        label=label,
        reasons=tuple(reasons),
    )


def _configured_name(names: Mapping[str, str], address: str) -> str | None:
    """The name configured for an address, its domain or a parent domain, like `Config.client_for`."""
    if address in names:
        return names[address]
    domain = address.rpartition("@")[2]
    while domain:
        if domain in names:
            return names[domain]
        _, dot, rest = domain.partition(".")
        domain = rest if dot and "." in rest else ""
    return None


def _label(
    cfg: ScoringConfig,
    settled: int,
    average: Decimal | None,
    worst: int | None,
    per_invoice: Decimal,
    disputes: int,
) -> tuple[str, list[str]]:
    """The worst label any threshold gives, with the sentences that explain it."""
    avg = average if average is not None else Decimal(0)
    worst_days = worst or 0
    for label, avg_days, worst_limit, dispute_limit in (
        ("consider-ending", cfg.end_average_days, cfg.end_worst_days, cfg.end_disputes),
        ("ask-deposit", cfg.deposit_average_days, cfg.deposit_worst_days, cfg.deposit_disputes),
    ):
        reasons = []
        if average is not None and avg_days and avg >= avg_days:
            reasons.append(f"pays {avg} days late on average (threshold {avg_days})")
        if worst is not None and worst_limit and worst_days >= worst_limit:
            reasons.append(f"once paid {worst_days} days late, or still has not (threshold {worst_limit})")
        if dispute_limit and disputes >= dispute_limit:
            reasons.append(f"disputed invoices {disputes} times (threshold {dispute_limit})")
        if reasons:
            return label, reasons
    reasons = []
    if average is not None and cfg.slow_average_days and avg >= cfg.slow_average_days:
        reasons.append(f"pays {avg} days late on average (threshold {cfg.slow_average_days})")
    if cfg.slow_reminders and per_invoice >= cfg.slow_reminders:
        shown = per_invoice.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
        reasons.append(
            f"needs {shown} reminders after the due date per invoice on average "
            f"(threshold {cfg.slow_reminders})"
        )
    if reasons:
        return "slow-payer", reasons
    if settled < cfg.min_invoices:
        plural = "s" if settled != 1 else ""
        return "new", [
            f"only {settled} invoice{plural} paid or overdue so far "
            + f"(at least {cfg.min_invoices} needed to judge)"
        ]
    return "reliable", [f"{settled} invoices, paid on time or nearly"]
