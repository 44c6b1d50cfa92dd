"""Turn an invoice and a ladder step into the exact email mailduns sends.

Why the shape: a reminder only works if the client sees it *in the invoice's thread*, from the
freelancer, in the client's language, stating what is owed — so this module does threading headers,
addresses, localised money and dates, and leaves the words to Jinja2 templates the freelancer can edit
(`templates/<language>/<name>.txt.j2`, optional `<name>.html.j2`).

Templates receive pre-formatted strings (Babel): "1.220,00 €" (it, es), "€1,220.00" (en),
"2 dicembre 2026", so a template never formats numbers and never sees a float. Undefined variables
are errors (StrictUndefined): a typo must fail `mailduns check`, not send "Dear ," to a client.

Nothing here does I/O except reading template files; the caller sends the message.

Why this file is long: it is the letters' one renderer. The Jinja sandbox, the headers that
thread a letter into the invoice's conversation, the header-injection guards and the four kinds
of letter share the same escaping and the same template context; split apart, every seam would be
a place to forget a guard. The template checker and the sample data are the next to move out.
"""

from __future__ import annotations

import hashlib
import re
import secrets
import urllib.parse
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from email import policy as email_policy
from email.errors import HeaderParseError
from email.headerregistry import Address, BaseHeader, UniqueAddressHeader, UniqueUnstructuredHeader
from email.message import EmailMessage
from email.policy import Policy
from email.utils import format_datetime, getaddresses
from pathlib import Path
from types import TracebackType
from typing import ClassVar, Final, Literal

import jinja2
import jinja2.exceptions
import jinja2.sandbox
from babel import Locale
from babel.dates import format_date

from mailduns.core.errors import MaildunsError, TemplateError
from mailduns.core.fees import FeeQuote, fee_lines
from mailduns.core.legal import party_kind
from mailduns.core.money import Money
from mailduns.core.wording import fmt_date as _fmt_date
from mailduns.core.wording import fmt_money as _fmt_money
from mailduns.core.wording import fmt_rate as _fmt_rate
from mailduns.core.wording import italian_article as _italian_article
from mailduns.core.wording import locale_for as _locale
from mailduns.core.catalog import step_label, t
from mailduns.core.decide import ANSWERS
from mailduns.letters.qr import epc_png, normalise_bic, normalise_iban

__all__ = [
    "CLIENT_LETTERS",
    "DEFAULT_LADDER",
    "FOLLOWUPS",
    "OWNER_NOTICE",
    "STATEMENT",
    "THANK_YOU",
    "InvoiceRef",
    "PaymentDetails",
    "Templates",
    "compose_owner_notice",
    "compose_reminder",
    "compose_simple",
    "compose_statement",
    "default_templates_dir",
    "make_message_id",
    "owner_notice_context",
    "reminder_context",
    "statement_context",
]

#: The template names of the default ladder, in order (see the templates directory).
DEFAULT_LADDER: tuple[str, ...] = ("courtesy", "due", "reminder", "late_fee", "suspension", "final")
#: The template used for messages to the freelancer.
OWNER_NOTICE = "owner_notice"
#: The letter listing several invoices of one client (`compose_statement`).
STATEMENT = "statement"
#: The letter sent when a payment is confirmed (`compose_simple`, off by default in the policy).
THANK_YOU = "thank_you"
#: Letters answering what the client said (`compose_simple`): "I paid" with no money in sight, and
#: a promised payment date that passed.
FOLLOWUPS: tuple[str, ...] = ("paid_claim_followup", "promise_followup")
#: Every letter to a client mailduns ships, for `Templates.check` and the tests.
CLIENT_LETTERS: tuple[str, ...] = (*DEFAULT_LADDER, *FOLLOWUPS, THANK_YOU, STATEMENT)

#: Days between the date of a letter and the payment deadline it asks for (moved off weekends).
DEADLINE_DAYS = 7

_LOCALES: dict[str, str] = {"it": "it_IT", "es": "es_ES", "en": "en_GB"}
_LANGUAGE_RE = re.compile(r"^[a-z]{2,3}(?:[_-][A-Za-z]{2,4})?$")
# Reply prefixes of common mail clients (en Re, it R/RIF, de AW, nordic SV/VS, nl Antw), maybe "Re[2]:".
_REPLY_PREFIX_RE = re.compile(r"^\s*(?:re|r|rif|aw|sv|vs|antw)\s*(?:\[\d+\])?\s*:", re.IGNORECASE)
_INVOICE_WORD: dict[str, str] = {"it": "Fattura", "es": "Factura", "en": "Invoice"}
_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " "})


@dataclass(frozen=True)
class InvoiceRef:
    """What compose needs to know about an invoice: identity, threading, money, recipients."""

    number: str
    subject: str
    message_id: str | None
    references: tuple[str, ...]
    amount: Money | None
    issue_date: date | None
    due_date: date
    client_name: str | None
    to: tuple[str, ...]
    cc: tuple[str, ...]
    client_kind: str | None = None  # "company" | "person": config or e-invoice; None: from the name
    client_salutation: str | None = None  # the config's exact greeting line for this client

    @property
    def kind(self) -> str | None:
        """Company or person (core/legal.party_kind guesses from the name when nothing says)."""
        return self.client_kind or party_kind(self.client_name)


_REFERENCE_WORDS: dict[str, tuple[str, str]] = {
    "it": ("Fattura {number}", "Fatture {number}"),
    "es": ("Factura {number}", "Facturas {number}"),
    "en": ("Invoice {number}", "Invoices {number}"),
}


@dataclass(frozen=True)
class PaymentDetails:
    """How the client can pay, shown in every letter that asks for money (config `[payment]`).

    `reference_template` is the payment reference (causale, concepto) the client should write;
    `{number}` becomes the invoice number (several, comma-separated, in a statement). Without it
    the reference is "Fattura {number}" / "Factura {number}" / "Invoice {number}" in the letter's
    language. `payment_link` may contain `{number}` too (URL-encoded there). With `qr` the HTML
    alternative of a letter carries an EPC "scan to pay" QR code (euro invoices only; needs `iban`
    and `beneficiary`).

    The IBAN and BIC are checked when the details are built (ValueError with the reason): a typo
    in the config must stop `mailduns check`, not reach a client.
    """

    beneficiary: str | None = None
    iban: str | None = None
    bic: str | None = None
    reference_template: str | None = None
    payment_link: str | None = None
    qr: bool = False

    def __post_init__(self) -> None:
        def clean(value: str | None) -> str | None:
            return _one_line(value) or None if value is not None else None

        object.__setattr__(self, "beneficiary", clean(self.beneficiary))
        object.__setattr__(self, "reference_template", clean(self.reference_template))
        iban, bic = clean(self.iban), clean(self.bic)
        object.__setattr__(self, "iban", normalise_iban(iban) if iban else None)
        object.__setattr__(self, "bic", normalise_bic(bic) if bic else None)
        link = clean(self.payment_link)
        if link is not None and urllib.parse.urlsplit(link).scheme.lower() not in ("https", "http"):
            raise ValueError(f"the payment link must be an https:// address, not {link!r}")
        object.__setattr__(self, "payment_link", link)
        if self.qr and (self.iban is None or self.beneficiary is None):
            raise ValueError("a scan-to-pay QR code needs both the IBAN and the beneficiary name")
        if self.beneficiary is not None and self.qr and len(self.beneficiary) > 70:
            raise ValueError("the beneficiary name is longer than the 70 characters a QR code allows")

    def reference(self, numbers: Sequence[str], language: str) -> str:
        """The payment reference for `numbers` (one invoice, or several in a statement)."""
        joined = ", ".join(_one_line(n) for n in numbers)
        single, plural = _REFERENCE_WORDS.get(language.split("_")[0], _REFERENCE_WORDS["en"])
        template = self.reference_template or (single if len(numbers) == 1 else plural)
        # str.replace, not str.format: a stray "{" in the config must not become a crash or a lookup.
        return _one_line(template.replace("{number}", joined))

    def link(self, numbers: Sequence[str]) -> str | None:
        if self.payment_link is None:
            return None
        return self.payment_link.replace("{number}", urllib.parse.quote(",".join(numbers), safe=""))


def _payment_context(
    payment: PaymentDetails | None, numbers: Sequence[str], language: str, qr: bool
) -> dict[str, object] | None:
    if payment is None or not any((payment.iban, payment.beneficiary, payment.payment_link)):
        return None
    iban = payment.iban
    return {
        "beneficiary": payment.beneficiary,
        "iban": " ".join(iban[i : i + 4] for i in range(0, len(iban), 4)) if iban else None,
        "bic": payment.bic,
        "reference": payment.reference(numbers, language),
        "link": payment.link(numbers),
        "qr": qr,
    }


# ---------------------------------------------------------------------------------------------
# Templates


def default_templates_dir() -> Path:
    """The default templates directory, the one holding `it/`, `es/`, `en/`.

    Running from a checkout (or an editable install) the templates live at the repository root,
    next to `src/`: `Path(__file__).parents[3] / "templates"`. A wheel cannot ship files outside the
    package, so a packager may copy them into `mailduns/templates/`; that copy is used when the
    repository one is not there.
    """
    repo = Path(__file__).resolve().parents[3] / "templates"
    if repo.is_dir():
        return repo
    return Path(__file__).resolve().parent / "templates"


def _templates_root(path: Path) -> Path:
    """Accept both a directory *containing* `templates/` and the `templates/` directory itself."""
    inner = path / "templates"
    return inner if inner.is_dir() else path


def _plural(count: object, singular: str, plural: str) -> str:
    """`{{ days_late | plural("giorno", "giorni") }}` → "1 giorno", "10 giorni"."""
    return f"{count} {singular if count == 1 else plural}"


def _sentence(text: str | None) -> str:
    """A message fragment without its final full stop, so we can end the sentence ourselves."""
    return (text or "").strip().rstrip(".")


def _traceback_line(tb: TracebackType | None, filename: str | None) -> int | None:
    """The template line of a rendering error: Jinja maps its frames back to the template file."""
    line: int | None = None
    while tb is not None:
        if filename is not None and tb.tb_frame.f_code.co_filename == filename:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


class Templates:
    """The reminder and notice templates: `<root>/<language>/<name>.txt.j2` (+ optional `.html.j2`).

    `root` may be the templates directory itself or a directory containing `templates/` (for example
    the freelancer's config directory). With `fallback`, a template missing under `root` is taken
    from `fallback` — so a freelancer can override one letter and keep the default others.

    Files whose name starts with "_" are partials (for `{% include %}`), not templates in `names()`.
    Filters available to templates: `art` (Italian article before a date, `{{ due_date | art("il") }}`
    → "l'8 dicembre 2026"; also "dal", "al", "entro il"-style prepositions) and `plural`
    (`{{ days_late | plural("giorno", "giorni") }}`).
    """

    def __init__(self, root: Path, *, fallback: Path | None = None) -> None:
        self.root = _templates_root(Path(root))
        self.dirs: tuple[Path, ...] = (self.root,) + (
            (_templates_root(Path(fallback)),) if fallback is not None else ()
        )
        # Sandboxed: templates are user-editable files; they get data, never the power to run code.
        self._env = jinja2.sandbox.SandboxedEnvironment(
            loader=jinja2.FileSystemLoader([str(d) for d in self.dirs], encoding="utf-8"),
            undefined=jinja2.StrictUndefined,
            autoescape=lambda name: name is not None and name.endswith(".html.j2"),
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
            auto_reload=True,
        )
        self._env.filters["art"] = _italian_article
        self._env.filters["plural"] = _plural

    # -- lookup ---------------------------------------------------------------------------------

    @staticmethod
    def _check_language(language: str) -> None:
        if not _LANGUAGE_RE.match(language):
            raise TemplateError(f"{language!r} is not a language code (expected e.g. it, es, en)")

    def _find(self, language: str, filename: str) -> Path | None:
        for d in self.dirs:
            p = d / language / filename
            if p.is_file():
                return p
        return None

    def _expected(self, language: str, name: str, ext: str = "txt") -> str:
        return str(self.root / language / f"{name}.{ext}.j2")

    def names(self, language: str) -> list[str]:
        """Template names available in `language` (file stems without `.txt.j2`), sorted."""
        self._check_language(language)
        found: set[str] = set()
        for d in self.dirs:
            folder = d / language
            if folder.is_dir():
                found.update(
                    p.name[: -len(".txt.j2")]
                    for p in folder.glob("*.txt.j2")
                    if p.is_file() and not p.name.startswith("_")
                )
        return sorted(found)

    def has_html(self, language: str, name: str) -> bool:
        self._check_language(language)
        return self._find(language, f"{name}.html.j2") is not None

    # -- rendering ------------------------------------------------------------------------------

    def _load(self, language: str, name: str, ext: str) -> jinja2.Template:
        self._check_language(language)
        if not re.match(r"^[A-Za-z0-9_.-]+$", name) or name.startswith("."):
            raise TemplateError(f"{name!r} is not a template name (letters, digits, '_', '-' only)")
        rel = f"{language}/{name}.{ext}.j2"
        try:
            return self._env.get_template(rel)
        except jinja2.TemplateSyntaxError as exc:
            raise TemplateError(
                f"the template has a syntax error: {_sentence(exc.message)}.",
                file=exc.filename or self._expected(language, name, ext),
                line=exc.lineno,
            ) from exc
        except jinja2.TemplateNotFound as exc:
            raise TemplateError(
                f"the template file does not exist; create it or pick another template for this step"
                f" (looked in {', '.join(str(d / language) for d in self.dirs)}).",
                file=self._expected(language, name, ext),
            ) from exc
        except UnicodeDecodeError as exc:
            raise TemplateError(
                "the template file is not valid UTF-8; save it as UTF-8.",
                file=str(self._find(language, f"{name}.{ext}.j2") or self._expected(language, name, ext)),
            ) from exc

    def render(self, language: str, name: str, context: Mapping[str, object], *, html: bool = False) -> str:
        """Render `<language>/<name>.txt.j2` (or `.html.j2`) and tidy the whitespace.

        Raises TemplateError naming the file (and line when known) if it is missing or fails.
        """
        ext = "html" if html else "txt"
        template = self._load(language, name, ext)
        try:
            text = template.render(dict(context))
        except jinja2.UndefinedError as exc:
            raise TemplateError(
                f"the template uses something that does not exist: {_sentence(exc.message)}."
                f" Available variables: {', '.join(sorted(context))}.",
                file=template.filename,
                line=_traceback_line(exc.__traceback__, template.filename),
            ) from exc
        except jinja2.exceptions.SecurityError as exc:
            raise TemplateError(
                f"the template tried something templates may not do: {_sentence(str(exc))}.",
                file=template.filename,
                line=_traceback_line(exc.__traceback__, template.filename),
            ) from exc
        except Exception as exc:  # any template bug must become a located, readable error
            raise TemplateError(
                f"the template failed to render: {type(exc).__name__}: {_sentence(str(exc))}.",
                file=template.filename,
                line=_traceback_line(exc.__traceback__, template.filename),
            ) from exc
        return _tidy(text) if not html else text.strip() + "\n"

    def check(self, languages: Iterable[str], names: Iterable[str]) -> list[str]:
        """Every problem with the given templates, as sentences for `mailduns check`; [] when fine.

        Each template is loaded (missing file, syntax error with line) and rendered with several
        realistic sample contexts (name known or not, amount known or not, before/after the due date,
        with and without fees) — StrictUndefined only catches a typo on the branch that runs, so each
        branch needs a sample. `owner_notice` is rendered with a notice context, the rest as reminders.
        """
        names = list(names)
        problems: list[str] = []
        for language in languages:
            try:
                self._check_language(language)
                _locale(language)
            except TemplateError as exc:
                problems.append(f"language {language!r}: {exc.message}")
                continue
            for name in names:
                for html in (False, True):
                    if html and not self._has_html_quiet(language, name):
                        continue
                    ext = "html" if html else "txt"
                    try:
                        self._load(language, name, ext)
                    except TemplateError as exc:
                        problems.append(str(exc))
                        continue
                    try:
                        for ctx in _sample_contexts(language, name, html=html):
                            if not self.render(language, name, ctx, html=html).strip():
                                raise TemplateError(
                                    "the template renders an empty message.",
                                    file=self._expected(language, name, ext),
                                )
                    except TemplateError as exc:
                        problems.append(f"{exc} Found by rendering a sample {name} letter.")
            if self._has_html_quiet(language, HTML_LAYOUT):
                # The layout wraps letters with a QR code: check it like a letter, or the first
                # client with a QR code finds the typo.
                try:
                    for ctx in _sample_contexts(language, HTML_LAYOUT, html=True):
                        self.render(language, HTML_LAYOUT, ctx, html=True)
                except TemplateError as exc:
                    problems.append(f"{exc} Found by rendering the HTML layout of a sample letter.")
        return list(dict.fromkeys(problems))

    def _has_html_quiet(self, language: str, name: str) -> bool:
        try:
            return self.has_html(language, name)
        except TemplateError:
            return False


def _tidy(text: str) -> str:
    """Normalise a plain-text body: no trailing spaces, at most one blank line, one final newline.

    Templates with conditionals leave stray blank lines behind; cleaning here keeps templates
    readable and letters neat.
    """
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    out: list[str] = []
    for line in lines:
        if not line and (not out or not out[-1]):
            continue
        out.append(line)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------------------------
# Formatting


def _add_business_days_deadline(today: date, days: int) -> date:
    """`today + days`, moved to Monday if it falls on a weekend: "pay by Sunday" reads careless."""
    d = today + timedelta(days=days)
    while d.weekday() >= 5:
        d += timedelta(days=1)
    return d


def _local_today(now: datetime) -> date:
    if now.tzinfo is None:
        raise ValueError("compose needs an aware datetime (with a timezone) for `now`")
    return now.date()


# ---------------------------------------------------------------------------------------------
# Contexts


def _money_or_none(m: Money | None, loc: Locale) -> str | None:
    """Formatted, or None when unknown or zero — so `{% if fee_extra %}` reads naturally."""
    return _fmt_money(m.rounded(), loc) if m is not None and m.amount != 0 else None


def _fmt_short_date(d: date, loc: Locale) -> str:
    """02/12/2026 (it, es, en_GB): compact, for lists and tables."""
    return format_date(d, format="dd/MM/yyyy", locale=loc)


def _fee_fields(fee: FeeQuote | None, days_late: int, number: str, loc: Locale) -> dict[str, object]:
    """The `fee_*` variables of a letter about one invoice (see `reminder_context`)."""
    applies = fee is not None and fee.applies
    ctx: dict[str, object] = {
        "fee_applies": applies,
        "fee_statutory": False,
        "fee_interest": None,
        "fee_compensation": None,
        "fee_extra": None,
        "fee_total_due": None,
        "fee_rate": None,
        "fee_days_late": fee.days_late if fee is not None else max(0, days_late),
        "fee_lines": [],
        "fee_law": fee.law if fee is not None else None,
    }
    if fee is not None and fee.applies:
        interest = _money_or_none(fee.interest, loc)
        compensation = _money_or_none(fee.compensation, loc)
        ctx.update(
            fee_statutory=interest is not None or compensation is not None,
            fee_interest=interest,
            fee_compensation=compensation,
            fee_extra=_money_or_none(fee.extra, loc),
            fee_total_due=_fmt_money(fee.total_due.rounded(), loc),
            fee_rate=_fmt_rate(fee.annual_rate, loc) if interest is not None else None,
            fee_lines=fee_lines(fee, loc.language, number=number),
        )
    return ctx


def _extra_value(key: str, value: object, loc: Locale) -> object:
    """A value the caller adds to a context, pre-formatted like everything else a template sees."""
    if isinstance(value, str):
        return "\n".join(_one_line(line) for line in value.splitlines())
    if value is None or isinstance(value, bool | int):
        return value
    if isinstance(value, datetime):
        return _fmt_date(value.date(), loc)
    if isinstance(value, date):
        return _fmt_date(value, loc)
    if isinstance(value, Money):
        return _fmt_money(value.rounded(), loc)
    if isinstance(value, list | tuple):
        return [_extra_value(key, v, loc) for v in value]
    raise TypeError(
        f"context variable {key!r}: a template gets text, numbers, dates or Money, not {type(value).__name__}"
    )


#: Variables of a client letter that `compose_simple` callers fill through `extra`; present (None)
#: in every letter so a template may test them without StrictUndefined failing.
LETTER_EXTRAS: tuple[str, ...] = ("promise_date", "paid_on", "paid_amount", "claim_date")


def reminder_context(
    inv: InvoiceRef,
    *,
    language: str,
    step_name: str,
    step_days: int,
    now: datetime,
    owner_name: str,
    fee: FeeQuote | None,
    owner_email: str | None = None,
    payment_details: str | None = None,
    promise_date: date | None = None,
    payment: PaymentDetails | None = None,
) -> dict[str, object]:
    """The variables a letter about one invoice sees. Money and dates are ready-formatted strings.

    * `language`, `owner_name`, `owner_email` (str or None), `payment_details` (str or None: free
      text; the letters prefer `payment`), `payment` (None, or a mapping with `beneficiary`, `iban`
      grouped by four, `bic`, `reference`, `link` — each None when not configured — and `qr`, True
      when the HTML alternative carries a scan-to-pay code), `qr_src` ("cid:…" for an `<img>` in
      an HTML template, None without a code)
    * `invoice_number`, `invoice_subject`, `client_name` (None when unknown), `client_kind`
      ("company", "person", or None without a name: how the salutation partials greet),
      `client_salutation` (the config's exact greeting line, None when not set)
    * `amount` (e.g. "1.220,00 €"; None when unknown), `currency` (None when unknown)
    * `issue_date` (None when unknown), `due_date`, `today` — long dates in the language;
      `issue_date_short`, `due_date_short` — "02/12/2026"
    * `step_name`, `step_days` (the ladder's offset), `days_late` (today − due date in days; negative
      before the due date, 0 on it), `days_to_due` (the opposite, never negative)
    * `deadline` — the pay-by date a firm letter asks for (today + 7 days, off weekends) and
      `suspension_date` — the day after it
    * fees: `fee_applies` (bool: something beyond the amount is claimed), `fee_statutory` (bool:
      statutory interest or compensation, i.e. cite the law), `fee_interest`, `fee_compensation`,
      `fee_extra` (formatted, None when zero), `fee_total_due` (formatted, None without fees),
      `fee_rate` (statutory annual rate, e.g. "10,15%", None when no interest), `fee_days_late`,
      `fee_lines` (the computation line by line, see `mailduns.core.fees.fee_lines`; [] without fees),
      `fee_law` ("GB", "IE": the letter names that country's act; "IT", "ES" or None: the
      Directive's wording, or the national law of an Italian or Spanish letter)
    * `promise_date` (the date the client promised to pay, long form, or None), and the other
      `LETTER_EXTRAS` (`paid_on`, `paid_amount`, `claim_date`), None unless a caller sets them
    """
    loc = _locale(language)
    today = _local_today(now)
    days_late = (today - inv.due_date).days
    deadline = _add_business_days_deadline(today, DEADLINE_DAYS)
    number = _one_line(inv.number)
    ctx: dict[str, object] = {
        "language": language,
        "owner_name": _one_line(owner_name),
        "owner_email": owner_email,
        "payment_details": payment_details,
        "payment": _payment_context(payment, [number], language, qr=False),
        "qr_src": None,
        "invoice_number": number,
        "invoice_subject": _one_line(inv.subject),
        "client_name": _one_line(inv.client_name or "") or None,
        "client_kind": inv.kind,
        "client_salutation": _one_line(inv.client_salutation or "") or None,
        "amount": _fmt_money(inv.amount.rounded(), loc) if inv.amount is not None else None,
        "currency": inv.amount.currency if inv.amount is not None else None,
        "issue_date": _fmt_date(inv.issue_date, loc) if inv.issue_date is not None else None,
        "issue_date_short": _fmt_short_date(inv.issue_date, loc) if inv.issue_date is not None else None,
        "due_date": _fmt_date(inv.due_date, loc),
        "due_date_short": _fmt_short_date(inv.due_date, loc),
        "today": _fmt_date(today, loc),
        "step_name": step_name,
        "step_days": step_days,
        "days_late": days_late,
        "days_to_due": max(0, -days_late),
        "deadline": _fmt_date(deadline, loc),
        "suspension_date": _fmt_date(deadline + timedelta(days=1), loc),
    }
    ctx.update(_fee_fields(fee, days_late, number, loc))
    ctx.update(dict.fromkeys(LETTER_EXTRAS))
    ctx["promise_date"] = _fmt_date(promise_date, loc) if promise_date is not None else None
    return ctx


_MAX_SUBJECT_NUMBERS = 4


def _most_recent(invoices: Sequence[InvoiceRef]) -> InvoiceRef:
    """The invoice a statement replies to: the latest issued (else latest due); last one on ties."""
    return max(reversed(invoices), key=lambda i: (i.issue_date or i.due_date, i.due_date))


def _sum_by_currency(amounts: Iterable[Money]) -> list[Money]:
    totals: dict[str, Money] = {}
    for m in amounts:
        totals[m.currency] = totals[m.currency] + m if m.currency in totals else m
    return list(totals.values())


def statement_context(
    invoices: Sequence[InvoiceRef],
    *,
    language: str,
    step_name: str,
    step_days: int,
    now: datetime,
    owner_name: str,
    fees: Sequence[FeeQuote | None],
    owner_email: str | None = None,
    payment: PaymentDetails | None = None,
    payment_details: str | None = None,
) -> dict[str, object]:
    """The variables of a statement: several invoices of one client in one letter.

    Everything of a single letter that is not about one invoice (`language`, `owner_name`,
    `owner_email`, `payment`, `payment_details`, `qr_src`, `client_name`, `today`, `deadline`,
    `suspension_date`, `step_name`, `step_days`, the `LETTER_EXTRAS` as None), plus:

    * `invoices` — one mapping per invoice, oldest due date first, with `number`, `subject`,
      `issue_date`, `issue_date_short`, `due_date`, `due_date_short` (issue dates None when
      unknown), `amount` (None when unknown), `days_late`, `days_to_due`, `overdue` (bool),
      `fee_applies`, `fee_interest`, `fee_compensation`, `fee_extra`, `fee_total_due`,
      `fee_lines`, and `total_due` (amount plus fees, None when the amount is unknown)
    * `count`, `total` (everything asked for, fees included, e.g. "2.450,00 €"; several currencies
      are joined with " + "; None when an amount is unknown), `total_amount` (the invoices alone),
      `total_fees` (None when none)
    * `any_overdue`, `all_overdue` (bool), `days_late` (the largest delay; negative when nothing is
      due yet)
    * `fee_applies`, `fee_statutory` (any invoice), `fee_interest`, `fee_compensation`,
      `fee_extra` (totals, None when zero), `fee_rate` (the current statutory rate, None when no
      interest)
    * `table` — the invoices as aligned text rows with a header, for monospace layouts
    """
    if not invoices:
        raise ValueError("a statement needs at least one invoice")
    if len(fees) != len(invoices):
        raise ValueError(f"a statement needs one fee entry per invoice ({len(invoices)}), got {len(fees)}")
    loc = _locale(language)
    today = _local_today(now)
    deadline = _add_business_days_deadline(today, DEADLINE_DAYS)
    order = sorted(range(len(invoices)), key=lambda k: (invoices[k].due_date, k))
    rows: list[dict[str, object]] = []
    amounts: list[Money] = []
    dues: list[Money] = []
    fee_sums: dict[str, list[Money]] = {"interest": [], "compensation": [], "extra": []}
    rate: str | None = None
    unknown = False
    lates: list[int] = []
    for k in order:
        inv, fee = invoices[k], fees[k]
        days_late = (today - inv.due_date).days
        lates.append(days_late)
        number = _one_line(inv.number)
        row: dict[str, object] = {
            "number": number,
            "subject": _one_line(inv.subject),
            "issue_date": _fmt_date(inv.issue_date, loc) if inv.issue_date is not None else None,
            "issue_date_short": _fmt_short_date(inv.issue_date, loc) if inv.issue_date is not None else None,
            "due_date": _fmt_date(inv.due_date, loc),
            "due_date_short": _fmt_short_date(inv.due_date, loc),
            "amount": _fmt_money(inv.amount.rounded(), loc) if inv.amount is not None else None,
            "days_late": days_late,
            "days_to_due": max(0, -days_late),
            "overdue": days_late > 0,
            "total_due": None,
        }
        fee_ctx = _fee_fields(fee, days_late, number, loc)
        row.update(
            (k2, v)
            for k2, v in fee_ctx.items()
            if k2 not in ("fee_statutory", "fee_rate", "fee_days_late", "fee_law")
        )
        if inv.amount is None:
            unknown = True
        else:
            due = fee.total_due if fee is not None and fee.applies else inv.amount.rounded()
            amounts.append(inv.amount.rounded())
            dues.append(due)
            row["total_due"] = _fmt_money(due, loc)
        if fee is not None and fee.applies:
            fee_sums["interest"].append(fee.interest)
            fee_sums["compensation"].append(fee.compensation)
            fee_sums["extra"].append(fee.extra)
            if fee.interest.amount and rate is None:
                rate = _fmt_rate(fee.annual_rate, loc)
        rows.append(row)

    def joined(values: list[Money]) -> str | None:
        parts = [_fmt_money(m, loc) for m in _sum_by_currency(values) if m.amount != 0]
        return " + ".join(parts) if parts else None

    fee_totals = {k: joined(v) for k, v in fee_sums.items()}
    all_fees = joined([*fee_sums["interest"], *fee_sums["compensation"], *fee_sums["extra"]])
    first = invoices[order[0]]
    names = {_one_line(i.client_name or "") for i in invoices} - {""}
    client_name = _one_line(first.client_name or "") or (names.pop() if len(names) == 1 else None)
    ctx: dict[str, object] = {
        "language": language,
        "owner_name": _one_line(owner_name),
        "owner_email": owner_email,
        "payment_details": payment_details,
        "payment": _payment_context(payment, [str(r["number"]) for r in rows], language, qr=False),
        "qr_src": None,
        "client_name": client_name,
        "client_kind": first.client_kind or party_kind(client_name),
        "client_salutation": _one_line(first.client_salutation or "") or None,
        "today": _fmt_date(today, loc),
        "deadline": _fmt_date(deadline, loc),
        "suspension_date": _fmt_date(deadline + timedelta(days=1), loc),
        "step_name": step_name,
        "step_days": step_days,
        "invoices": rows,
        "count": len(rows),
        "total": None if unknown else joined(dues) or _fmt_money(Money.of("0.00", dues[0].currency), loc),
        "total_amount": None if unknown else joined(amounts),
        "total_fees": all_fees,
        "any_overdue": any(d > 0 for d in lates),
        "all_overdue": all(d > 0 for d in lates),
        "days_late": max(lates),
        "fee_applies": all_fees is not None,
        "fee_statutory": fee_totals["interest"] is not None or fee_totals["compensation"] is not None,
        "fee_interest": fee_totals["interest"],
        "fee_compensation": fee_totals["compensation"],
        "fee_extra": fee_totals["extra"],
        "fee_rate": rate,
        "fee_law": next((f.law for f in fees if f is not None and f.law), None),
        "table": _statement_table(rows, loc.language),
    }
    ctx.update(dict.fromkeys(LETTER_EXTRAS))
    return ctx


_TABLE_HEADERS: dict[str, tuple[str, str, str, str, str]] = {
    "it": ("Fattura", "Data", "Scadenza", "Importo", "Giorni di ritardo"),
    "es": ("Factura", "Fecha", "Vencimiento", "Importe", "Días de retraso"),
    "en": ("Invoice", "Date", "Due", "Amount", "Days late"),
}


def _statement_table(rows: list[dict[str, object]], language: str) -> list[str]:
    """Aligned rows: number, date, due, amount (right-aligned), days late. For monospace layouts."""
    header = _TABLE_HEADERS.get(language, _TABLE_HEADERS["en"])
    cells = [list(header)] + [
        [
            str(r["number"]),
            str(r["issue_date_short"] or "-"),
            str(r["due_date_short"]),
            str(r["amount"] or "-"),
            str(max(0, int(str(r["days_late"])))),
        ]
        for r in rows
    ]
    widths = [max(len(c[i]) for c in cells) for i in range(5)]
    out = []
    for c in cells:
        out.append(
            "  ".join(
                (c[i].rjust(widths[i]) if i in (3, 4) else c[i].ljust(widths[i])) for i in range(5)
            ).rstrip()
        )
    return out


# event → (headline with an invoice, headline without one), per owner language. The events are those
# the engine reports: the reader's message kinds (client-reply-*, auto-reply, bounce,
# payment-notification) plus its own (paid, payment-mismatch, invoice-moved, step-<name>,
# uncertain-send, send-failed). Anything else gets the generic "your attention is needed".
_EVENT_ALIASES: dict[str, str] = {
    "client-reply-paid": "says-paid",
    "client-reply-promise": "promise",
    "client-reply-dispute": "dispute",
    "client-reply-other": "reply",
    "client-reply": "reply",
    "payment-notification": "paid",
    "notify_owner": "step",
    "notify-owner": "step",
    "autoreply": "auto-reply",
}
#: The events an owner notice may be about; each has two headlines in the catalogues
#: (`headline.<event>` about an invoice, `headline.<event>.none` without one).
_EVENTS: Final = (
    "reply",
    "says-paid",
    "promise",
    "dispute",
    "auto-reply",
    "bounce",
    "paid",
    "payment-mismatch",
    "invoice-moved",
    "uncertain-send",
    "send-failed",
    "paid-claim-expired",
    "promise-expired",
    "step",
    "unsent-invoice",
    "risky-quote",
    "formal-deadline",
    "other",
)


def _normalise_event(event: str) -> str:
    key = event.strip().lower()
    if key.startswith(("step-", "step:")):  # a ladder step with notify_owner, e.g. "step-final"
        return "step"
    key = _EVENT_ALIASES.get(key, key)
    return key if key in _EVENTS else "other"


def _event_step(event: str) -> str | None:
    """The step of a "step-<name>" event (a ladder step with notify_owner), else None."""
    key = event.strip()
    return key[5:] or None if key.lower().startswith(("step-", "step:")) else None


def _client_label(inv: InvoiceRef) -> str | None:
    name = (inv.client_name or "").strip()
    if name:
        return name
    addrs = [addr for _, addr in getaddresses(list(inv.to)) if addr]
    return addrs[0] if addrs else None


def _answers(language: str, ref: str) -> dict[str, object]:
    """The closing block of a note about a message: the answers (word, what it does) in the owner's
    language, from the catalogue, and the message's reference."""
    return {
        "intro": t(language, "answers.intro"),
        "choices": [
            {"word": t(language, f"answers.word.{a}"), "means": t(language, f"answers.means.{a}")}
            for a in ANSWERS
        ],
        "learn": t(language, "answers.learn"),
        "ref": t(language, "answers.ref", ref=ref),
    }


def owner_notice_context(
    *,
    language: str,
    owner_name: str,
    event: str,
    inv: InvoiceRef | None,
    excerpt: str,
    action_hint: str,
    now: datetime,
    headline: str | None = None,
    answer_ref: str | None = None,
) -> dict[str, object]:
    """The variables an owner notice template sees.

    * `event` (normalised: reply, says-paid, promise, dispute, auto-reply, bounce, paid,
      payment-mismatch, invoice-moved, uncertain-send, send-failed, step, other),
      `event_raw` (as given), `headline` (the subject sentence, without the "[mailduns]" tag)
    * `invoice` — None, or a mapping with `number`, `subject`, `amount`, `issue_date`, `due_date`,
      `client_name`, `to` (formatted strings; amount/issue_date/client_name may be None)
    * `client` — the client's name, else address, else None
    * `excerpt` (the client's words, may be ""), `excerpt_quoted` (the same with "> " quoting),
      `action_hint`, `owner_name`, `owner_first_name`, `language`, `today`
    * `answer_ref` — for a note about a message mailduns read: that message's reference (its
      Message-ID, as `mailduns log` prints it), and the note ends with the answers the freelancer
      can reply with (`pagato`, `promessa 15/01`, ...); None for the other notes
    * `answers` — with `answer_ref`: `intro`, `choices` (each `word`, `means`), `learn`, `ref`, the
      catalogue's texts (`answers.*`) in the owner's language; else None
    """
    given_headline = headline
    loc = _locale(language)
    today = _local_today(now)
    key = _normalise_event(event)
    step = _event_step(event)
    if key == "step" and step is None:
        key = "other"  # "notify_owner" without the step's name
    lang = loc.language
    client = _client_label(inv) if inv is not None else None
    unknown = t(lang, "headline.unknown_client")
    headline = (
        t(
            lang,
            f"headline.{key}",
            client=client or unknown,
            number=inv.number,
            step=step_label(lang, step or ""),
        )
        if inv is not None
        else t(lang, f"headline.{key}.none")
    )
    if client is None and headline.startswith(unknown):  # "il cliente ha risposto…" opens a sentence
        headline = headline[:1].upper() + headline[1:]
    if given_headline:  # a nudge says exactly what it is about
        headline = given_headline
    invoice: dict[str, object] | None = None
    if inv is not None:
        invoice = {
            "number": inv.number,
            "subject": inv.subject,
            "amount": _fmt_money(inv.amount.rounded(), loc) if inv.amount is not None else None,
            "issue_date": _fmt_date(inv.issue_date, loc) if inv.issue_date is not None else None,
            "due_date": _fmt_date(inv.due_date, loc),
            "client_name": (inv.client_name or "").strip() or None,
            "to": ", ".join(inv.to),
        }
    text = excerpt.replace("\r\n", "\n").replace("\r", "\n").strip()
    return {
        "language": language,
        "owner_name": owner_name,
        "owner_first_name": (owner_name.split() or [owner_name])[0],
        "event": key,
        "event_raw": event,
        "headline": headline,
        "invoice": invoice,
        "client": client,
        "excerpt": text,
        "excerpt_quoted": "\n".join(f"> {line}".rstrip() for line in text.split("\n")) if text else "",
        "action_hint": action_hint.strip(),
        "today": _fmt_date(today, loc),
        "answer_ref": answer_ref,
        "answers": _answers(loc.language, answer_ref) if answer_ref else None,
    }


# ---------------------------------------------------------------------------------------------
# Messages


def make_message_id(domain: str, *parts: str) -> str:
    """`<mailduns.{hash}@{domain}>`: deterministic for given parts, random without.

    Deterministic so a send retried after a crash (or a timeout after the server accepted) carries
    the same Message-ID: the client's mail system and our own Sent-folder sync can then recognise
    the duplicate. Parts are joined with a separator that cannot appear in them, so ("1", "23") and
    ("12", "3") differ.
    """
    host = _domain_for_id(domain)
    if parts:
        digest = hashlib.sha1("\x1f".join(parts).encode("utf-8"), usedforsecurity=False).hexdigest()[:20]
    else:
        digest = secrets.token_hex(10)
    return f"<mailduns.{digest}@{host}>"


def _domain_for_id(domain: str) -> str:
    host = domain.rpartition("@")[2].strip().strip(".").lower() or "mailduns.invalid"
    try:
        host = host.encode("idna").decode("ascii")
    except UnicodeError:
        host = "mailduns.invalid"
    return host if re.match(r"^[a-z0-9.-]+$", host) else "mailduns.invalid"


def _angle(message_id: str) -> str:
    mid = message_id.strip()
    return mid if mid.startswith("<") else f"<{mid}>"


# C0/C1 controls, and the invisible marks that reorder or hide text (bidi overrides and isolates,
# zero-width space, BOM): in a name or subject they only ever serve to spoof or to break a header.
_INVISIBLE_RE = re.compile("[\x00-\x1f\x7f-\x9f\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_ENCODED_WORD_RE = re.compile(r"=\?")
_MESSAGE_ID_RE = re.compile(r"^<[\x21-\x3b\x3d\x3f-\x7e]{1,250}>$")


def _one_line(value: str) -> str:
    """Text from mail we read on one line, without control characters.

    Header values may be folded; a newline in a header is an injection, and other controls
    (NUL, ESC, bidi overrides) either break mail servers or make one name look like another.
    """
    return " ".join(_INVISIBLE_RE.sub(" ", value).split())


def _header_text(value: str) -> str:
    """`value` made safe as an unstructured header: what Python will *parse* it into is itself.

    Setting `msg["Subject"] = text` parses `text` as a raw header, so an RFC 2047 encoded word in a
    subject we read ("=?utf-8?q?x=0D=0ABcc:_y?=") would be decoded into a real line break — a
    header injection through a perfectly one-line string. Decode, clean, repeat until nothing
    changes; if it never settles (nested encodings), break the "=?" so nothing is decoded at all.
    """
    text = _one_line(value)
    for _ in range(4):
        parsed = _one_line(str(email_policy.default.header_factory("subject", text)))
        if parsed == text:
            return text
        text = parsed
    return _ENCODED_WORD_RE.sub("= ?", text)


# Longer display names are dropped: the stdlib folds a quoted name longer than a line without its
# quotes (CPython 3.11 to 3.13), so "AAA...: evil@attacker.example," would become a group holding a
# recipient, and a name without spaces would make a header line over RFC 5322's 998 bytes.
_MAX_NAME = 60


def _safe_name(name: str) -> str:
    """A display name that round-trips through an address header unchanged, else "".

    "=?" is broken even when it starts no complete encoded word: building the header decodes the
    name once more, and an unterminated word ("é =?utf-8?q?=0D=0A: é") would become a CR LF there.
    """
    text = _header_text(name).replace("=?", "= ?")
    if not text or len(text) > _MAX_NAME:
        return ""
    try:
        header = email_policy.default.header_factory("to", str(Address(display_name=text, addr_spec="x@y.z")))
        parsed = [a.display_name for a in header.addresses]
    except (ValueError, IndexError, TypeError):
        return ""
    return text if parsed == [text] else ""


def _message_id(value: str | None) -> str | None:
    """`value` as `<id>` if it is a usable Message-ID (printable ASCII, no spaces or brackets, no RFC 2047
    word: the stdlib would decode it inside In-Reply-To/References, rewriting the id or adding a CR LF)."""
    if not value:
        return None
    mid = _angle(value)
    return mid if _MESSAGE_ID_RE.match(mid) and "=?" not in mid else None


class _MessageIdList(UniqueUnstructuredHeader, BaseHeader):
    """In-Reply-To / References, folded only between ids and never RFC 2047-encoded.

    Python's default policy treats these headers as unstructured text and encodes any id longer than
    a line as `=?utf-8?q?...?=` — which no mail client recognises as a Message-ID, silently breaking
    the thread. Message-IDs are ASCII by definition, so folding at spaces is always correct.
    """

    max_count: ClassVar[Literal[1]] = 1

    def fold(self, *, policy: Policy) -> str:
        limit = policy.max_line_length or 0
        lines: list[str] = []
        current = f"{self.name}:"
        for token in str(self).split():
            if limit and len(current) + 1 + len(token) > limit and current != f"{self.name}:":
                lines.append(current)
                current = ""
            current += f" {token}"
        lines.append(current)
        return policy.linesep.join(lines) + policy.linesep


class _AddressList(UniqueAddressHeader, BaseHeader):  # type: ignore[misc]  # the stdlib's own pairing; typeshed types init apart
    """To / Cc, each address folded on its own, the commas between them left as they are.

    CPython before 3.11.9 and 3.12.3 (gh-100884) RFC 2047-encodes the comma between two addresses
    when a line breaks after an encoded display name: "=?utf-8?b?...?= <a@b.example>\r\n =?utf-8?q?=2C?=
    c@d.example", which parsers read as one recipient fewer or as a mangled one.
    """

    max_count: ClassVar[Literal[1]] = 1

    def fold(self, *, policy: Policy) -> str:
        if len(self.addresses) < 2:
            return super().fold(policy=policy)
        label = f"{self.name}:"
        parts: list[str] = []
        for address in self.addresses:
            folded = email_policy.default.header_factory(self.name, [address]).fold(policy=policy)
            parts.append(" " + folded[len(label) :].strip())  # strip: the label's space and the last linesep
        return label + ("," + policy.linesep).join(parts) + policy.linesep


def _reply_subject(subject: str, fallback: str) -> str:
    subject = _header_text(subject) or fallback
    return subject if _REPLY_PREFIX_RE.match(subject) else f"Re: {subject}"


def _addresses(values: Iterable[str]) -> Iterator[tuple[str, str]]:
    """(display name, address) of each entry; an entry is *one* recipient.

    An entry that parses into several addresses is refused, not split: recipients come from
    headers we read and from the config, one address each, so a second address inside an entry
    can only be a line break or a comma smuggled into a name — an extra, unwanted recipient.
    """
    for value in values:
        found = [(name, addr.strip()) for name, addr in getaddresses([_one_line(value)]) if "@" in addr]
        if not found:
            continue
        if len(found) > 1:
            raise MaildunsError(f"cannot send to {_one_line(value)!r}: not one address")
        name, addr = found[0]
        if addr.isprintable() and " " not in addr:
            try:
                addr = _ascii_domain(addr)
            except UnicodeError as exc:
                raise MaildunsError(f"cannot send to {addr!r}: not a valid address") from exc
            yield _safe_name(name), addr


def _ascii_domain(addr: str) -> str:
    """`addr` with its domain in IDNA form ("mario@acmé.example" → "mario@xn--acm-bma.example").

    Left as it is, the stdlib writes a non-ASCII domain as an RFC 2047 word, which names no existing
    recipient. The local part is kept (a non-ASCII one needs SMTPUTF8, which is the server's to refuse).
    Raises UnicodeError for a domain IDNA cannot encode (an empty or overlong label).
    """
    local, at, domain = addr.rpartition("@")
    if not at or domain.isascii():
        return addr
    return f"{local}@{domain.encode('idna').decode('ascii')}"


def _recipients(
    to: Iterable[str], cc: Iterable[str], owner_email: str
) -> tuple[list[Address], list[Address]]:
    """To and Cc without duplicates (case-insensitive) and never the owner."""
    seen = {owner_email.strip().lower()}
    try:
        seen.add(_ascii_domain(owner_email.strip()).lower())  # recipients are compared in IDNA form
    except UnicodeError:
        pass
    out: tuple[list[Address], list[Address]] = ([], [])
    for bucket, values in zip(out, (to, cc), strict=True):
        for name, addr in _addresses(values):
            if addr.lower() in seen:
                continue
            seen.add(addr.lower())
            try:
                bucket.append(Address(display_name=name, addr_spec=addr))
            except (ValueError, IndexError, HeaderParseError) as exc:
                raise MaildunsError(f"cannot send to {addr!r}: not a valid address") from exc
    return out


def _owner_address(owner_name: str, owner_email: str) -> Address:
    try:
        return Address(display_name=_safe_name(owner_name), addr_spec=_ascii_domain(owner_email.strip()))
    except (ValueError, IndexError, HeaderParseError) as exc:  # UnicodeError is a ValueError
        raise MaildunsError(f"the owner address {owner_email!r} is not a valid address") from exc


def _thread(msg: EmailMessage, parent: str | None, references: Iterable[str]) -> None:
    """In-Reply-To `parent`, References the given ids then `parent` last (RFC 5322 §3.6.4).

    Only well-formed Message-IDs are kept: a broken id from a careless mailer would be worse than
    none, and an id with spaces or line breaks would be an injection.
    """
    parent_id = _message_id(parent)
    refs = [m for m in (_message_id(r) for r in references) if m is not None and m != parent_id]
    refs = list(dict.fromkeys(refs)) + ([parent_id] if parent_id else [])
    if parent_id:
        msg["In-Reply-To"] = _MessageIdList("In-Reply-To", parent_id)
    if refs:
        msg["References"] = _MessageIdList("References", " ".join(refs))


def _stamp(msg: EmailMessage, *, now: datetime, message_id: str, x_mailduns: str) -> None:
    mid = _message_id(message_id)
    if mid is None:
        raise MaildunsError(f"{message_id!r} is not a usable Message-ID")
    msg["Date"] = format_datetime(now)
    msg["Message-ID"] = mid
    msg["X-Mailduns"] = _header_text(x_mailduns)
    # RFC 3834: a vacation responder or ticket autoresponder must not answer an auto-submitted
    # message. Without this, an "I am out of office" reply would come back into the thread on every
    # step — noise for the client and a false "client replied" for us.
    msg["Auto-Submitted"] = "auto-generated"


def _set_body(
    msg: EmailMessage, text: str, html: str | None, language: str, image: tuple[bytes, str] | None = None
) -> None:
    """Plain text, optional HTML alternative, optional inline PNG (multipart/related) for the HTML.

    Resulting shapes: text/plain; multipart/alternative(text, html); or
    multipart/alternative(text, multipart/related(html, image/png)) — the structure every mail
    client uses for pictures inside an HTML body, so the QR code shows inline, not as an attachment.
    """
    # quoted-printable: readable in raw form, safe through any 7-bit relay, exact for accents.
    msg.set_content(text, subtype="plain", charset="utf-8", cte="quoted-printable")
    if html is not None:
        msg.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
        if image is not None:
            part = msg.get_body(("html",))
            assert isinstance(part, EmailMessage)
            png, cid = image
            part.add_related(
                png,
                maintype="image",
                subtype="png",
                cid=cid,
                disposition="inline",
                filename="qr-pagamento.png" if language.startswith("it") else "qr-payment.png",
            )
    # After set_content, which drops Content-* headers. RFC 3282; helps screen readers and filters.
    msg["Content-Language"] = language.replace("_", "-")


def _check_headers(msg: EmailMessage) -> EmailMessage:
    """Last line of defence: no header of a message we send may carry a line break or a control.

    Everything above already cleans names and subjects; this catches whatever a future change
    forgets, at the cost of refusing to send rather than sending something forged.
    """
    for part in msg.walk():
        for name, value in part.items():
            text = str(value)
            if _INVISIBLE_RE.search(text):
                raise MaildunsError(f"refusing to send: the {name} header would contain a control character")
    return msg


def _paragraphs(text: str) -> list[list[str]]:
    """The plain body as paragraphs of lines, for the generic HTML layout (escaped there)."""
    return [block.split("\n") for block in text.strip("\n").split("\n\n") if block.strip()]


def _qr_after(paragraphs: list[list[str]], ctx: Mapping[str, object]) -> int:
    """The paragraph the QR code follows: the one with the IBAN, else the one before the signature."""
    payment = ctx.get("payment")
    iban = payment.get("iban") if isinstance(payment, dict) else None
    for index, para in enumerate(paragraphs):
        if iban and any(str(iban) in line for line in para):
            return index
    return max(0, len(paragraphs) - 2)


#: The partial that turns a plain-text letter into an HTML one when a QR code needs a page to live
#: on and the letter has no HTML template of its own.
HTML_LAYOUT = "_layout"


def _qr_image(
    payment: PaymentDetails | None, amount: Money | None, reference: str, owner_email: str
) -> tuple[bytes, str] | None:
    """(PNG, Content-ID) of the scan-to-pay code, or None when there should be none.

    None unless `payment.qr` is on. Euro only: SEPA transfers are in euro, and a code that pays
    1.000 EUR for a 1.000 USD invoice would be wrong. An unknown amount gives a code without
    amount — the client types it, but beneficiary, IBAN and reference are still right.
    """
    if payment is None or not payment.qr or payment.iban is None or payment.beneficiary is None:
        return None
    if amount is not None and (amount.currency != "EUR" or amount.amount <= 0):
        return None
    value = amount.rounded().amount if amount is not None else None
    if len(reference) > 140:
        reference = reference[:139].rstrip(" ,") + "…"
    png = epc_png(
        name=payment.beneficiary, iban=payment.iban, bic=payment.bic, amount=value, reference=reference
    )
    digest = hashlib.sha1(png, usedforsecurity=False).hexdigest()[:20]
    return png, f"<qr.{digest}@{_domain_for_id(owner_email)}>"


def _render_letter(
    templates: Templates,
    language: str,
    template: str,
    ctx: dict[str, object],
    image: tuple[bytes, str] | None,
) -> tuple[str, str | None, tuple[bytes, str] | None]:
    """Plain body, HTML body (own template, else the layout when there is a QR code), image to attach.

    The image is attached only when the HTML actually shows it: a user HTML template without the
    `qr_src` image would otherwise carry a mystery attachment.
    """
    if image is not None:
        cid = image[1][1:-1]
        ctx["qr_src"] = f"cid:{cid}"
        payment = ctx.get("payment")
        if isinstance(payment, dict):
            payment["qr"] = True
    text = templates.render(language, template, ctx)
    html: str | None = None
    if templates.has_html(language, template):
        html = templates.render(language, template, ctx, html=True)
    elif image is not None:
        paragraphs = _paragraphs(text)
        html = templates.render(
            language,
            HTML_LAYOUT,
            {**ctx, "body_paragraphs": paragraphs, "qr_after": _qr_after(paragraphs, ctx)},
            html=True,
        )
    if image is not None and (html is None or str(ctx["qr_src"]) not in html):
        image = None
    return text, html, image


def compose_reminder(
    templates: Templates,
    *,
    inv: InvoiceRef,
    language: str,
    template: str,
    step_name: str,
    step_days: int,
    now: datetime,
    owner_name: str,
    owner_email: str,
    cc: tuple[str, ...] = (),
    fee: FeeQuote | None = None,
    message_id: str | None = None,
    payment_details: str | None = None,
    payment: PaymentDetails | None = None,
    promise_date: date | None = None,
    attachments: Sequence[tuple[str, str, bytes]] = (),
) -> EmailMessage:
    """The reminder for one step, as a reply in the invoice's thread.

    Threading: In-Reply-To is the invoice's Message-ID and References its References plus that id,
    so every client shows the reminder under the invoice (and the PDF is one click away). The subject
    gets one "Re: " — never "Re: Re:" or "Re: R:" (Italian Outlook's prefix).
    The Message-ID defaults to `make_message_id(owner domain, invoice number, step name)`: a retry of
    the same step yields the same id. With `payment` (and `payment.qr`), the letter says how to pay
    and its HTML alternative carries a scan-to-pay code for the amount asked (fees included).
    """
    if now.tzinfo is None:
        raise ValueError("compose needs an aware datetime (with a timezone) for `now`")
    ctx = reminder_context(
        inv,
        language=language,
        step_name=step_name,
        step_days=step_days,
        now=now,
        owner_name=owner_name,
        fee=fee,
        owner_email=owner_email,
        payment_details=payment_details,
        promise_date=promise_date,
        payment=payment,
    )
    asked = fee.total_due if fee is not None and fee.applies else inv.amount
    pay = ctx["payment"]
    image = _qr_image(payment, asked, str(pay["reference"]), owner_email) if isinstance(pay, dict) else None
    body, html, image = _render_letter(templates, language, template, ctx, image)
    msg = _client_message(
        inv.to, tuple(inv.cc) + tuple(cc), owner_name, owner_email, what=f"invoice {_one_line(inv.number)}"
    )
    word = _INVOICE_WORD.get(language.split("_")[0], "Invoice")
    msg["Subject"] = _reply_subject(inv.subject, f"{word} {_header_text(inv.number)}")
    _thread(msg, inv.message_id, inv.references)
    mid = message_id or make_message_id(owner_email, inv.number, step_name)
    _stamp(msg, now=now, message_id=mid, x_mailduns=f"reminder; invoice={inv.number}; step={step_name}")
    _set_body(msg, body, html, language, image)
    _attach(msg, attachments)
    return _check_headers(msg)


def _attach(msg: EmailMessage, attachments: Sequence[tuple[str, str, bytes]]) -> None:
    """The invoice's own files (`attach_invoice`), byte for byte (base64), under their own names."""
    for filename, content_type, data in attachments:
        maintype, _, subtype = (content_type or "").partition("/")
        low = filename.lower()
        if not subtype or maintype in ("", "application") and subtype == "octet-stream":
            maintype, subtype = (
                ("application", "pdf")
                if low.endswith(".pdf")
                else (
                    ("application", "xml")
                    if low.endswith(".xml")
                    else (
                        ("application", "pkcs7-mime")
                        if low.endswith(".p7m")
                        else ("application", "octet-stream")
                    )
                )
            )
        if maintype == "text":  # bytes must stay bytes: no charset guessing, no line-end changes
            maintype = "application"
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=_file_name(filename))


def _file_name(name: str) -> str:
    """A file name without folders or control characters (it came from a mail we did not write)."""
    clean = "".join(c for c in name.replace("\\", "/").rpartition("/")[2] if c.isprintable()).strip()
    return clean[:120] or "invoice"


def _client_message(
    to: Iterable[str], cc: Iterable[str], owner_name: str, owner_email: str, *, what: str
) -> EmailMessage:
    """A new message from the owner to the client's addresses (never to the owner)."""
    to_list, cc_list = _recipients(to, cc, owner_email)
    if not to_list:
        raise MaildunsError(f"{what} has no recipient other than the owner; nothing to send")
    msg = EmailMessage()
    msg["From"] = _owner_address(owner_name, owner_email)
    msg["To"] = _AddressList("To", to_list)
    if cc_list:
        msg["Cc"] = _AddressList("Cc", cc_list)
    return msg


_STATEMENT_SUBJECT: dict[str, tuple[str, str, str]] = {
    # (subject with the numbers, "and N more", separator)
    "it": ("Riepilogo fatture aperte: n. {numbers}", " e altre {more}", ", "),
    "es": ("Resumen de facturas pendientes: n.º {numbers}", " y {more} más", ", "),
    "en": ("Statement of open invoices: {numbers}", " and {more} more", ", "),
}


def _statement_subject(numbers: Sequence[str], language: str) -> str:
    text, more, sep = _STATEMENT_SUBJECT.get(language.split("_")[0], _STATEMENT_SUBJECT["en"])
    shown = list(numbers[:_MAX_SUBJECT_NUMBERS])
    listed = sep.join(_header_text(n) for n in shown)
    if len(numbers) > len(shown):
        listed += more.format(more=len(numbers) - len(shown))
    return text.format(numbers=listed)


def compose_statement(
    templates: Templates,
    *,
    invoices: Sequence[InvoiceRef],
    language: str,
    step_name: str,
    step_days: int,
    now: datetime,
    owner_name: str,
    owner_email: str,
    fees: Sequence[FeeQuote | None],
    message_id: str | None = None,
    payment: PaymentDetails | None = None,
    cc: tuple[str, ...] = (),
    template: str = STATEMENT,
    payment_details: str | None = None,
    steps: Sequence[str] | None = None,
) -> EmailMessage:
    """One letter listing several invoices of one client (`fees[i]` belongs to `invoices[i]`).

    Threading: In-Reply-To is the Message-ID of the most recent invoice (latest issue date, else
    latest due date); References lists every invoice's Message-ID, the most recent last — so a
    reply to the statement carries all of them and the reader can tie it to each invoice.

    Subject: when all the invoices are in one thread (one email carried them all), the statement
    is a reply there: "Re: <that subject>". When they are in several threads it gets its own
    subject listing the numbers, "Riepilogo fatture aperte: n. 12/2026, 13/2026" — "Re: Fattura
    13/2026" would misdescribe a letter about both, and Gmail and Outlook group conversations by
    subject, so a reply subject would hide the statement inside one invoice's thread anyway.

    Recipients: every invoice's To and Cc (deduplicated, never the owner), plus `cc`. The
    Message-ID defaults to one derived from the step and the sorted numbers (a retry is the same
    message). X-Mailduns: "reminder; statement; invoices=12/2026,13/2026; step=<step_name>".
    """
    if now.tzinfo is None:
        raise ValueError("compose needs an aware datetime (with a timezone) for `now`")
    ctx = statement_context(
        invoices,
        language=language,
        step_name=step_name,
        step_days=step_days,
        now=now,
        owner_name=owner_name,
        fees=fees,
        owner_email=owner_email,
        payment=payment,
        payment_details=payment_details,
    )
    rows = ctx["invoices"]
    assert isinstance(rows, list)
    numbers = [str(row["number"]) for row in rows]
    asked: list[Money] = []
    for inv, fee in zip(invoices, fees, strict=True):
        if inv.amount is None:
            asked = []
            break
        asked.append(fee.total_due if fee is not None and fee.applies else inv.amount.rounded())
    totals = _sum_by_currency(asked)
    image = None
    if payment is not None and isinstance(ctx["payment"], dict):
        image = _qr_image(
            payment, totals[0] if len(totals) == 1 else None, str(ctx["payment"]["reference"]), owner_email
        )
        if asked and len(totals) != 1:
            image = None  # several currencies: no single transfer pays them
    body, html, image = _render_letter(templates, language, template, ctx, image)

    msg = _client_message(
        [a for inv in invoices for a in inv.to],
        [a for inv in invoices for a in inv.cc] + list(cc),
        owner_name,
        owner_email,
        what=f"the statement of {', '.join(numbers)}",
    )
    recent = _most_recent(invoices)
    threads = {m for m in (_message_id(i.message_id) for i in invoices) if m is not None}
    if len(threads) <= 1 and _one_line(recent.subject):
        msg["Subject"] = _reply_subject(recent.subject, "")
    else:
        msg["Subject"] = _statement_subject(numbers, language)
    others = [i.message_id or "" for i in invoices if i is not recent]
    _thread(msg, recent.message_id, [*others, *recent.references])
    mid = message_id or make_message_id(owner_email, "statement", step_name, *sorted(numbers))
    by_number = dict(zip((i.number for i in invoices), steps or (), strict=False))
    per_invoice = (
        f"; steps={','.join(by_number[n] for n in numbers)}"
        if steps and len(steps) == len(invoices) and all(n in by_number for n in numbers)
        else ""
    )
    _stamp(
        msg,
        now=now,
        message_id=mid,
        x_mailduns=f"reminder; statement; invoices={','.join(numbers)}{per_invoice}; step={step_name}",
    )
    _set_body(msg, body, html, language, image)
    return _check_headers(msg)


#: compose_simple templates that ask for money, and so may carry the scan-to-pay code.
_ASKS_FOR_PAYMENT = frozenset({"promise_followup"})


def compose_simple(
    templates: Templates,
    *,
    inv: InvoiceRef,
    language: str,
    template: str,
    now: datetime,
    owner_name: str,
    owner_email: str,
    extra: Mapping[str, object],
    message_id: str | None = None,
    payment: PaymentDetails | None = None,
    cc: tuple[str, ...] = (),
) -> EmailMessage:
    """A letter about one invoice outside the ladder: `thank_you`, `paid_claim_followup`,
    `promise_followup` (or any template of the freelancer's), in the invoice's thread.

    The context is `reminder_context` (no fees; `step_name` is the template name, `step_days` the
    days since the due date) updated with `extra`: dates and Money in `extra` are formatted for
    the language like everything else (`promise_date`, `paid_on`, `claim_date` → "5 dicembre
    2026"; `paid_amount` → "1.220,00 €"); text, numbers, booleans and None pass as they are.
    The scan-to-pay code is only added to letters that ask for money (`promise_followup`): a
    thank-you or an "are you sure you paid?" must never invite a second payment.

    Message-ID: by default derived from the invoice, the template and `extra`, so a retry is the
    same message and a new promise date is a new one. X-Mailduns: "letter; invoice=…; template=…".
    """
    if now.tzinfo is None:
        raise ValueError("compose needs an aware datetime (with a timezone) for `now`")
    loc = _locale(language)
    today = _local_today(now)
    promise = extra.get("promise_date")
    ctx = reminder_context(
        inv,
        language=language,
        step_name=template,
        step_days=(today - inv.due_date).days,
        now=now,
        owner_name=owner_name,
        fee=None,
        owner_email=owner_email,
        payment=payment,
        promise_date=promise if isinstance(promise, date) else None,
    )
    for key, value in extra.items():
        if not re.match(r"^[A-Za-z_][A-Za-z0-9_]*$", key):
            raise ValueError(f"{key!r} cannot be a template variable name")
        ctx[key] = _extra_value(key, value, loc)
    image = None
    if template in _ASKS_FOR_PAYMENT and isinstance(ctx["payment"], dict):
        image = _qr_image(payment, inv.amount, str(ctx["payment"]["reference"]), owner_email)
    body, html, image = _render_letter(templates, language, template, ctx, image)
    msg = _client_message(
        inv.to, tuple(inv.cc) + tuple(cc), owner_name, owner_email, what=f"invoice {_one_line(inv.number)}"
    )
    word = _INVOICE_WORD.get(language.split("_")[0], "Invoice")
    msg["Subject"] = _reply_subject(inv.subject, f"{word} {_header_text(inv.number)}")
    _thread(msg, inv.message_id, inv.references)
    parts = [f"{k}={extra[k]!s}" for k in sorted(extra)]
    mid = message_id or make_message_id(owner_email, inv.number, template, *parts)
    _stamp(msg, now=now, message_id=mid, x_mailduns=f"letter; invoice={inv.number}; template={template}")
    _set_body(msg, body, html, language, image)
    return _check_headers(msg)


def compose_owner_notice(
    templates: Templates,
    *,
    language: str,
    owner_name: str,
    owner_email: str,
    event: str,
    inv: InvoiceRef | None,
    excerpt: str,
    action_hint: str,
    now: datetime,
    message_id: str | None = None,
    headline: str | None = None,
    answer_ref: str | None = None,
) -> EmailMessage:
    """A message from mailduns to the freelancer (From = To = owner) when a human is needed.

    Subject "[mailduns] <headline>" in the owner's language, e.g. "[mailduns] ACME srl replied about
    invoice 12/2026". Not threaded under the invoice: it is addressed to the owner only and must not
    look like part of the conversation with the client.
    """
    ctx = owner_notice_context(
        language=language,
        owner_name=owner_name,
        event=event,
        inv=inv,
        excerpt=excerpt,
        action_hint=action_hint,
        now=now,
        headline=headline,
        answer_ref=answer_ref,
    )
    body = templates.render(language, OWNER_NOTICE, ctx)
    html = (
        templates.render(language, OWNER_NOTICE, ctx, html=True)
        if templates.has_html(language, OWNER_NOTICE)
        else None
    )
    owner = _owner_address(owner_name, owner_email)
    msg = EmailMessage()
    msg["From"] = owner
    msg["To"] = owner
    msg["Subject"] = _header_text(f"[mailduns] {ctx['headline']}")
    key = str(ctx["event"])
    header = f"notice; event={key}" + (f"; invoice={inv.number}" if inv is not None else "")
    mid = (
        _angle(message_id)
        if message_id
        else make_message_id(
            owner_email, "notice", key, inv.number if inv is not None else "", now.isoformat()
        )
    )
    _stamp(msg, now=now, message_id=mid, x_mailduns=header)
    _set_body(msg, body, html, language)
    return _check_headers(msg)


# ---------------------------------------------------------------------------------------------
# Sample contexts for `Templates.check`


def _sample_invoice(*, client_name: str | None, amount: Money | None, issue: date | None) -> InvoiceRef:
    return InvoiceRef(
        number="12/2026",
        subject="Fattura 12/2026",
        message_id="<inv-12-2026@example.it>",
        references=(),
        amount=amount,
        issue_date=issue,
        due_date=date(2026, 12, 2),
        client_name=client_name,
        to=("amministrazione@acme.example",),
        cc=(),
    )


_SAMPLE_IBAN = "IT60 X054 2811 1010 0000 0123 456"


def _sample_payments() -> list[PaymentDetails | None]:
    return [
        None,
        PaymentDetails(beneficiary="Alessandra Rossi", iban=_SAMPLE_IBAN, bic="BPPIITRRXXX", qr=True),
        PaymentDetails(payment_link="https://pay.example/{number}"),
    ]


def _sample_reminder_contexts(language: str, name: str) -> list[dict[str, object]]:
    amount = Money.of("1220.00")
    full = _sample_invoice(client_name="ACME srl", amount=amount, issue=date(2026, 11, 2))
    bare = _sample_invoice(client_name=None, amount=None, issue=None)
    eur = Money.of
    fee_all = FeeQuote(
        interest=eur("3.40"),
        compensation=eur("40.00"),
        extra=eur("12.20"),
        total_due=eur("1275.60"),
        days_late=10,
        annual_rate=Decimal("10.15"),
        applies=True,
    )
    fee_extra = FeeQuote(
        interest=eur("0.00"),
        compensation=eur("0.00"),
        extra=eur("12.20"),
        total_due=eur("1232.20"),
        days_late=10,
        annual_rate=Decimal("10.15"),
        applies=True,
    )
    fee_none = FeeQuote(
        interest=eur("0.00"),
        compensation=eur("0.00"),
        extra=eur("0.00"),
        total_due=eur("1220.00"),
        days_late=10,
        annual_rate=Decimal("10.15"),
        applies=False,
    )
    payments = _sample_payments()
    out: list[dict[str, object]] = []
    for inv, day, fee, pay, payment, promise in (
        (full, 12, fee_all, None, None, None),
        (full, 12, fee_extra, _SAMPLE_IBAN, None, date(2026, 12, 8)),
        (full, 12, fee_none, None, payments[1], None),
        (bare, 12, None, None, payments[2], date(2026, 12, 1)),
        (full, 2, None, None, payments[1], None),
        (bare, 1, None, _SAMPLE_IBAN, None, None),
        (full, 3, None, None, None, None),
        # a person (a Spanish title gives the gender), and a greeting written in the config
        (replace(full, client_name="Sra. López", client_kind="person"), 12, None, None, None, None),
        (replace(full, client_salutation="Gentile Sig.ra Bianchi,"), 12, fee_all, None, None, None),
        # a client under UK or Irish late-payment law: the letters name that act
        (full, 12, replace(fee_all, law="GB"), None, None, None),
        (full, 12, replace(fee_all, law="IE"), None, None, None),
        (full, 12, replace(fee_all, law="GB", interest=eur("0.00")), None, None, None),
    ):
        now = datetime(2026, 12, day, 10, 0, tzinfo=UTC)
        ctx = reminder_context(
            inv,
            language=language,
            step_name=name,
            step_days=(now.date() - inv.due_date).days,
            now=now,
            owner_name="Alessandra Rossi",
            fee=fee,
            owner_email="alessandra@example.it",
            payment_details=pay,
            payment=payment,
            promise_date=promise,
        )
        out.append(ctx)
    # compose_simple's extras, set: a template may use them outside an `if`.
    loc = _locale(language)
    extras = {"paid_on": date(2026, 12, 4), "paid_amount": amount, "claim_date": date(2026, 12, 5)}
    for ctx in list(out[:2]):
        out.append({**ctx, **{k: _extra_value(k, v, loc) for k, v in extras.items()}})
    return out


def _sample_statement_contexts(language: str) -> list[dict[str, object]]:
    eur = Money.of
    a = _sample_invoice(client_name="ACME srl", amount=eur("1220.00"), issue=date(2026, 11, 2))
    b = InvoiceRef(
        number="13/2026",
        subject="Fattura 13/2026",
        message_id="<inv-13-2026@example.it>",
        references=(),
        amount=eur("500.00"),
        issue_date=None,
        due_date=date(2026, 12, 20),
        client_name=None,
        to=("amministrazione@acme.example",),
        cc=(),
    )
    fee = FeeQuote(
        interest=eur("3.40"),
        compensation=eur("40.00"),
        extra=eur("0.00"),
        total_due=eur("1263.40"),
        days_late=10,
        annual_rate=Decimal("10.15"),
        applies=True,
    )
    fee_extra = FeeQuote(
        interest=eur("0.00"),
        compensation=eur("0.00"),
        extra=eur("12.20"),
        total_due=eur("1232.20"),
        days_late=10,
        annual_rate=Decimal("10.15"),
        applies=True,
    )
    unknown = replace(b, amount=None, number="14/2026")
    payments = _sample_payments()
    out: list[dict[str, object]] = []
    for invoices, fees, day, payment in (
        ((a, b), (fee, None), 12, payments[1]),
        ((a, b), (replace(fee, law="GB"), None), 12, None),
        ((a, b), (replace(fee, law="IE"), None), 12, None),
        ((a, b), (fee_extra, None), 12, None),
        ((a, b), (None, None), 12, payments[2]),
        ((a, b), (None, None), 1, None),
        ((a, b, unknown), (None, None, None), 22, None),
    ):
        now = datetime(2026, 12, day, 10, 0, tzinfo=UTC)
        out.append(
            statement_context(
                invoices,
                language=language,
                step_name="reminder",
                step_days=5,
                now=now,
                owner_name="Alessandra Rossi",
                fees=fees,
                owner_email="alessandra@example.it",
                payment=payment,
            )
        )
    return out


def _sample_contexts(language: str, name: str, *, html: bool) -> list[dict[str, object]]:
    """Contexts that exercise every branch a shipped template has, for `Templates.check`."""
    if name == OWNER_NOTICE:
        return _sample_notice_contexts(language)
    if name.startswith("formal_notice"):
        # the formal notice and its cover / owner note see a notice context (letters/notice.py)
        from mailduns.letters.notice import notice_context, sample_notices

        return [
            notice_context(n) for n in sample_notices(language, datetime(2026, 12, 10, 10, 0, tzinfo=UTC))
        ]
    samples = (
        _sample_statement_contexts(language)
        if name.startswith(STATEMENT)
        else (_sample_reminder_contexts(language, name))
    )
    if html:
        # What an HTML letter may see on top: the QR code's address, and for the layout the body.
        for ctx in samples:
            ctx["qr_src"] = "cid:qr.0@example.it" if ctx.get("payment") else None
            if name == HTML_LAYOUT:
                ctx["body_paragraphs"] = [["Gentile ACME srl,"], ["riga uno", "riga due"], ["Saluti,", "A"]]
                ctx["qr_after"] = 1
    return samples


def _sample_notice_contexts(language: str) -> list[dict[str, object]]:
    now = datetime(2026, 12, 10, 10, 0, tzinfo=UTC)
    full = _sample_invoice(client_name="ACME srl", amount=Money.of("1220.00"), issue=date(2026, 11, 2))
    return [
        owner_notice_context(
            language=language,
            owner_name="Alessandra Rossi",
            event="client-reply-dispute",
            inv=full,
            excerpt=t(language, "sample.excerpt"),
            action_hint=t(language, "sample.hint"),
            now=now,
            answer_ref="<reply-1@acme.example>",
        ),
        owner_notice_context(
            language=language,
            owner_name="Alessandra Rossi",
            event="bounce",
            inv=None,
            excerpt="",
            action_hint="",
            now=now,
        ),
    ]
