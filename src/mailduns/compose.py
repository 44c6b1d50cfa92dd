"""Turn an invoice and a ladder step into the exact email mailduns sends.

Why the shape: a reminder only works if the client sees it *in the invoice's thread*, from the
freelancer, in the client's language, stating what is owed — so this module does threading headers,
addresses, localised money and dates, and leaves the words to Jinja2 templates the freelancer can edit
(`templates/<language>/<name>.txt.j2`, optional `<name>.html.j2`).

Templates receive pre-formatted strings (Babel): "1.220,00 €" (it, es), "€1,220.00" (en),
"2 dicembre 2026", so a template never formats numbers and never sees a float. Undefined variables
are errors (StrictUndefined): a typo must fail `mailduns check`, not send "Dear ," to a client.

Nothing here does I/O except reading template files; the caller sends the message.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from email.headerregistry import Address, BaseHeader, UniqueUnstructuredHeader
from email.message import EmailMessage
from email.policy import Policy
from email.utils import format_datetime, getaddresses
from pathlib import Path
from types import TracebackType
from typing import ClassVar, Literal

import jinja2
import jinja2.exceptions
import jinja2.sandbox
from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from babel.numbers import format_currency, format_percent

from .errors import MaildunsError, TemplateError
from .fees import FeeQuote
from .money import Money

__all__ = [
    "DEFAULT_LADDER",
    "OWNER_NOTICE",
    "InvoiceRef",
    "Templates",
    "compose_owner_notice",
    "compose_reminder",
    "default_templates_dir",
    "make_message_id",
    "owner_notice_context",
    "reminder_context",
]

#: The template names of the default ladder, in order (see the templates directory).
DEFAULT_LADDER: tuple[str, ...] = ("courtesy", "due", "reminder", "late_fee", "suspension", "final")
#: The template used for messages to the freelancer.
OWNER_NOTICE = "owner_notice"

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


# ---------------------------------------------------------------------------------------------
# Templates


def default_templates_dir() -> Path:
    """The default templates directory, the one holding `it/`, `es/`, `en/`.

    Running from a checkout (or an editable install) the templates live at the repository root,
    next to `src/`: `Path(__file__).parents[2] / "templates"`. A wheel cannot ship files outside the
    package, so a packager may copy them into `mailduns/templates/`; that copy is used when the
    repository one is not there.
    """
    repo = Path(__file__).resolve().parents[2] / "templates"
    if repo.is_dir():
        return repo
    return Path(__file__).resolve().parent / "templates"


def _templates_root(path: Path) -> Path:
    """Accept both a directory *containing* `templates/` and the `templates/` directory itself."""
    inner = path / "templates"
    return inner if inner.is_dir() else path


def _italian_article(value: object, preposition: str = "il") -> str:
    """Italian article/preposition before a date: "il 2 dicembre", but "l'8", "dall'11", "il 1°".

    Elision before otto, undici, diciotto is what a native reader expects; "il 8 dicembre" reads as
    a mistake, and a letter asking for money should not contain mistakes.
    """
    text = str(value)
    if re.match(r"^(?:8|11|18)\b", text):
        head = "l'" if preposition == "il" else preposition[:-1] + "ll'"
        return head + text
    return f"{preposition} {text}"


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
                file=exc.filename or self._expected(language, name, ext), line=exc.lineno,
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
                file=template.filename, line=_traceback_line(exc.__traceback__, template.filename),
            ) from exc
        except jinja2.exceptions.SecurityError as exc:
            raise TemplateError(
                f"the template tried something templates may not do: {_sentence(str(exc))}.",
                file=template.filename, line=_traceback_line(exc.__traceback__, template.filename),
            ) from exc
        except Exception as exc:  # any template bug must become a located, readable error
            raise TemplateError(
                f"the template failed to render: {type(exc).__name__}: {_sentence(str(exc))}.",
                file=template.filename, line=_traceback_line(exc.__traceback__, template.filename),
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
                        samples = _sample_notice_contexts(language) if name == OWNER_NOTICE else (
                            _sample_reminder_contexts(language, name))
                        for ctx in samples:
                            if not self.render(language, name, ctx, html=html).strip():
                                raise TemplateError("the template renders an empty message.",
                                                    file=self._expected(language, name, ext))
                    except TemplateError as exc:
                        problems.append(f"{exc} Found by rendering a sample {name} letter.")
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


def _locale(language: str) -> Locale:
    try:
        return Locale.parse(_LOCALES.get(language, language).replace("-", "_"))
    except (UnknownLocaleError, ValueError) as exc:
        raise TemplateError(f"unknown language {language!r}: no date and money formats for it") from exc


def _fmt_money(money: Money, loc: Locale) -> str:
    """1.220,00 € / €1,220.00 — with ordinary spaces, so the text is the same everywhere."""
    return format_currency(money.amount, money.currency, locale=loc).translate(_SPACES)


def _fmt_date(d: date, loc: Locale) -> str:
    """Long date: "2 dicembre 2026", "2 de diciembre de 2026", "2 December 2026".

    Italian writes the first of the month as an ordinal ("1° dicembre"), Babel does not.
    """
    text = format_date(d, format="long", locale=loc).translate(_SPACES)
    if loc.language == "it" and d.day == 1 and text.startswith("1 "):
        text = "1°" + text[1:]
    return text


def _fmt_rate(percent: Decimal, loc: Locale) -> str:
    """10.15 → "10,15%" (it), "10,15 %" (es), "10.15%" (en); no trailing zeros ("12%")."""
    fraction = (percent / Decimal(100)).normalize()
    return format_percent(fraction, locale=loc, decimal_quantization=False).translate(_SPACES)


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
) -> dict[str, object]:
    """The variables a reminder template sees. All money and dates are ready-formatted strings.

    * `language`, `owner_name`, `owner_email` (str or None), `payment_details` (str or None: IBAN or
      other instructions; when None the letters point to the invoice itself)
    * `invoice_number`, `invoice_subject`, `client_name` (None when unknown)
    * `amount` (e.g. "1.220,00 €"; None when unknown), `currency` (None when unknown)
    * `issue_date` (None when unknown), `due_date`, `today` — long dates in the language
    * `step_name`, `step_days` (the ladder's offset), `days_late` (today − due date in days; negative
      before the due date, 0 on it), `days_to_due` (the opposite, never negative)
    * `deadline` — the pay-by date a firm letter asks for (today + 7 days, off weekends) and
      `suspension_date` — the day after it
    * fees: `fee_applies` (bool: something beyond the amount is claimed), `fee_statutory` (bool:
      statutory interest or compensation, i.e. cite the law), `fee_interest`, `fee_compensation`,
      `fee_extra` (formatted, None when zero), `fee_total_due` (formatted, None without fees),
      `fee_rate` (statutory annual rate, e.g. "10,15%", None when no interest), `fee_days_late`
    """
    loc = _locale(language)
    today = _local_today(now)
    days_late = (today - inv.due_date).days
    deadline = _add_business_days_deadline(today, DEADLINE_DAYS)

    def money(m: Money | None) -> str | None:
        return _fmt_money(m.rounded(), loc) if m is not None and m.amount != 0 else None

    applies = fee is not None and fee.applies
    ctx: dict[str, object] = {
        "language": language,
        "owner_name": owner_name,
        "owner_email": owner_email,
        "payment_details": payment_details,
        "invoice_number": inv.number,
        "invoice_subject": inv.subject,
        "client_name": (inv.client_name or "").strip() or None,
        "amount": _fmt_money(inv.amount.rounded(), loc) if inv.amount is not None else None,
        "currency": inv.amount.currency if inv.amount is not None else None,
        "issue_date": _fmt_date(inv.issue_date, loc) if inv.issue_date is not None else None,
        "due_date": _fmt_date(inv.due_date, loc),
        "today": _fmt_date(today, loc),
        "step_name": step_name,
        "step_days": step_days,
        "days_late": days_late,
        "days_to_due": max(0, -days_late),
        "deadline": _fmt_date(deadline, loc),
        "suspension_date": _fmt_date(deadline + timedelta(days=1), loc),
        "fee_applies": applies,
        "fee_statutory": False,
        "fee_interest": None,
        "fee_compensation": None,
        "fee_extra": None,
        "fee_total_due": None,
        "fee_rate": None,
        "fee_days_late": fee.days_late if fee is not None else max(0, days_late),
    }
    if fee is not None and fee.applies:
        interest = money(fee.interest)
        compensation = money(fee.compensation)
        ctx.update(
            fee_statutory=interest is not None or compensation is not None,
            fee_interest=interest,
            fee_compensation=compensation,
            fee_extra=money(fee.extra),
            fee_total_due=_fmt_money(fee.total_due.rounded(), loc),
            fee_rate=_fmt_rate(fee.annual_rate, loc) if interest is not None else None,
        )
    return ctx


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
_HEADLINES: dict[str, dict[str, tuple[str, str]]] = {
    "it": {
        "reply": ("{client} ha risposto sulla fattura {number}", "Un cliente ha risposto a un sollecito"),
        "says-paid": ("{client} dice di aver pagato la fattura {number}", "Un cliente dice di aver pagato"),
        "promise": ("{client} promette di pagare la fattura {number}", "Un cliente promette di pagare"),
        "dispute": ("{client} contesta la fattura {number}", "Un cliente contesta una fattura"),
        "auto-reply": ("Risposta automatica di {client} sulla fattura {number}",
                       "Risposta automatica a un sollecito"),
        "bounce": ("Il sollecito per la fattura {number} non è stato consegnato",
                   "Un sollecito non è stato consegnato"),
        "paid": ("Fattura {number} pagata: i solleciti si fermano", "Pagamento ricevuto"),
        "payment-mismatch": ("Un pagamento per la fattura {number} non corrisponde all'importo",
                             "Un pagamento non corrisponde a nessuna fattura"),
        "invoice-moved": ("L'email della fattura {number} è stata spostata: solleciti sospesi",
                          "L'email di una fattura è stata spostata"),
        "uncertain-send": ("Il sollecito per la fattura {number} potrebbe non essere partito",
                           "Un sollecito potrebbe non essere partito"),
        "send-failed": ("Non è stato possibile inviare il sollecito per la fattura {number}",
                        "Non è stato possibile inviare un sollecito"),
        "paid-claim-expired": ("Fattura {number}: {client} ha detto di aver pagato, ma il pagamento non risulta",
                               "Un pagamento annunciato non risulta"),
        "promise-expired": ("Fattura {number}: la data promessa da {client} è passata, i solleciti riprendono",
                            "Una data di pagamento promessa è passata"),
        "step": ("Fattura {number} di {client}: serve il tuo intervento", "Serve il tuo intervento"),
        "other": ("Fattura {number} di {client}: serve il tuo intervento", "Serve il tuo intervento"),
    },
    "es": {
        "reply": ("{client} ha respondido sobre la factura {number}",
                  "Un cliente ha respondido a un recordatorio"),
        "says-paid": ("{client} dice haber pagado la factura {number}", "Un cliente dice haber pagado"),
        "promise": ("{client} promete pagar la factura {number}", "Un cliente promete pagar"),
        "dispute": ("{client} no está conforme con la factura {number}",
                    "Un cliente no está conforme con una factura"),
        "auto-reply": ("Respuesta automática de {client} sobre la factura {number}",
                       "Respuesta automática a un recordatorio"),
        "bounce": ("El recordatorio de la factura {number} no se ha entregado",
                   "Un recordatorio no se ha entregado"),
        "paid": ("Factura {number} pagada: se detienen los recordatorios", "Pago recibido"),
        "payment-mismatch": ("Un pago de la factura {number} no coincide con el importe",
                             "Un pago no coincide con ninguna factura"),
        "invoice-moved": ("El correo de la factura {number} se ha movido: recordatorios en pausa",
                          "El correo de una factura se ha movido"),
        "uncertain-send": ("Puede que el recordatorio de la factura {number} no se haya enviado",
                           "Puede que un recordatorio no se haya enviado"),
        "send-failed": ("No se ha podido enviar el recordatorio de la factura {number}",
                        "No se ha podido enviar un recordatorio"),
        "paid-claim-expired": ("Factura {number}: {client} dijo haber pagado, pero el pago no consta",
                               "Un pago anunciado no consta"),
        "promise-expired": ("Factura {number}: pasó la fecha prometida por {client}, se reanudan los recordatorios",
                            "Ha pasado una fecha de pago prometida"),
        "step": ("Factura {number} de {client}: hace falta tu intervención", "Hace falta tu intervención"),
        "other": ("Factura {number} de {client}: hace falta tu intervención", "Hace falta tu intervención"),
    },
    "en": {
        "reply": ("{client} replied about invoice {number}", "A client replied to a reminder"),
        "says-paid": ("{client} says invoice {number} is paid", "A client says they have paid"),
        "promise": ("{client} promises to pay invoice {number}", "A client promises to pay"),
        "dispute": ("{client} disputes invoice {number}", "A client disputes an invoice"),
        "auto-reply": ("Automatic reply from {client} about invoice {number}",
                       "Automatic reply to a reminder"),
        "bounce": ("The reminder for invoice {number} was not delivered", "A reminder was not delivered"),
        "paid": ("Invoice {number} is paid: reminders have stopped", "Payment received"),
        "payment-mismatch": ("A payment for invoice {number} does not match the amount",
                             "A payment does not match any invoice"),
        "invoice-moved": ("The email of invoice {number} was moved: reminders on hold",
                          "The email of an invoice was moved"),
        "uncertain-send": ("The reminder for invoice {number} may not have been sent",
                           "A reminder may not have been sent"),
        "send-failed": ("The reminder for invoice {number} could not be sent",
                        "A reminder could not be sent"),
        "paid-claim-expired": ("Invoice {number}: {client} said it was paid, but no payment has arrived",
                               "A payment a client announced has not arrived"),
        "promise-expired": ("Invoice {number}: the date {client} promised has passed, reminders resume",
                            "A promised payment date has passed"),
        "step": ("Invoice {number} ({client}): your attention is needed", "Your attention is needed"),
        "other": ("Invoice {number} ({client}): your attention is needed", "Your attention is needed"),
    },
}


def _normalise_event(event: str) -> str:
    key = event.strip().lower()
    if key.startswith(("step-", "step:")):  # a ladder step with notify_owner, e.g. "step-final"
        return "step"
    key = _EVENT_ALIASES.get(key, key)
    return key if key in _HEADLINES["en"] else "other"


def _client_label(inv: InvoiceRef) -> str | None:
    name = (inv.client_name or "").strip()
    if name:
        return name
    addrs = [addr for _, addr in getaddresses(list(inv.to)) if addr]
    return addrs[0] if addrs else None


def owner_notice_context(
    *, language: str, owner_name: str, event: str, inv: InvoiceRef | None, excerpt: str,
    action_hint: str, now: datetime,
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
    """
    loc = _locale(language)
    today = _local_today(now)
    key = _normalise_event(event)
    headlines = _HEADLINES.get(loc.language, _HEADLINES["en"])
    with_inv, without_inv = headlines[key]
    client = _client_label(inv) if inv is not None else None
    unknown = {"it": "il cliente", "es": "el cliente"}.get(loc.language, "the client")
    headline = (with_inv.format(client=client or unknown, number=inv.number) if inv is not None
                else without_inv)
    if client is None and headline.startswith(unknown):  # "il cliente ha risposto…" opens a sentence
        headline = headline[:1].upper() + headline[1:]
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


def _one_line(value: str) -> str:
    """Header values from mail we read may be folded; a newline in a header is an injection."""
    return " ".join(value.split())


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


def _reply_subject(subject: str, fallback: str) -> str:
    subject = _one_line(subject) or fallback
    return subject if _REPLY_PREFIX_RE.match(subject) else f"Re: {subject}"


def _addresses(values: Iterable[str]) -> Iterator[tuple[str, str]]:
    for name, addr in getaddresses([_one_line(v) for v in values]):
        if addr and "@" in addr:
            yield _one_line(name), addr.strip()


def _recipients(
    to: Iterable[str], cc: Iterable[str], owner_email: str
) -> tuple[list[Address], list[Address]]:
    """To and Cc without duplicates (case-insensitive) and never the owner."""
    seen = {owner_email.strip().lower()}
    out: tuple[list[Address], list[Address]] = ([], [])
    for bucket, values in zip(out, (to, cc), strict=True):
        for name, addr in _addresses(values):
            if addr.lower() in seen:
                continue
            seen.add(addr.lower())
            try:
                bucket.append(Address(display_name=name, addr_spec=addr))
            except (ValueError, IndexError) as exc:
                raise MaildunsError(f"cannot send to {addr!r}: not a valid address") from exc
    return out


def _stamp(msg: EmailMessage, *, now: datetime, message_id: str, x_mailduns: str) -> None:
    msg["Date"] = format_datetime(now)
    msg["Message-ID"] = message_id
    msg["X-Mailduns"] = _one_line(x_mailduns)
    # RFC 3834: a vacation responder or ticket autoresponder must not answer an auto-submitted
    # message. Without this, an "I am out of office" reply would come back into the thread on every
    # step — noise for the client and a false "client replied" for us.
    msg["Auto-Submitted"] = "auto-generated"


def _set_body(msg: EmailMessage, text: str, html: str | None, language: str) -> None:
    # quoted-printable: readable in raw form, safe through any 7-bit relay, exact for accents.
    msg.set_content(text, subtype="plain", charset="utf-8", cte="quoted-printable")
    if html is not None:
        msg.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
    # After set_content, which drops Content-* headers. RFC 3282; helps screen readers and filters.
    msg["Content-Language"] = language.replace("_", "-")


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
) -> EmailMessage:
    """The reminder for one step, as a reply in the invoice's thread.

    Threading: In-Reply-To is the invoice's Message-ID and References its References plus that id,
    so every client shows the reminder under the invoice (and the PDF is one click away). The subject
    gets one "Re: " — never "Re: Re:" or "Re: R:" (Italian Outlook's prefix).
    The Message-ID defaults to `make_message_id(owner domain, invoice number, step name)`: a retry of
    the same step yields the same id.
    """
    if now.tzinfo is None:
        raise ValueError("compose needs an aware datetime (with a timezone) for `now`")
    ctx = reminder_context(inv, language=language, step_name=step_name, step_days=step_days, now=now,
                           owner_name=owner_name, fee=fee, owner_email=owner_email,
                           payment_details=payment_details)
    body = templates.render(language, template, ctx)
    html = templates.render(language, template, ctx, html=True) if templates.has_html(language, template) \
        else None

    to, cc_list = _recipients(inv.to, tuple(inv.cc) + tuple(cc), owner_email)
    if not to:
        raise MaildunsError(f"invoice {inv.number} has no recipient other than the owner; nothing to send")

    msg = EmailMessage()
    msg["From"] = Address(display_name=_one_line(owner_name), addr_spec=owner_email.strip())
    msg["To"] = to
    if cc_list:
        msg["Cc"] = cc_list
    word = _INVOICE_WORD.get(language.split("_")[0], "Invoice")
    msg["Subject"] = _reply_subject(inv.subject, f"{word} {inv.number}")
    if inv.message_id and inv.message_id.isascii() and len(inv.message_id.split()) == 1:
        msg["In-Reply-To"] = _MessageIdList("In-Reply-To", _angle(inv.message_id))
    # Message-IDs are ASCII without spaces; anything else is damage from a broken mailer — drop it.
    refs = list(dict.fromkeys(_angle(r) for r in (*inv.references, *(
        [inv.message_id] if inv.message_id else [])) if r.strip() and r.isascii() and len(r.split()) == 1))
    if refs:
        msg["References"] = _MessageIdList("References", " ".join(refs))
    mid = _angle(message_id) if message_id else make_message_id(owner_email, inv.number, step_name)
    _stamp(msg, now=now, message_id=mid, x_mailduns=f"reminder; invoice={inv.number}; step={step_name}")
    _set_body(msg, body, html, language)
    return msg


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
) -> EmailMessage:
    """A message from mailduns to the freelancer (From = To = owner) when a human is needed.

    Subject "[mailduns] <headline>" in the owner's language, e.g. "[mailduns] ACME srl replied about
    invoice 12/2026". Not threaded under the invoice: it is addressed to the owner only and must not
    look like part of the conversation with the client.
    """
    ctx = owner_notice_context(language=language, owner_name=owner_name, event=event, inv=inv,
                               excerpt=excerpt, action_hint=action_hint, now=now)
    body = templates.render(language, OWNER_NOTICE, ctx)
    html = templates.render(language, OWNER_NOTICE, ctx, html=True) \
        if templates.has_html(language, OWNER_NOTICE) else None
    owner = Address(display_name=_one_line(owner_name), addr_spec=owner_email.strip())
    msg = EmailMessage()
    msg["From"] = owner
    msg["To"] = owner
    msg["Subject"] = _one_line(f"[mailduns] {ctx['headline']}")
    key = str(ctx["event"])
    header = f"notice; event={key}" + (f"; invoice={inv.number}" if inv is not None else "")
    mid = _angle(message_id) if message_id else make_message_id(
        owner_email, "notice", key, inv.number if inv is not None else "", now.isoformat())
    _stamp(msg, now=now, message_id=mid, x_mailduns=header)
    _set_body(msg, body, html, language)
    return msg


# ---------------------------------------------------------------------------------------------
# Sample contexts for `Templates.check`


def _sample_invoice(*, client_name: str | None, amount: Money | None, issue: date | None) -> InvoiceRef:
    return InvoiceRef(number="12/2026", subject="Fattura 12/2026", message_id="<inv-12-2026@example.it>",
                      references=(), amount=amount, issue_date=issue, due_date=date(2026, 12, 2),
                      client_name=client_name, to=("amministrazione@acme.example",), cc=())


def _sample_reminder_contexts(language: str, name: str) -> list[dict[str, object]]:
    amount = Money.of("1220.00")
    full = _sample_invoice(client_name="ACME srl", amount=amount, issue=date(2026, 11, 2))
    bare = _sample_invoice(client_name=None, amount=None, issue=None)
    eur = Money.of
    fee_all = FeeQuote(interest=eur("3.40"), compensation=eur("40.00"), extra=eur("12.20"),
                       total_due=eur("1275.60"), days_late=10, annual_rate=Decimal("10.15"), applies=True)
    fee_extra = FeeQuote(interest=eur("0.00"), compensation=eur("0.00"), extra=eur("12.20"),
                         total_due=eur("1232.20"), days_late=10, annual_rate=Decimal("10.15"), applies=True)
    fee_none = FeeQuote(interest=eur("0.00"), compensation=eur("0.00"), extra=eur("0.00"),
                        total_due=eur("1220.00"), days_late=10, annual_rate=Decimal("10.15"), applies=False)
    out: list[dict[str, object]] = []
    for inv, day, fee, pay in (
        (full, 12, fee_all, None),
        (full, 12, fee_extra, "IBAN IT60 X054 2811 1010 0000 0123 456"),
        (full, 12, fee_none, None),
        (bare, 12, None, None),
        (full, 2, None, None),
        (bare, 1, None, "IBAN IT60 X054 2811 1010 0000 0123 456"),
        (full, 3, None, None),
    ):
        now = datetime(2026, 12, day, 10, 0, tzinfo=UTC)
        out.append(reminder_context(inv, language=language, step_name=name,
                                    step_days=(now.date() - inv.due_date).days, now=now,
                                    owner_name="Alessandra Rossi", fee=fee,
                                    owner_email="alessandra@example.it", payment_details=pay))
    return out


def _sample_notice_contexts(language: str) -> list[dict[str, object]]:
    now = datetime(2026, 12, 10, 10, 0, tzinfo=UTC)
    full = _sample_invoice(client_name="ACME srl", amount=Money.of("1220.00"), issue=date(2026, 11, 2))
    return [
        owner_notice_context(language=language, owner_name="Alessandra Rossi", event="client-reply-dispute",
                             inv=full, excerpt="The amount is wrong.\nPlease check.",
                             action_hint="Reply to the client, then resume.", now=now),
        owner_notice_context(language=language, owner_name="Alessandra Rossi", event="bounce", inv=None,
                             excerpt="", action_hint="", now=now),
    ]
