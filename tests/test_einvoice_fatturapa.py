"""FatturaPA: invoices built here as XML strings, read through the attachment reader."""

from __future__ import annotations

from datetime import date

import pytest

from mailduns.core.money import Money
from mailduns.reading.einvoice import UnreadableInvoice, read_attachment
from mailduns.reading.model import InvoiceFacts

NS = "http://ivaservizi.agenziaentrate.gov.it/docs/xsd/fatture/v1.2"


def payment(due: str | None, amount: str, *, terms: str = "TP02", mode: str = "MP05") -> str:
    due_xml = f"<DataScadenzaPagamento>{due}</DataScadenzaPagamento>" if due else ""
    return (
        f"<DatiPagamento><CondizioniPagamento>{terms}</CondizioniPagamento><DettaglioPagamento>"
        f"<ModalitaPagamento>{mode}</ModalitaPagamento>{due_xml}"
        f"<ImportoPagamento>{amount}</ImportoPagamento><IBAN>IT60X0542811101000000123456</IBAN>"
        f"</DettaglioPagamento></DatiPagamento>"
    )


def body(
    number: str = "12/2026",
    *,
    kind: str = "TD01",
    day: str = "2026-11-02",
    total: str | None = "1220.00",
    extra_doc: str = "",
    payments: str = "",
    linked: str = "",
    summary: tuple[tuple[str, str], ...] = (("1000.00", "220.00"),),
) -> str:
    total_xml = f"<ImportoTotaleDocumento>{total}</ImportoTotaleDocumento>" if total is not None else ""
    rows = "".join(
        f"<DatiRiepilogo><AliquotaIVA>22.00</AliquotaIVA><ImponibileImporto>{b}</ImponibileImporto>"
        f"<Imposta>{t}</Imposta></DatiRiepilogo>"
        for b, t in summary
    )
    return (
        f"<FatturaElettronicaBody><DatiGenerali><DatiGeneraliDocumento><TipoDocumento>{kind}</TipoDocumento>"
        f"<Divisa>EUR</Divisa><Data>{day}</Data><Numero>{number}</Numero>{extra_doc}{total_xml}"
        f"</DatiGeneraliDocumento>{linked}</DatiGenerali><DatiBeniServizi><DettaglioLinee>"
        f"<NumeroLinea>1</NumeroLinea><Descrizione>Sviluppo sito</Descrizione>"
        f"<PrezzoTotale>1000.00</PrezzoTotale><AliquotaIVA>22.00</AliquotaIVA></DettaglioLinee>{rows}"
        f"</DatiBeniServizi>{payments}</FatturaElettronicaBody>"
    )


def fattura_xml(
    *bodies: str,
    buyer: str = "<Denominazione>ACME S.r.l.</Denominazione>",
    pec: str | None = None,
    buyer_email: str | None = None,
    version: str = "FPR12",
) -> str:
    pec_xml = f"<PECDestinatario>{pec}</PECDestinatario>" if pec else ""
    contacts = f"<Contatti><Email>{buyer_email}</Email></Contatti>" if buyer_email else ""
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<p:FatturaElettronica xmlns:p="{NS}" versione="{version}"><FatturaElettronicaHeader>'
        f"<DatiTrasmissione><IdTrasmittente><IdPaese>IT</IdPaese><IdCodice>01234567890</IdCodice>"
        f"</IdTrasmittente><ProgressivoInvio>00001</ProgressivoInvio>"
        f"<FormatoTrasmissione>{version}</FormatoTrasmissione><CodiceDestinatario>0000000</CodiceDestinatario>"
        f"{pec_xml}</DatiTrasmissione>"
        f"<CedentePrestatore><DatiAnagrafici><IdFiscaleIVA><IdPaese>IT</IdPaese><IdCodice>01234567890"
        f"</IdCodice></IdFiscaleIVA><Anagrafica><Nome>Giulia</Nome><Cognome>Bianchi</Cognome></Anagrafica>"
        f"<RegimeFiscale>RF19</RegimeFiscale></DatiAnagrafici><Contatti><Email>giulia@studio.it</Email>"
        f"</Contatti></CedentePrestatore>"
        f"<CessionarioCommittente><DatiAnagrafici><IdFiscaleIVA><IdPaese>IT</IdPaese>"
        f"<IdCodice>09876543210</IdCodice></IdFiscaleIVA><Anagrafica>{buyer}</Anagrafica></DatiAnagrafici>"
        f"<Sede><Indirizzo>Via Roma 1</Indirizzo><CAP>20100</CAP><Comune>Milano</Comune>"
        f"<Nazione>IT</Nazione></Sede>{contacts}</CessionarioCommittente>"
        f"</FatturaElettronicaHeader>{''.join(bodies)}</p:FatturaElettronica>"
    )


def eur(v: str) -> Money:
    return Money.of(v, "EUR")


def read(xml: str, name: str = "IT01234567890_00001.xml") -> list[InvoiceFacts]:
    return read_attachment(name, "application/xml", xml.encode("utf-8"))


def test_a_plain_invoice() -> None:
    [inv] = read(fattura_xml(body(payments=payment("2026-12-02", "1220.00")), pec="acme@pec.it"))
    assert inv == InvoiceFacts(
        number="12/2026",
        issue_date=date(2026, 11, 2),
        due_date=date(2026, 12, 2),
        amount=eur("1220.00"),
        total=eur("1220.00"),
        client_email="acme@pec.it",
        client_name="ACME S.r.l.",
        source="fatturapa",
        client_pec="acme@pec.it",
        client_kind="company",  # a Denominazione
        client_country="IT",  # Sede/Nazione
    )


def test_ritenuta_makes_the_payment_smaller_than_the_total() -> None:
    ritenuta = (
        "<DatiRitenuta><TipoRitenuta>RT01</TipoRitenuta><ImportoRitenuta>200.00</ImportoRitenuta>"
        "<AliquotaRitenuta>20.00</AliquotaRitenuta><CausalePagamento>A</CausalePagamento></DatiRitenuta>"
    )
    [inv] = read(
        fattura_xml(body(kind="TD06", extra_doc=ritenuta, payments=payment("2026-12-02", "1020.00")))
    )
    assert (inv.amount, inv.total) == (eur("1020.00"), eur("1220.00"))
    # without payment data, the reader subtracts the withholding itself
    [inv] = read(fattura_xml(body(extra_doc=ritenuta)))
    assert (inv.amount, inv.total, inv.due_date) == (eur("1020.00"), eur("1220.00"), None)


def test_installments_follow_the_earliest_due_date() -> None:
    rate = (
        "<DatiPagamento><CondizioniPagamento>TP01</CondizioniPagamento>"
        "<DettaglioPagamento><ModalitaPagamento>MP05</ModalitaPagamento>"
        "<DataScadenzaPagamento>2027-01-02</DataScadenzaPagamento><ImportoPagamento>620.00</ImportoPagamento>"
        "</DettaglioPagamento><DettaglioPagamento><ModalitaPagamento>MP05</ModalitaPagamento>"
        "<DataScadenzaPagamento>2026-12-02</DataScadenzaPagamento><ImportoPagamento>600.00</ImportoPagamento>"
        "</DettaglioPagamento></DatiPagamento>"
    )
    [inv] = read(fattura_xml(body(payments=rate)))
    assert (inv.due_date, inv.amount, inv.total) == (date(2026, 12, 2), eur("600.00"), eur("1220.00"))


def test_due_date_from_reference_date_and_days() -> None:
    terms = (
        "<DatiPagamento><CondizioniPagamento>TP02</CondizioniPagamento><DettaglioPagamento>"
        "<ModalitaPagamento>MP05</ModalitaPagamento>"
        "<DataRiferimentoTerminiPagamento>2026-11-02</DataRiferimentoTerminiPagamento>"
        "<GiorniTerminiPagamento>60</GiorniTerminiPagamento><ImportoPagamento>1220.00</ImportoPagamento>"
        "</DettaglioPagamento></DatiPagamento>"
    )
    [inv] = read(fattura_xml(body(payments=terms)))
    assert inv.due_date == date(2027, 1, 1)


def test_a_batch_holds_several_invoices() -> None:
    facts = read(fattura_xml(body("1"), body("2", total="610.00")))
    assert [(f.number, f.total) for f in facts] == [("1", eur("1220.00")), ("2", eur("610.00"))]
    assert {f.client_name for f in facts} == {"ACME S.r.l."}


def test_total_from_the_summary_when_the_tool_leaves_it_out() -> None:
    [inv] = read(fattura_xml(body(total=None, summary=(("1000.00", "220.00"), ("100.00", "0.00")))))
    assert (inv.total, inv.amount) == (eur("1320.00"), eur("1320.00"))


def test_total_with_spaces_and_person_buyer() -> None:
    [inv] = read(
        fattura_xml(
            body(total=" 1220.00 "),
            buyer="<Nome>Mario</Nome><Cognome>Rossi</Cognome>",
            buyer_email="Mario.Rossi@Example.it",
        )
    )
    assert (inv.total, inv.client_name, inv.client_email) == (
        eur("1220.00"),
        "Mario Rossi",
        "mario.rossi@example.it",
    )
    assert inv.client_kind == "person"  # Nome and Cognome: greeted "Gentile Mario Rossi"


def test_credit_note_names_the_invoice_it_corrects() -> None:
    linked = "<DatiFattureCollegate><IdDocumento>12/2026</IdDocumento></DatiFattureCollegate>"
    [inv] = read(fattura_xml(body("NC1/2026", kind="TD04", linked=linked, total="122.00")))
    assert inv.is_credit_note and inv.references_invoice == "12/2026"
    assert inv.total == eur("122.00")
    [normal] = read(fattura_xml(body()))
    assert not normal.is_credit_note and normal.references_invoice is None


def test_declared_windows_1252_over_utf8_bytes_reads_as_utf8() -> None:
    xml = fattura_xml(body(), buyer="<Denominazione>Caffè MªF. S.r.l.</Denominazione>")
    xml = xml.replace('encoding="UTF-8"', 'encoding="windows-1252"')
    [inv] = read_attachment("f.xml", "", xml.encode("utf-8"))
    assert inv.client_name == "Caffè MªF. S.r.l."
    # and a real windows-1252 file still reads right
    [inv] = read_attachment("f.xml", "", xml.encode("cp1252"))
    assert inv.client_name == "Caffè MªF. S.r.l."


def test_simplified_invoice_fsm10() -> None:
    xml = (
        '<?xml version="1.0"?><p:FatturaElettronicaSemplificata xmlns:p="http://ivaservizi.agenziaentrate.gov.it'
        '/docs/xsd/fatture/v1.0" versione="FSM10"><FatturaElettronicaHeader><CessionarioCommittente>'
        "<IdentificativiFiscali><CodiceFiscale>RSSMRA80A01H501U</CodiceFiscale></IdentificativiFiscali>"
        "<AltriDatiIdentificativi><Nome>Mario</Nome><Cognome>Rossi</Cognome></AltriDatiIdentificativi>"
        "</CessionarioCommittente></FatturaElettronicaHeader><FatturaElettronicaBody><DatiGenerali>"
        "<DatiGeneraliDocumento><TipoDocumento>TD07</TipoDocumento><Divisa>EUR</Divisa><Data>2026-11-02</Data>"
        "<Numero>S-7</Numero></DatiGeneraliDocumento></DatiGenerali><DatiBeniServizi><Descrizione>A</Descrizione>"
        "<Importo>122.00</Importo></DatiBeniServizi><DatiBeniServizi><Descrizione>B</Descrizione>"
        "<Importo>61.00</Importo></DatiBeniServizi></FatturaElettronicaBody></p:FatturaElettronicaSemplificata>"
    )
    [inv] = read(xml)
    assert (inv.number, inv.total, inv.client_name) == ("S-7", eur("183.00"), "Mario Rossi")
    assert inv.client_kind == "person"


def test_other_xml_is_not_an_invoice() -> None:
    notice = (
        '<?xml version="1.0"?><types:NotificaMancataConsegna xmlns:types="http://www.fatturapa.gov.it/sdi/'
        'messaggi/v1.0"><IdentificativoSdI>1</IdentificativoSdI></types:NotificaMancataConsegna>'
    )
    assert read(notice, "IT01234567890_00001_MC_001.xml") == []
    assert read_attachment("daticert.xml", "application/xml", b"<postacert tipo='posta-certificata'/>") == []


def test_broken_fatturapa_is_a_clear_problem() -> None:
    xml = fattura_xml(body())[:-40]
    with pytest.raises(
        UnreadableInvoice, match=r"could not read IT01234567890_00001.xml: not well-formed XML"
    ):
        read(xml)
