"""Which server folder is Sent, Drafts, Paid: one answer for the daemon, `check` and `init`.

Pure (a LIST answer and the NAMESPACE prefix in, names out) so every provider's layout can be tested
without a server. Servers name and nest folders differently: Dovecot and Gmail flag them (RFC 6154
SPECIAL-USE), Courier and many cPanel hosts put everything under "INBOX." with a "." separator and flag
nothing, Exchange says "Sent Items", Italian and Spanish hosts use the mail client's language ("Posta
inviata", "Elementos enviados"). A folder flagged \\Sent always wins; then the usual names, in the
order below, with or without the personal namespace prefix.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

SENT_NAMES: Final = (
    "Sent",
    "Sent Items",
    "Sent Messages",
    "Sent Mail",
    "[Gmail]/Sent Mail",
    "[Google Mail]/Sent Mail",
    "[Gmail]/Posta inviata",
    "[Gmail]/Enviados",
    "[Gmail]/Correo enviado",
    "Posta inviata",
    "Inviata",
    "Inviati",
    "Elementi inviati",
    "Messaggi inviati",
    "Posta in uscita inviata",
    "Enviados",
    "Elementos enviados",
    "Correo enviado",
    "Mensajes enviados",
    "Gesendet",
    "Gesendete Elemente",
    "Gesendete Objekte",
    "Envoyés",
    "Éléments envoyés",
    "Messages envoyés",
    "INBOX.Sent",
    "INBOX/Sent",
    "INBOX.Sent Items",
    "INBOX.Posta inviata",
)
DRAFTS_NAMES: Final = (
    "Drafts",
    "Draft",
    "[Gmail]/Drafts",
    "[Google Mail]/Drafts",
    "[Gmail]/Bozze",
    "[Gmail]/Borradores",
    "Bozze",
    "Borradores",
    "Entwürfe",
    "Brouillons",
    "INBOX.Drafts",
    "INBOX/Drafts",
    "INBOX.Bozze",
)


@dataclass(frozen=True)
class Listed:
    """One LIST line: the folder's name (decoded), its attributes and its hierarchy separator."""

    name: str
    flags: tuple[str, ...] = ()
    separator: str | None = "/"


@dataclass(frozen=True)
class Resolved:
    inbox: str
    sent: str | None  # None: no folder could be taken for Sent
    drafts: str | None
    paid: str | None  # None while the folder does not exist
    sent_flagged: bool  # found by the \\Sent attribute, not by its name


def _flagged(listing: Sequence[Listed], attribute: str) -> str | None:
    for item in listing:
        if any(f.lower() == attribute.lower() for f in item.flags):
            return item.name
    return None


def find_named(listing: Sequence[Listed], wanted: str, prefix: str = "") -> str | None:
    """The listed folder that is `wanted`: exactly, under the personal namespace prefix ("INBOX." +
    name on Courier), or differing only in case or in the separator ("INBOX/Sent" for "INBOX.Sent")."""
    names = [i.name for i in listing]
    if wanted in names:
        return wanted
    candidates = [wanted]
    if prefix and not wanted.upper().startswith(prefix.upper()):
        candidates.append(prefix + wanted)
    for cand in candidates:
        for item in listing:
            sep = item.separator or "/"
            if item.name.lower() == cand.lower() or item.name.lower() == cand.replace("/", sep).lower():
                return item.name
    return None


def resolve(
    listing: Sequence[Listed],
    *,
    prefix: str = "",
    inbox: str = "INBOX",
    sent: str | None = None,
    drafts: str | None = None,
    paid: str = "Paid",
) -> Resolved:
    """The folders to use. A configured name is looked up (with the namespace prefix too); an
    unconfigured one is found by its special-use flag, then by the usual names."""
    inbox_name = find_named(listing, inbox) or ("INBOX" if inbox.upper() == "INBOX" else inbox)
    flagged = False
    if sent is not None:
        sent_name = find_named(listing, sent, prefix)
    else:
        sent_name = _flagged(listing, "\\Sent")
        flagged = sent_name is not None
        if sent_name is None:
            sent_name = next((f for n in SENT_NAMES if (f := find_named(listing, n, prefix))), None)
    if drafts is not None:
        drafts_name = find_named(listing, drafts, prefix)
    else:
        drafts_name = _flagged(listing, "\\Drafts") or next(
            (f for n in DRAFTS_NAMES if (f := find_named(listing, n, prefix))), None
        )
    return Resolved(
        inbox=inbox_name,
        sent=sent_name,
        drafts=drafts_name,
        paid=find_named(listing, paid, prefix),
        sent_flagged=flagged,
    )


def paid_path(paid: str, prefix: str, separator: str | None) -> str:
    """The full name to create the Paid folder under ("INBOX.Paid" on Courier), for what we tell the owner."""
    if not prefix or paid.upper().startswith(prefix.upper()):
        return paid
    return prefix + paid.replace("/", separator or "/")
