"""The rules of law mailduns applies, one home each: which legal system a formal notice speaks in,
when its term ends, where it leaves the freelancer when that term passes unpaid, and whether the
debtor is a company or a person.

Why a module of its own: these are the places where mailduns stops being an assistant that writes
polite letters and starts producing legal acts. Each rule here is one a debt-recovery lawyer would
check, so each says which article it follows (docs/letters-review.md, section "2026-12-07", has the
reasoning). Pure: no I/O, no clock, no configuration — the callers pass the facts.

Legal systems are ISO 3166 country codes: "IT" (codice civile, D.Lgs. 231/2002), "ES" (Código
Civil, Ley 3/2004, LO 1/2025), "GB" (the Late Payment of Commercial Debts (Interest) Act 1998, which
extends to the whole United Kingdom) and "IE" (the European Communities (Late Payment in Commercial
Transactions) Regulations 2012, S.I. No. 580 of 2012). None means "not one of these": the letters
then use the generic wording of Directive 2011/7/EU, which every EU implementation shares.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Final

from mailduns.core.sending_calendar import public_holidays

__all__ = ["LAWS", "NEGOTIATION_DAYS", "NEXT_STEP_HINTS", "italian_calendar", "legal_system", "term_end"]

#: The legal systems mailduns knows the late-payment rules of.
LAWS: Final = frozenset({"IT", "ES", "GB", "IE"})

#: LO 1/2025 art. 10: a request to negotiate left without an answer for 30 calendar days from its
#: receipt counts as a negotiation attempted without agreement (what a Spanish claim must show).
NEGOTIATION_DAYS: Final = 30

#: Country codes written another way: the holidays package and people say "UK" for "GB".
_ALIASES: Final = {"UK": "GB", "EL": "GR"}


def _country(code: str | None) -> str | None:
    text = (code or "").strip().upper().partition("-")[0]
    text = _ALIASES.get(text, text)
    return text if len(text) == 2 and text.isalpha() else None


def governing_law(law: str | None, client_country: str | None, owner_holidays: str = "") -> str | None:
    """The legal system of a client's late-payment rules (interest, fixed sum, the act the letters
    name): `law` (`[clients."…"] law`: the law the contract chose), else the owner's (the country of
    `[sending] holidays`), else the client's country (`[clients."…"] country`, else the e-invoice's
    buyer address) when the owner's is not known. Only IT, ES, GB and IE have rules of their own here;
    any other country gives None, and the letters use the Directive's wording, true under every EU law.

    Why the owner's country first: a freelancer's services contract without a choice of law is
    governed by the law of the provider's habitual residence (Rome I, Reg. 593/2008, art. 4(1)(b); the
    UK kept the same rule in retained law), and the UK Act applies only to contracts governed by UK law
    (s. 12). An Italian freelancer's UK client owes D.Lgs. 231/2002 interest and the €40, not the
    Act's £70; a contract that chose the client's law says so with `law = "GB"`.
    docs/letters-review.md (2026-12-07) has the reasoning."""
    for code in (_country(law), _country(owner_holidays), _country(client_country)):
        if code is not None:
            return code if code in LAWS else None
    return None


#: The language a notice is written in tells its legal system when nothing else does: the Italian
#: notice cites the codice civile, the Spanish one the Código Civil and LO 1/2025.
_BY_LANGUAGE: Final = {"it": "IT", "es": "ES"}


def legal_system(law: str | None, language: str | None) -> str | None:
    """The legal system a notice (or a letter) speaks in: the law found for the client when mailduns
    knows its rules, else the one the notice's language implies (Italian → IT, Spanish → ES), else
    None (English without a known law: the Directive's generic wording)."""
    if law is not None and law.upper() in LAWS:
        return law.upper()
    return _BY_LANGUAGE.get((language or "").lower())


#: What usually comes after a formal notice left unanswered, by legal system: the catalogue key of
#: the hint the freelancer reads (in their own language) when the notice's term has passed.
#: IT: ricorso per decreto ingiuntivo (artt. 633 ss. c.p.c.), with the evidence pack;
#: ES: procedimiento monitorio (arts. 812 ss. LEC), the MASC attempt of LO 1/2025 documented;
#: GB: a claim (small claims track up to £10,000) after a letter before claim (Practice Direction
#:     – Pre-Action Conduct; for individuals the Pre-Action Protocol for Debt Claims);
#: IE: the District Court's small claims procedure, or a solicitor;
#: None: a lawyer; across EU borders the European order for payment (Reg. 1896/2006) and the
#:     European small claims procedure (Reg. 861/2007).
NEXT_STEP_HINTS: Final[dict[str | None, str]] = {
    "IT": "hint.formal_over_it",
    "ES": "hint.formal_over_es",
    "GB": "hint.formal_over_gb",
    "IE": "hint.formal_over_ie",
    None: "hint.formal_over_eu",
}


def italian_calendar(holidays: str) -> str:
    """The public holidays that decide an Italian term: the owner's, when `[sending] holidays`
    names Italy or an Italian province ("IT-MI" adds Sant'Ambrogio), else the national ones. The
    owner's, because a money debt is paid at the creditor's domicile (art. 1182, co. 3 c.c.)."""
    code = holidays.strip().upper()
    return code if code == "IT" or code.startswith("IT-") else "IT"


def term_end(start: date, days: int, system: str | None, holidays: str = "") -> date:
    """The last day of a term of `days` days that starts on `start` (the day of receipt, or of
    posting, which does not count: dies a quo non computatur).

    * IT: art. 2963 c.c. (to which art. 1187 c.c. sends the terms for performing an obligation):
      the starting day does not count, the term ends at the end of its last day, and "se il termine
      scade in giorno festivo, è prorogato di diritto al giorno seguente non festivo". Sundays and
      public holidays are festivi (L. 260/1949); Saturday is not (the Saturday rule of art. 155,
      co. 5 c.p.c. is for procedural acts only). So a term ending on a Sunday or a public holiday
      ends on the next day that is neither — possibly a Saturday. `holidays` is `[sending]
      holidays`; see `italian_calendar` for which calendar counts.
    * ES: art. 5 Código Civil: the starting day does not count, and "en el cómputo civil de los
      plazos no se excluyen los días inhábiles" — no moving off Sundays or holidays.
    * GB, IE and the rest: a contractual term counted in days, the day of the event excluded;
      nothing moves it off a weekend or a bank holiday (the court rules that do, CPR 2.8 or the
      Irish Interpretation Act 2005, are for procedural periods and statutes, not for a demand).
    """
    end = start + timedelta(days=days)
    if system != "IT":
        return end
    calendar = italian_calendar(holidays)
    while end.weekday() == 6 or end in public_holidays(calendar, end.year):
        end += timedelta(days=1)
    return end


# -- company or person ------------------------------------------------------------------------------
#: What a client can be: a letter greets a company ("Spett.le ACME srl", "Estimados señores:", "Dear
#: Accounts Team,") and a person ("Gentile Laura Bianchi", "Estimada Sra. López:", "Dear Ms Lopez,")
#: differently.
KINDS: Final = ("company", "person")

#: Legal forms, written without dots and in lower case: a name that carries one is a company.
#: Italy (srl, spa, snc, sas, …), Spain (SL, SA, SLU, S. Coop., CB, …), the UK and Ireland (Ltd, LLP,
#: plc, DAC, CLG, …), and the forms an Italian or Spanish freelancer's foreign clients carry
#: (GmbH, AG, BV, NV, SARL, …).
_LEGAL_FORMS: Final = frozenset(
    """srl srls spa snc sas sapa sss scarl scrl scpa scs coop
    sl slu sll slp slne sa sau sal sc scp scoop scoopand sccl cb aie ute
    ltd limited llp lp llc inc incorporated corp corporation plc cic cio dac clg uc ulc teo teoranta
    cyf cyfyngedig gmbh ag kg ohg ug ev eg bv nv vof sarl sàrl eurl sasu sprl bvba srl lda ltda
    ab oy oyj asa aps sro kft zrt doo""".split()
)
#: Words only an organisation has in its name (a public body, a firm, an office).
_ORGANISATION_WORDS: Final = frozenset(
    """& studio ufficio amministrazione contabilità contabilita comune provincia regione ministero
    istituto scuola università universita azienda agenzia associazione fondazione ente onlus ets odv
    asd ssd consorzio cooperativa società societa ditta impresa fratelli figli gruppo
    ayuntamiento ajuntament concello diputación diputacion consejería consejeria conselleria ministerio
    universidad universitat fundación fundacion fundació asociación asociacion associació federación
    federacion consorcio colegio comunidad instituto club grupo editorial agencia estudio academia
    escuela clínica clinica hotel restaurante sociedad limitada anónima anonima hermanos
    group agency team company council university ministry association foundation trust partners
    associates accounts administración administracion contabilidad office department dept holdings""".split()
)
#: Titles before a person's name ("Sig.ra Bianchi", "Dott. Rossi", "Sra. López", "Ms Lopez").
_TITLES: Final = frozenset(
    """sig sigra sigg signor signora dott dottssa dr dra avv ing arch geom rag prof profssa
    sr sra srta don doña dña dª mr mrs ms miss mx""".split()
)


def party_kind(name: str | None) -> str | None:
    """ "company" or "person" from a name as an invoice or the config writes it; None without a usable
    name (none at all, or an e-mail address). A legal form anywhere ("ACME S.r.l.", "Hermanos García,
    S.L.", "Smith & Jones Ltd") or a word only an organisation has ("Studio Legale Bianchi",
    "Ayuntamiento de …", "Accounts Department") makes a company; anything else is a person — a
    trading name without either ("Jane Doe Design") is most often a sole trader, greeted by name.
    The client's `kind` in the config, or the e-invoice (FatturaPA Denominazione or Nome/Cognome,
    Facturae LegalEntity or Individual), wins over this guess."""
    if not name or "@" in name or not name.strip():
        return None
    raw = re.split(r"[\s,()'’/]+", name.lower().replace("&", " & ").replace("-", " "))
    words = [w.replace(".", "") for w in raw if w.replace(".", "")]
    # "S. L." is "SL" and "S. Coop." is "SCoop": a letter written alone is joined to what follows
    joined: list[str] = []
    for w in words:
        if joined and len(joined[-1]) == 1:
            joined[-1] += w
        else:
            joined.append(w)
    if any(w in _LEGAL_FORMS or w in _ORGANISATION_WORDS for w in (*words, *joined)):
        return "company"
    return "person"
