"""The rules of law mailduns applies, one home each: which legal system a formal notice speaks in, and
where it leaves the freelancer when its term passes unpaid.

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

from datetime import date, timedelta
from typing import Final

from mailduns.core.sending_calendar import public_holidays

__all__ = ["LAWS", "NEGOTIATION_DAYS", "NEXT_STEP_HINTS", "italian_calendar", "legal_system", "term_end"]

#: The legal systems mailduns knows the late-payment rules of.
LAWS: Final = frozenset({"IT", "ES", "GB", "IE"})

#: LO 1/2025 art. 10: a request to negotiate left without an answer for 30 calendar days from its
#: receipt counts as a negotiation attempted without agreement (what a Spanish claim must show).
NEGOTIATION_DAYS: Final = 30

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
