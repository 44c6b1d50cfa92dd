"""Which folder is Sent/Drafts/Paid, for the layouts of the common providers (mail/folders.py, pure)."""

from __future__ import annotations

import pytest

from mailduns.mail.folders import Listed, paid_path, resolve


def listing(*names: str, sep: str = "/", flags: dict[str, str] | None = None) -> list[Listed]:
    flags = flags or {}
    return [Listed(n, (flags[n],) if n in flags else (), sep) for n in ("INBOX", *names)]


@pytest.mark.parametrize(
    ("names", "sep", "prefix", "sent", "drafts"),
    [
        (("Sent", "Drafts"), "/", "", "Sent", "Drafts"),  # Dovecot, no flags
        (
            ("INBOX.Sent", "INBOX.Drafts", "INBOX.Trash"),
            ".",
            "INBOX.",
            "INBOX.Sent",
            "INBOX.Drafts",
        ),  # Courier
        (("Sent Items", "Drafts", "Deleted Items"), "/", "", "Sent Items", "Drafts"),  # Exchange
        (("Posta inviata", "Bozze", "Cestino"), "/", "", "Posta inviata", "Bozze"),  # Italian host
        (("Elementos enviados", "Borradores"), "/", "", "Elementos enviados", "Borradores"),  # Spanish host
        (("INBOX.Enviados", "INBOX.Borradores"), ".", "INBOX.", "INBOX.Enviados", "INBOX.Borradores"),
        (("[Gmail]/Sent Mail", "[Gmail]/Drafts"), "/", "", "[Gmail]/Sent Mail", "[Gmail]/Drafts"),
        (("[Gmail]/Posta inviata", "[Gmail]/Bozze"), "/", "", "[Gmail]/Posta inviata", "[Gmail]/Bozze"),
        (("Sent Messages", "Drafts"), "/", "", "Sent Messages", "Drafts"),  # iCloud
    ],
)
def test_sent_and_drafts_by_name(
    names: tuple[str, ...], sep: str, prefix: str, sent: str, drafts: str
) -> None:
    got = resolve(listing(*names, sep=sep), prefix=prefix)
    assert (got.sent, got.drafts, got.sent_flagged) == (sent, drafts, False)


def test_the_special_use_flag_wins_over_a_usual_name() -> None:
    got = resolve(listing("Sent", "Inviati", flags={"Inviati": "\\Sent"}))
    assert (got.sent, got.sent_flagged) == ("Inviati", True)


def test_a_configured_name_is_found_under_the_namespace_prefix() -> None:
    items = listing("INBOX.Sent", "INBOX.Paid", "INBOX.Fatture", sep=".")
    got = resolve(items, prefix="INBOX.", sent="Fatture", paid="Paid")
    assert (got.sent, got.paid) == ("INBOX.Fatture", "INBOX.Paid")


def test_paid_missing_is_none_and_its_full_name_is_told() -> None:
    got = resolve(listing("INBOX.Sent", sep="."), prefix="INBOX.")
    assert got.paid is None
    assert paid_path("Paid", "INBOX.", ".") == "INBOX.Paid"
    assert paid_path("Pagate", "", "/") == "Pagate"


def test_no_sent_folder_at_all_is_none() -> None:
    assert resolve(listing("Archive", "Spam")).sent is None
