"""Weekly digest and client scoring on a seeded state: the right buckets, the right labels.

The seed is one freelancer's year: a reliable client (ACME), a slow one (Bob), one who disputes
(Carol), one who always pays months late (Dave) and one who promised a date (Eve). "Today" is
Monday 14 December 2026, 08:00 in Rome.
"""

from __future__ import annotations

import contextlib
import io
import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from mailduns.cli.main import main
from mailduns.settings.config import Config, load_config
from mailduns.onboarding.devrig import MailRig
from mailduns.service.digest import (
    DigestConfig,
    aging_buckets,
    build_digest,
    digest_config_from,
    digest_data,
    digest_slot,
    enqueue_digest_if_due,
)
from mailduns.core.errors import ConfigError
from mailduns.core.money import Money
from mailduns.core.scoring import ClientScore, ScoringConfig, score_clients, scoring_config_from
from mailduns.store.db import Event, Invoice, NewInvoice, Store

ROME = ZoneInfo("Europe/Rome")
NOW = datetime(2026, 12, 14, 8, 0, tzinfo=ROME)

CONFIG = """\
[owner]
name = "Alessandra Rossi"
email = "alice@example.test"
language = "{language}"
timezone = "Europe/Rome"

[imap]
host = "127.0.0.1"
port = {imap_port}
security = "plain"
username = "alice"
password = "alice-pw"

[smtp]
host = "127.0.0.1"
port = {smtp_port}
security = "plain"
username = "alice"
password = "alice-pw"

[state]
path = "{state}"

[sending]
weekdays_only = false
holidays = ""

[clients."dave.example"]
name = "Dave Consulting"
"""

CLIENTS = {
    "acme": ("ACME srl", "amministrazione@acme.example"),
    "bob": ("Bob Spa", "bob@bob.example"),
    "carol": ("Carol Ltd", "carol@carol.example"),
    "dave": (None, "pay@dave.example"),
    "eve": ("Eve SL", "eve@eve.example"),
}


def _at(d: str, hour: int = 10) -> datetime:
    return datetime.combine(date.fromisoformat(d), datetime.min.time(), tzinfo=ROME).replace(hour=hour)


class Seeder:
    def __init__(self, store: Store) -> None:
        self.store = store

    def invoice(
        self, number: str, client: str, amount: str, sent: str, due: str, state: str = "open"
    ) -> Invoice:
        name, email = CLIENTS[client]
        money = Money.of(amount)
        new = NewInvoice(
            key=f"<{number}@alice>",
            number=number,
            message_id=f"<{number}@alice>",
            references=(),
            subject=f"Fattura {number}",
            folder="Sent",
            uidvalidity=1,
            uid=abs(hash(number)) % 10_000,
            sent_at=_at(sent),
            issue_date=date.fromisoformat(sent),
            due_date=date.fromisoformat(due),
            amount=money,
            total=money,
            client_email=email,
            client_name=name,
            recipients=(email,),
            cc=(),
            language="it",
            source="body",
            state="history" if state == "history" else "open",
            why="found in Sent",
        )
        inv = self.store.add_invoice(new, _at(sent))
        assert inv is not None
        return inv

    def paid(self, inv: Invoice, on: str, kind: str = "paid") -> Invoice:
        changed = replace(inv, state="paid", why="payment notified")
        return self.store.save_invoice(changed, Event(inv.id, _at(on), kind, "payment notified"))

    def reminder(self, inv: Invoice, step: str, on: str) -> None:
        mid = f"<{inv.number}-{step}@alice>"
        assert self.store.enqueue(
            invoice_id=inv.id,
            kind="reminder",
            step=step,
            message_id=mid,
            recipients=list(inv.recipients),
            raw=b"Subject: x\r\n\r\nbody\r\n",
            at=_at(on),
        )
        item = next(i for i in self.store.outbox() if i.message_id == mid)
        self.store.set_outbox_status(item.id, "sent", at=_at(on))
        self.store.save_invoice(replace(self.store.invoice(inv.id), last_step=step))


def seed(store: Store) -> None:
    s = Seeder(store)
    # ACME: an old invoice from before mailduns (history), two paid on time or nearly, one not yet due.
    s.invoice("1/2026", "acme", "610.00", "2026-03-01", "2026-03-31", state="history")
    s.paid(s.invoice("4/2026", "acme", "800.00", "2026-05-31", "2026-06-30"), "2026-06-28")
    s.paid(
        s.invoice("6/2026", "acme", "900.00", "2026-08-01", "2026-08-31"), "2026-09-02", kind="manual-paid"
    )
    s.invoice("20/2026", "acme", "1000.00", "2026-12-01", "2026-12-31")
    # Bob: 12 days late with two reminders this week; a second invoice not yet due, courtesy note tomorrow.
    bob = s.invoice("12/2026", "bob", "1220.00", "2026-11-02", "2026-12-02")
    s.reminder(bob, "reminder", "2026-12-07")
    s.reminder(bob, "late_fee", "2026-12-12")
    s.invoice("14/2026", "bob", "800.00", "2026-11-18", "2026-12-18")
    # Carol: 34 days late and disputes it.
    carol = s.invoice("9/2026", "carol", "500.00", "2026-10-11", "2026-11-10")
    store.save_invoice(
        replace(carol, state="hold", why="carol disputes the invoice"),
        Event(carol.id, _at("2026-11-12"), "client-reply-dispute", "carol disputes the invoice"),
    )
    # Dave: always months late; the current invoice is 104 days late, a quarter paid, ladder finished.
    s.paid(s.invoice("2/2026", "dave", "1000.00", "2026-04-01", "2026-05-01"), "2026-07-15")
    s.paid(s.invoice("3/2026", "dave", "1000.00", "2026-05-02", "2026-06-01"), "2026-08-20")
    dave = s.invoice("5/2026", "dave", "2000.00", "2026-08-01", "2026-09-01")
    for step, day in (
        ("reminder", "2026-09-07"),
        ("late_fee", "2026-09-11"),
        ("suspension", "2026-09-21"),
        ("final", "2026-10-01"),
    ):
        s.reminder(dave, step, day)
    store.save_invoice(
        replace(
            store.invoice(dave.id),
            state="closed",
            paid=Money.of("500.00"),
            why="the last step (final) was sent",
        )
    )
    # Eve: promised to pay by 16 December; reminders resume on the 17th.
    eve = s.invoice("8/2026", "eve", "300.00", "2026-10-21", "2026-11-20")
    store.save_invoice(
        replace(
            eve,
            state="snoozed",
            snooze_reason="promise",
            snooze_until=_at("2026-12-17", 9),
            why="eve promised",
        ),
        Event(
            eve.id, _at("2026-12-10"), "client-reply-promise", "eve@eve.example promised to pay by 2026-12-16"
        ),
    )


def write_config(tmp: Path, language: str = "it", rig: MailRig | None = None) -> Path:
    path = tmp / "config.toml"
    path.write_text(
        CONFIG.format(
            language=language,
            state=tmp / "state.db",
            imap_port=rig.imap_port if rig else 993,
            smtp_port=rig.smtp_port if rig else 465,
        )
    )
    return path


@pytest.fixture
def seeded(tmp_path: Path) -> Iterator[tuple[Config, Store]]:
    config = load_config(write_config(tmp_path))
    store = Store(config.state.path)
    seed(store)
    yield config, store
    store.close()


def _scores(config: Config, store: Store) -> dict[str, ClientScore]:
    names = {k: c.name for k, c in config.clients.items() if c.name}
    scores = score_clients(store.invoices(), store.events(), store.outbox(), NOW, tz=ROME, names=names)
    return {s.display_name: s for s in scores}


# -- aging ---------------------------------------------------------------------------------------
def test_aging_buckets_of_the_seeded_year(seeded: tuple[Config, Store]) -> None:
    _config, store = seeded
    money, counts, no_amount = aging_buckets(store.invoices(), NOW.date())
    assert money == {
        "EUR": {
            "not-due": Decimal("1800.00"),
            "1-30": Decimal("1520.00"),
            "31-60": Decimal("500.00"),
            "61-90": Decimal(0),
            "90+": Decimal("1500.00"),
        }
    }
    assert counts == {"not-due": 2, "1-30": 2, "31-60": 1, "61-90": 0, "90+": 1}
    assert no_amount == 0
    assert all(isinstance(v, Decimal) for v in money["EUR"].values())


def test_bucket_edges_are_inclusive_as_labelled() -> None:
    from mailduns.service.digest import bucket_of

    assert [bucket_of(d) for d in (-5, 0, 1, 30, 31, 60, 61, 90, 91, 400)] == [
        "not-due",
        "not-due",
        "1-30",
        "1-30",
        "31-60",
        "31-60",
        "61-90",
        "61-90",
        "90+",
        "90+",
    ]


# -- scoring -------------------------------------------------------------------------------------
def test_scores_and_labels(seeded: tuple[Config, Store]) -> None:
    config, store = seeded
    s = _scores(config, store)
    acme, bob, carol, dave, eve = (
        s["ACME srl"],
        s["Bob Spa"],
        s["Carol Ltd"],
        s["Dave Consulting"],
        s["Eve SL"],
    )
    assert acme.label == "reliable"
    assert (acme.invoices, acme.history, acme.paid) == (4, 1, 2)
    assert acme.billed == {"EUR": Decimal("3310.00")}
    assert acme.average_days_late == Decimal("1.0") and acme.worst_days_late == 2
    assert bob.label == "slow-payer" and bob.reminders == 2
    assert bob.worst_days_late == 12
    assert carol.label == "ask-deposit" and carol.disputes == 1
    assert dave.label == "consider-ending"
    assert dave.average_days_late == Decimal("86.3") and dave.worst_days_late == 104
    assert dave.owed == {"EUR": Decimal("1500.00")} and dave.reminders == 4
    assert eve.label == "slow-payer"
    ordered = [x.label for x in score_clients(store.invoices(), store.events(), store.outbox(), NOW, tz=ROME)]
    assert ordered[0] == "consider-ending" and ordered[-1] == "reliable"


def test_thresholds_from_config_change_the_labels(seeded: tuple[Config, Store]) -> None:
    _config, store = seeded
    lenient = scoring_config_from(
        {
            "slow_average_days": 15,
            "slow_reminders": "3",
            "deposit_average_days": 40,
            "end_average_days": 100,
            "end_worst_days": 200,
        }
    )
    got = {
        s.client: s.label
        for s in score_clients(store.invoices(), store.events(), store.outbox(), NOW, tz=ROME, config=lenient)
    }
    assert got["bob@bob.example"] == "new"  # 12 days late is fine now; one invoice is too few to judge
    assert got["pay@dave.example"] == "ask-deposit"  # 104 days worst >= deposit_worst_days (60)


def test_scoring_config_mistakes_are_sentences() -> None:
    assert scoring_config_from(None) == ScoringConfig()
    for raw, key in (
        ({"slow_avg": 3}, "scoring.slow_avg"),
        ({"end_average_days": "sixty"}, "scoring.end_average_days"),
        ({"slow_reminders": 1.5}, "scoring.slow_reminders"),
        ({"deposit_average_days": 90, "end_average_days": 60}, "scoring.end_average_days"),
    ):
        with pytest.raises(ConfigError) as exc:
            scoring_config_from(raw)
        assert exc.value.key == key and exc.value.message.endswith(".")
    assert scoring_config_from({"slow_reminders": "1.5"}).slow_reminders == Decimal("1.5")


# -- the digest ----------------------------------------------------------------------------------
def _parts(msg: EmailMessage) -> tuple[str, str]:
    parsed = message_from_bytes(msg.as_bytes(), policy=default)
    assert isinstance(parsed, EmailMessage)
    plain, html = parsed.get_body(("plain",)), parsed.get_body(("html",))
    assert plain is not None and html is not None
    return str(plain.get_content()), str(html.get_content())


def test_digest_in_italian_has_buckets_lists_and_client_table(seeded: tuple[Config, Store]) -> None:
    config, store = seeded
    msg = build_digest(store.invoices(), store.events(), store.outbox(), NOW, config)
    assert msg["Subject"] == "[mailduns] Riepilogo settimanale: 5.320,00 € da incassare"
    assert msg["From"] == msg["To"] and "alice@example.test" in str(msg["To"])
    assert str(msg["X-Mailduns"]).startswith("digest") and msg["Auto-Submitted"] == "auto-generated"
    text, html = _parts(msg)
    assert "Da incassare: 5.320,00 € (6 fatture)" in text
    for label, amount in (
        ("Non ancora scadute", "1.800,00 €"),
        ("Scadute da 1–30 giorni", "1.520,00 €"),
        ("Scadute da 31–60 giorni", "500,00 €"),
        ("Scadute da oltre 90 giorni", "1.500,00 €"),
    ):
        line = next(x for x in text.splitlines() if label in x)
        assert amount in line
    # sent this week: reminder (7 Dec) and late fee (12 Dec) to Bob; not Dave's September mails
    # steps are named in Italian (it review D3/D4), not "late fee per la fattura"
    sent = text.split("Solleciti inviati negli ultimi sette giorni")[1].split("Solleciti previsti")[0]
    assert (
        "primo sollecito, fattura 12/2026 (Bob Spa)" in sent and "secondo sollecito, fattura 12/2026" in sent
    )
    assert "5/2026" not in sent and "late fee" not in sent
    coming = text.split("Solleciti previsti per oggi e i prossimi sette giorni")[1].split("Promesse")[0]
    assert (
        "promemoria prima della scadenza, fattura 14/2026 (Bob Spa)" in coming
        and "mar 15 dic 09:00" in coming
    )
    assert "Fattura 8/2026 (Eve SL, 300,00 €): pagamento promesso per il 16 dic 2026" in text
    assert "se non arriva nulla, i solleciti riprendono il 17 dic 2026" in text
    assert "ecco la situazione delle tue fatture al 14 dic 2026" in text
    assert "valuta di interrompere il rapporto" in text and "Dave Consulting" in text
    assert "affidabile" in text and "chiedi un acconto" in text
    # the HTML chart: one bar per bucket, the biggest (not yet due) at full width, 61–90 empty
    assert html.count("height:14px") == 5
    assert "width:100%" in html and "width:0%" in html
    assert "<table" in html and "Dave Consulting" in html
    assert "<script" not in html and "<img" not in html


def test_digest_speaks_english_and_spanish(tmp_path: Path) -> None:
    for language, subject, words in (
        (
            "en",
            "[mailduns] Weekly summary: €5,320.00 still to be paid",
            ("Over 90 days late", "ask for a deposit"),
        ),
        (
            "es",
            "[mailduns] Resumen semanal: 5.320,00 € pendientes de cobro",
            ("Vencidas hace más de 90 días", "pide un anticipo"),
        ),
    ):
        folder = tmp_path / language
        folder.mkdir()
        config = load_config(write_config(folder, language))
        store = Store(config.state.path)
        try:
            seed(store)
            msg = build_digest(store.invoices(), store.events(), store.outbox(), NOW, config)
        finally:
            store.close()
        assert msg["Subject"] == subject
        text, _html = _parts(msg)
        assert all(w in text for w in words), text


def test_empty_state_gives_a_calm_digest(tmp_path: Path) -> None:
    config = load_config(write_config(tmp_path, "en"))
    msg = build_digest([], [], [], NOW, config)
    text, html = _parts(msg)
    assert msg["Subject"] == "[mailduns] Weekly summary: nobody owes you anything"
    assert "Nobody owes you anything right now." in text and "No clients yet." in text
    assert "height:14px" not in html


def test_digest_data_is_pure_and_matches_the_message(seeded: tuple[Config, Store]) -> None:
    config, store = seeded
    data = digest_data(store.invoices(), store.events(), store.outbox(), NOW, config)
    assert data.owed == {"EUR": Decimal("5320.00")} and data.open_invoices == 6
    assert [(x.number, x.step) for x in data.sent] == [("12/2026", "reminder"), ("12/2026", "late_fee")]
    # Bob's courtesy note tomorrow; Eve's ladder resumes (at its latest step) the day after her promise
    assert [(x.number, x.step) for x in data.coming] == [("14/2026", "courtesy"), ("8/2026", "suspension")]
    assert data.coming[1].at == datetime(2026, 12, 17, 9, tzinfo=ROME)
    assert [p.number for p in data.promises] == ["8/2026"] and data.promises[0].promised == date(2026, 12, 16)


# -- when ----------------------------------------------------------------------------------------
def test_digest_schedule_and_exactly_once(seeded: tuple[Config, Store]) -> None:
    config, store = seeded
    cfg = digest_config_from({"day": "lunedì", "hour": 8})
    assert cfg == DigestConfig(enabled=True, day=0, hour=8)
    assert digest_slot(NOW - timedelta(minutes=1), cfg, ROME) == datetime(2026, 12, 7, 8, tzinfo=ROME)
    assert digest_slot(NOW, cfg, ROME) == NOW
    # the first call only remembers the slot: installing mailduns never mails a digest at once
    assert enqueue_digest_if_due(store, config, NOW, digest=cfg) is False
    assert enqueue_digest_if_due(store, config, NOW + timedelta(days=3), digest=cfg) is False
    week = NOW + timedelta(days=7)
    assert enqueue_digest_if_due(store, config, week, digest=cfg) is True
    assert enqueue_digest_if_due(store, config, week + timedelta(hours=1), digest=cfg) is False
    queued = [i for i in store.outbox(["pending"]) if i.kind == "digest"]
    assert len(queued) == 1 and queued[0].recipients == ("alice@example.test",)
    assert (
        enqueue_digest_if_due(store, config, week + timedelta(days=7), digest=DigestConfig(enabled=False))
        is False
    )
    with pytest.raises(ConfigError) as exc:
        digest_config_from({"day": "someday"})
    assert exc.value.key == "digest.day"


# -- the commands --------------------------------------------------------------------------------
def _cli(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(list(args))
    return code, out.getvalue()


def test_clients_log_and_digest_commands(tmp_path: Path) -> None:
    cfg = write_config(tmp_path, "en")
    store = Store(tmp_path / "state.db")
    seed(store)
    store.close()
    code, out = _cli("--config", str(cfg), "clients", "--json", "--now", NOW.isoformat())
    rows = {r["client_name"]: r for r in json.loads(out)}
    assert code == 0 and rows["Dave Consulting"]["label"] == "consider-ending"
    assert rows["Dave Consulting"]["billed"] == {"EUR": "4000.00"} and rows["Dave Consulting"]["owed"] == {
        "EUR": "1500.00"
    }
    assert rows["ACME srl"]["advice"] == "reliable" and rows["ACME srl"]["average_days_late"] == "1.0"
    code, out = _cli("--config", str(cfg), "clients", "--now", NOW.isoformat())
    assert code == 0 and "consider ending the relationship" in out and "Dave Consulting" in out

    code, out = _cli("--config", str(cfg), "log", "12/2026")
    assert code == 0 and "Invoice 12/2026 to Bob Spa" in out
    assert "step reminder sent" in out and "step late_fee sent" in out and "found" in out
    code, out = _cli("--config", str(cfg), "log", "12/2026", "--json")
    entries = json.loads(out)[0]["entries"]
    assert [e["what"] for e in entries][:3] == ["found", "step reminder queued", "step reminder sent"]
    assert all("body" not in json.dumps(e) for e in entries)  # never the mail's text
    assert _cli("--config", str(cfg), "log", "99/2026")[0] == 1

    code, out = _cli("--config", str(cfg), "digest", "--now", NOW.isoformat())
    assert code == 0 and out.startswith("Subject: [mailduns] Weekly summary") and "Over 90 days late" in out
    code, out = _cli("--config", str(cfg), "digest", "--html", "--now", NOW.isoformat())
    assert code == 0 and out.lstrip().startswith("<!DOCTYPE html>")


@pytest.mark.mailrig
def test_digest_send_arrives_in_the_owners_inbox(rig: MailRig, tmp_path: Path) -> None:
    cfg = write_config(tmp_path, "it", rig)
    store = Store(tmp_path / "state.db")
    seed(store)
    store.close()
    code, out = _cli("--config", str(cfg), "digest", "--send", "--now", NOW.isoformat())
    assert code == 0 and "alice@example.test" in out and "alice-pw" not in out
    got = [message_from_bytes(r, policy=default) for r in rig.fetch_all("alice", "INBOX")]
    assert len(got) == 1 and str(got[0]["X-Mailduns"]).startswith("digest")
    assert "5.320,00 €" in str(got[0]["Subject"])
