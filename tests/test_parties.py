"""Company or person: the letters and the formal notice greet and name the debtor as what it is.

A company: "Spett.le ACME srl,", "Estimados señores:", "Dear Accounts Team," (a formal notice:
"Dear Sir or Madam," … "Yours faithfully,"). A person: "Gentile Mario Rossi,", "Estimada Sra.
López:" (a title in the name gives the gender Spanish needs), "Dear Mario Rossi," … "Yours
sincerely,". What decides: the client's `kind` (and `salutation`) in the config, else the e-invoice
(FatturaPA Denominazione or Nome/Cognome; Facturae LegalEntity or Individual), else the name
(core/legal.party_kind: a legal form or an organisation word makes a company).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from mailduns.core.errors import ConfigError
from mailduns.core.legal import party_kind
from mailduns.letters.compose import Templates, default_templates_dir
from mailduns.letters.notice import FormalNotice, Party, render_notice, sample_notices
from mailduns.onboarding.devrig import MailRig
from mailduns.reading.einvoice import read_attachment
from mailduns.settings.config import parse_config

from .conftest import mail
from .test_compose import body, invoice, reminder
from .test_e2e import SENDING, Freelancer, reminders
from .test_einvoice_facturae import facturae
from .test_einvoice_facturae import invoice as facturae_invoice
from .test_einvoice_fatturapa import body as fattura_body
from .test_einvoice_fatturapa import fattura_xml, payment
from .test_einvoice_ubl import ubl
from .test_formal_e2e import ROME


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("ACME srl", "company"),
        ("ACME S.r.l.", "company"),
        ("Rossi & Figli snc", "company"),
        ("Bianchi Mario sas", "company"),
        ("Hermanos García, S. L.", "company"),
        ("Ibérica S.A.U.", "company"),
        ("Cooperativa Andaluza S. Coop.", "company"),
        ("Smith & Jones LLP", "company"),
        ("Acme plc", "company"),
        ("Kunde GmbH", "company"),
        ("Studio Legale Bianchi", "company"),
        ("Ayuntamiento de Getafe", "company"),
        ("Mario Rossi", "person"),
        ("María López García", "person"),
        ("Sra. López", "person"),
        ("Jane Doe Design", "person"),  # a trading name: most often a sole trader, greeted by name
        ("J. R. R. Tolkien", "person"),
        ("amm@acme.it", None),
        (None, None),
        ("", None),
    ],
)
def test_party_kind(name: str | None, kind: str | None) -> None:
    assert party_kind(name) == kind


# -- the e-invoice says it ---------------------------------------------------------------------------


def test_fatturapa_denominazione_is_a_company_and_nome_cognome_a_person() -> None:
    xml = fattura_xml(fattura_body(), buyer="<Denominazione>Rossi Mario Consulenze</Denominazione>")
    [company] = read_attachment("f.xml", "application/xml", xml.encode())
    assert (company.client_kind, company.client_country) == ("company", "IT")
    xml = fattura_xml(fattura_body(), buyer="<Nome>Laura</Nome><Cognome>Bianchi</Cognome>")
    [person] = read_attachment("f.xml", "application/xml", xml.encode())
    assert (person.client_kind, person.client_name) == ("person", "Laura Bianchi")


def test_facturae_legal_entity_or_individual_and_its_country() -> None:
    [company] = read_attachment("f.xml", "text/xml", facturae(facturae_invoice()))
    assert (company.client_kind, company.client_country) == ("company", None)
    individual = (
        "<Individual><Name>María</Name><FirstSurname>López</FirstSurname><OverseasAddress><Address>1 High St"
        "</Address><PostCodeAndTown>London</PostCodeAndTown><Province>London</Province>"
        "<CountryCode>GBR</CountryCode></OverseasAddress></Individual>"
    )
    [person] = read_attachment("f.xml", "text/xml", facturae(facturae_invoice(), buyer=individual))
    assert (person.client_kind, person.client_country, person.client_name) == ("person", "GB", "María López")
    spain = individual.replace("<OverseasAddress>", "<AddressInSpain>").replace(
        "</OverseasAddress>", "</AddressInSpain>"
    )
    [here] = read_attachment("f.xml", "text/xml", facturae(facturae_invoice(), buyer=spain))
    assert here.client_country == "ES"


def test_ubl_buyer_country() -> None:
    raw = ubl().replace(
        b"</cac:PartyLegalEntity>",
        b"</cac:PartyLegalEntity><cac:PostalAddress><cac:Country><cbc:IdentificationCode>IE"
        b"</cbc:IdentificationCode></cac:Country></cac:PostalAddress>",
        1,
    )
    # the supplier's legal entity comes first in the document: put the address in the customer's
    raw = raw.replace(
        b"<cbc:RegistrationName>Acme Ltd</cbc:RegistrationName></cac:PartyLegalEntity>",
        b"<cbc:RegistrationName>Acme Ltd</cbc:RegistrationName></cac:PartyLegalEntity><cac:PostalAddress>"
        b"<cac:Country><cbc:IdentificationCode>IE</cbc:IdentificationCode></cac:Country></cac:PostalAddress>",
    )
    [inv] = read_attachment("i.xml", "application/xml", raw)
    assert inv.client_country == "IE" and inv.client_kind is None  # UBL does not say: the name does


# -- the letters -------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def templates() -> Templates:
    return Templates(default_templates_dir())


@pytest.mark.parametrize(
    ("lang", "name", "kind", "salutation", "first", "last"),
    [
        ("it", "Rossi Mario Consulenze", "company", None, "Spett.le Rossi Mario Consulenze,", None),
        ("it", "ACME srl", "person", None, "Gentile ACME srl,", None),  # the config wins over the name
        ("it", "Laura Bianchi", None, "Gentile Sig.ra Bianchi,", "Gentile Sig.ra Bianchi,", None),
        ("it", None, "company", None, "Buongiorno,", None),
        ("es", "Rossi Mario Consulenze", "company", None, "Estimados señores:", None),
        ("es", "Sra. López", None, None, "Estimada Sra. López:", None),
        ("es", "Sr. López", None, None, "Estimado Sr. López:", None),
        ("es", "María López", None, None, "Buenos días, María López:", None),
        ("es", "María López", None, "Estimada Sra. López:", "Estimada Sra. López:", None),
        ("en", "Lopez Design", "company", None, "Dear Accounts Team,", "Kind regards,"),
        ("en", "Maria Lopez", None, "Dear Ms Lopez,", "Dear Ms Lopez,", "Kind regards,"),
        ("en", "Ms Lopez", None, None, "Dear Ms Lopez,", "Kind regards,"),
    ],
)
def test_reminders_greet_a_company_or_a_person(
    templates: Templates,
    lang: str,
    name: str | None,
    kind: str | None,
    salutation: str | None,
    first: str,
    last: str | None,
) -> None:
    inv = replace(invoice(client_name=name), client_kind=kind, client_salutation=salutation)
    text = body(reminder(templates, lang, "reminder", inv))
    assert text.splitlines()[0] == first, text
    if last:
        assert last in text


NOW = datetime(2026, 12, 10, 10, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("lang", "debtor", "greeting", "closing"),
    [
        ("it", Party("ACME srl"), "Spett.le ACME srl,", "Distinti saluti,"),
        ("it", Party("Laura Bianchi", kind="person"), "Gentile Laura Bianchi,", "Distinti saluti,"),
        ("it", Party("Laura Bianchi", salutation="Gentile Sig.ra Bianchi,"), "Gentile Sig.ra Bianchi,", None),
        ("es", Party("Ibérica Diseño SL"), "Estimados señores:", "Atentamente,"),
        ("es", Party("Sra. López"), "Estimada Sra. López:", "Atentamente,"),
        ("en", Party("Acme Ltd"), "Dear Sir or Madam,", "Yours faithfully,"),
        ("en", Party("Lopez Design", kind="company"), "Dear Sir or Madam,", "Yours faithfully,"),
        ("en", Party("Maria Lopez", salutation="Dear Ms Lopez,"), "Dear Ms Lopez,", "Yours sincerely,"),
        ("en", Party("Maria Lopez"), "Dear Maria Lopez,", "Yours sincerely,"),
    ],
)
def test_the_formal_notice_names_and_greets_the_debtor(
    templates: Templates, lang: str, debtor: Party, greeting: str, closing: str | None
) -> None:
    base = sample_notices(lang, NOW)[0]
    notice = FormalNotice(**{**base.__dict__, "debtor": debtor})
    for name in ("formal_notice", "formal_notice_cover"):
        text = render_notice(templates, notice, name)
        assert greeting in text.splitlines(), text
        if name == "formal_notice":  # the notice itself names the debtor in its address block
            assert debtor.name in text.splitlines()
        if closing:
            assert closing in text


# -- the config --------------------------------------------------------------------------------------

BASE = """
[owner]
name = "Alessandra Rossi"
email = "alessandra@example.it"
[imap]
host = "imap.example.it"
username = "a"
password = "x"
[smtp]
host = "smtp.example.it"
username = "a"
password = "x"
"""


def test_config_kind_and_salutation() -> None:
    c = parse_config(
        BASE + '[clients."acme.example"]\nkind = "Company"\n[clients."lopez.example"]\nkind = "person"\n'
        'salutation = "Dear Ms Lopez,"\n',
        "c.toml",
    )
    assert c.client_for("a@acme.example").kind == "company"
    lopez = c.client_for("m@lopez.example")
    assert (lopez.kind, lopez.salutation) == ("person", "Dear Ms Lopez,")
    assert c.client_for("x@other.example").kind is None
    with pytest.raises(ConfigError) as err:
        parse_config(BASE + '[clients."acme.example"]\nkind = "firm"\n', "c.toml")
    assert 'clients."acme.example".kind' in str(err.value) and '"company" or "person"' in str(err.value)
    with pytest.raises(ConfigError) as err:
        parse_config(BASE + '[clients."acme.example"]\nsalutation = """Dear\nSirs"""\n', "c.toml")
    assert "salutation" in str(err.value)


# -- end to end: the e-invoice's word reaches the letter ---------------------------------------------


def test_the_fatturapa_denominazione_makes_a_company_of_a_name_that_looks_like_a_person(
    rig: MailRig, tmp_path: Path
) -> None:
    f = Freelancer(rig, tmp_path, extra=SENDING)
    when = datetime(2026, 11, 2, 15, tzinfo=ROME)
    m = mail(
        f"Alessandra Rossi <{f.owner}>",
        f"Rossi <{rig.address('bob')}>",
        "Fattura 12/2026",
        "In allegato.",
        when,
    )
    xml = fattura_xml(
        fattura_body(payments=payment("2026-12-02", "1220.00")),
        buyer="<Denominazione>Rossi Mario Consulenze</Denominazione>",
        buyer_email=rig.address("bob"),
    )
    m.add_attachment(xml.encode(), maintype="application", subtype="xml", filename="IT01234567890_00012.xml")
    rig.append("alice", "Sent", m.as_bytes(), when=when)
    f.run("2026-12-07T10:00+01:00")
    [sent] = reminders(rig, "bob")
    part = sent.get_body(("plain",))
    assert part is not None
    assert part.get_content().splitlines()[0] == "Spett.le Rossi Mario Consulenze,"
    # the config overrides the e-invoice
    f.config.write_text(
        f.config.read_text() + f'\n[clients."{rig.address("bob")}"]\nsalutation = "Gentile dott. Rossi,"\n'
    )
    code, shown = f.cli("preview", "12/2026", "--now", "2026-12-08T10:00+01:00")
    assert code == 0 and "Gentile dott. Rossi," in shown, shown
