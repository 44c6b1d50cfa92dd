"""The facts a client's reply states beside its intent: the amount paid or promised, and the invoice named.

Why apart from the intent: the intent decides what the engine does (stop, snooze, hold), the facts say
with what (a partial payment, which invoice).  Both are read from the client's own words only, and both
follow one rule: what the text states, never a guess.

* **Amount**: the figure next to the words of paying ("bonifico fatto, 1.073,60 euro", "the remaining €800
  will go out", "te he hecho un bizum de 181,50"), not the invoice's total the client quotes, nor a figure in
  another sentence ("abbiamo 80 euro sul conto").  A figure written without a currency counts only when it
  is shaped like money (decimals, thousands: "1.220 partiti") or is an amount the thread states with one
  ("ti pago lunedì i 244" under an invoice of 244,00 €).
* **Reference**: the invoice the client names, in the thread's own spelling: "la 39", "FT 39 2026",
  "n.39/26", "Fatt. 39" become "39/2026" when the thread writes 39/2026; "2026-042" becomes "INV-2026-042";
  "la 2026/10" stays 2026/10 when that is how the thread writes it.  Dates ("valuta 30/10/2026"), laws
  ("D.Lgs. 196/2003") and order or wire numbers ("PO-2027-031", "FT26351987452") are not invoices.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from mailduns.core.money import Money
from mailduns.reading import fastre
from mailduns.reading.dates import fold
from mailduns.reading.numbers import (
    AmountMatch,
    currency_in,
    find_amounts,
    has_currency,
    mask_dates,
    spelled_sums,
)

# --------------------------------------------------------------------------------------------------
# amounts
# --------------------------------------------------------------------------------------------------

# Words of paying (folded text): verbs, payment nouns, money going out, and the words that name the sum
# ("l'importo", "the rest", "el monto").  An amount counts only in a sentence that has one.
_PAYING_RE = re.compile(
    r"\b(?:pag(?!in|ader|abil)\w*|sald\w*|bonific\w*|versa\w*|versat\w*|transf\w*|abon\w*|ingres\w*|pa(?:y|id|ying|yments?|ys)\b|"
    r"wir(?:e|ed|ing)\b|settl\w*|remit\w*|bizum\w*|liquid\w*|partit[oiae]|partono|parte|sent\b|send(?:ing)?\b|"
    r"gone\b|went\b|go(?:es|ing)?\s+out|sal(?:io|e|en|dra|dran)\b|releas\w*|funds?\b|money|"
    r"soldi|dinero|importe|importo|amount|monto|rest[oe]?\b|restante|remaining|remainder|balance|acconto|anticipo|"
    r"deposit|giro\b|efectu\w*|effettu\w*|esegu\w*|execut\w*|fatto\b|done\b|hech[oa]\b|realizad[oa]\b|"
    r"process\w*|procesad\w*|tramitad\w*|assegn[oi]\b|cheques?\b|checks?\b|contanti|efectivo|cash\b|"
    # sending and handing over, the money their object ("ti ho mandato 280 €", "te li mando lunedì", "los 120 € en
    # mano", "i 280 li ho lasciati a tuo fratello", "handed Tom the 150")
    r"mand(?:at[oiae]|o|iamo|ato|e|é|amos|ar[eé]|aremo|er[oò])\b|inviat[oiae]|invio\b|inviamo|envi(?:é|e|amos|ado|o)\b|"
    r"lasciat[oiae]|dej(?:é|e|ado|amos)\b|left\b|hand(?:ed)?\b|gave\b|dat[oi]\s+a\b|en\s+mano|in\s+mano|"
    # Colombian "le consigné"; a payment run that took it ("INV-2026-131 (€1,230.00) was included in Tuesday's EFT run")
    r"consign(?:e|é|o|ó|amos|aron|aste|ado|ada|ar|aré|aremos)\b|(?:includ|inclu[si]|incluid|inserit|mess)\w*\s+(?:in|nel|nella|nei|en|con|with)\s+(?:\S+\s+){0,3}?"
    r"(?:run|batch|payments?|pagamento|pagamenti|distinta|remesa|pagos|bacs|eft))"
)
# "It was £420 from Patel's Chemist Ltd." right after a sentence about paying: the sum paid
_IT_WAS_RE = re.compile(
    r"^\W*(?:(?:it|that|this)\s+was|era|eran|fue|fueron|erano|sono\s+stati)\s+[€$£]?\s?\d[\d.,]*(?![\d.,])"
    r"(?!\s*(?:€|\$|£|eur\w*)?\s*(?:less|more|cheaper|higher|lower|menos|mas|meno|piu|than|de\s+mas|in\s+piu)\b)"
)
# In a dispute the figures are mostly the contested ones (the invoice's, the quote's, a rate): only one right
# next to a verb of paying that is not negated is what the client pays ("we're happy to pay for those
# (€2,250)", "le pago l'80%... però solo 500 euro"); a payment made "already" is the contestation's argument.
_DISPUTE_PAYING_RE = re.compile(
    r"\b(?:pag(?!amento|amenti|os?\b|in|ader|abil)\w*|(?:\b(?:le|lo|la|te|ti|vi|gli|os|ve|ce|me)\s)pago\b|pagh\w*|sald(?!o\b)\w*|bonifico\s+(?:fatto|partito|eseguito)|versa\w*|"
    r"abon\w*|transfer(?:ir|iremos|imos|ido|ire)\b|pa(?:y|id|ying|ys)\b|wir(?:e|ed)\b|settl\w*|remit\w*|"
    r"(?:can|will|ll|to|could)\s+approve|approvo|approviamo|aprobamos|apruebo|"
    # the sum the client holds right: "it should be £400", "el importe correcto serían 1.200 €", "200 te li do"
    r"should\s+(?:be|have\s+been)|ought\s+to\s+be|dovrebbe(?:ro)?\s+essere|deberia(?:n)?\s+(?:ser|haber\s+sido)|"
    r"serian?\b|(?:importe|importo|amount|cifra|total[e]?)\s+(?:correct\w*|corrett\w*|giust\w*|right|real)|"
    r"(?:te|ti|ve|vi)\s+(?:los?|las?|li|le)\s+(?:doy|do|damos|diamo)|liquidar\w*|"
    r"(?:disposto|effettuato|fatto|dispuesto|realizado|made|sent)\s+(?:il\s+|el\s+|the\s+|a\s+)?(?:pagamento|pago|payment|bonifico|transferencia)|"
    r"(?:bonifico|transferencia|transfer|payment|pagamento|pago)\s+(?:di|de|of|for)\b|"
    # the part paid now, said with the money sent ("le abbiamo bonificato stamattina 976,00 €", "I've sent £750")
    r"bonificat\w*|(?:i'?ve|we'?ve|i\s+have|we\s+have|we|i)\s+(?:just\s+)?(?:sent|wired|transferred|paid|released)|"
    r"(?:ho|abbiamo)\s+(?:appena\s+)?(?:mandato|inviato|versato)|hemos\s+(?:enviado|transferido|ingresado|abonado))"
)
_DISPUTE_REACH = 50  # characters between the verb and the figure
_BALANCE_RE = re.compile(
    r"\b(?:the\s+(?:balance|rest|remainder|remaining)|il\s+(?:saldo|resto|rimanente)|i\s+restanti|gli\s+altri|"
    r"el\s+(?:saldo|resto)|lo\s+restante|los\s+otros|la\s+otra\s+mitad|l'altra\s+meta|the\s+other\s+half)\b"
)
# an invoice contested as a copy of one already billed: the figures it names are the other invoice's
_DUPLICATE_RE = re.compile(
    r"\b(?:doppione|duplicat\w*|duplicad\w*|gia\s+(?:fatturat\w*|pagat\w*\s+con\s+la)|already\s+billed|billed\s+(?:us\s+)?twice|"
    r"ya\s+nos\s+la\s+cobraste|ya\s+(?:nos\s+)?(?:la\s+)?(?:facturaste|cobrada)|la\s+misma\s+que|lo\s+stesso\s+lavoro\s+due\s+volte)\b"
)
_ALREADY_RE = re.compile(r"\b(?:already|gia|ya|previously|before|earlier)\s+(?:\w+\s+){0,2}$")
_NEGATED_PAY_RE = re.compile(
    r"\b(?:non|not|no|never|mai|nunca|won't|can't|cannot|don't|didn't|haven't|hasn't|todavia\s+no)\s+"
    r"(?:\w+\s+){0,2}$"
)
# a limit, not a sum paid: "any spend over $1,000", "sopra i 1.500 euro serve la delibera", "más de 3.000 €"
_THRESHOLD_BEFORE_RE = re.compile(
    r"\b(?:over|above|exceeding|more\s+than|less\s+than|under|below|up\s+to|sopra|oltre|superiori?\s+a|"
    r"più\s+di|piu\s+di|fino\s+a|inferiori?\s+a|mas\s+de|menos\s+de|hasta|superiores?\s+a)\s+(?:i\s+|the\s+|los\s+)?$"
)
# a payment or an invoice "over" a sum, as German writers put "über": the sum, not a limit ("any spend over")
_OVER_AMOUNT_RE = re.compile(
    r"\b(?:payment|transfer|remittance)\b(?:(?!\b(?:any|all|each|every|spend\w*|orders?)\b)[^.;]){0,45}"
    r"\bover\s+$"
)
# the tax kept back, not the sum paid: "al netto della ritenuta d'acconto del 20% (€ 122,00)", "l'IVA di €
# 264,00 è versata dall'ente", "IRPF retenido: 150 €"
_TAX_BEFORE_RE = re.compile(
    r"\b(?:iva|vat|ritenut\w*|withholding|irpf|retenci\w*|retenid\w*|f24|imposta|impuesto|tax)\b[^.;€$£]{0,28}$"
)
# a bare number that is something else: an invoice ("fattura 100", "la 39"), a count of hours or days, a rate
_NOT_MONEY_BEFORE_RE = re.compile(
    r"(?:\b(?:fattur[ae]|factura|invoice|inv|fatt|ft|fra|n|nr|no|num|numero|la|the|el|il|#|ore|hours|horas)\.?\s*"
    r"[º°#:]?\s*|[/\-])$"
)
_NOT_MONEY_AFTER_RE = re.compile(
    r"^\s*(?:%|x\b|ore\b|hours?\b|horas?\b|h\b|giorni|days?\b|dias?\b|gg\b|mesi|months?\b|meses|settiman|weeks?\b|"
    r"semanas?|anni|years?\b|anos?\b|pz|pcs|copie|copies|pagine|pages|cartelle|[/\-]\d)"
)
_MONEY_SHAPE_RE = re.compile(r"^\d{1,3}(?:[.,'\u2019\u00a0 ]\d{3})+(?:[.,]\d{1,2})?$|^\d+[.,]\d{2}$")
# "30.11", "22.12." written as day.month: a date, not a sum, unless the thread names that sum
_DAY_MONTH_SHAPE_RE = re.compile(r"^(?:[0-2]?\d|3[01])[.](?:0?[1-9]|1[0-2])$")
_DM_DOTS_RE = re.compile(r"(?<![\d.,])(?:[0-2]?\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?!\d)")
# a bare figure that is a sum by the words before it: "bonifico di 610", "paid the 2k", "ok per 1000", "giro
# por valor de 2000", "transfer of 450" (folded text)
_SUM_BEFORE_RE = re.compile(
    r"\b(?:(?:bonifico|transferencia|transfer|payment|pagamento|pago|giro|importo|importe|amount|valor|valore|"
    r"versamento|ingreso)\s+(?:di|de|of|for|por|per)|ok\s+(?:per|por|for)|(?:paid|pagat[oi]|pagado|sent|mandat[oi]|"
    r"enviado|transferit[oi]|transferido)\s+(?:the\s+|i\s+|los\s+)?|"
    # the part still owed, named as a sum: "the other 800", "the remaining 450", "los otros 200", "gli altri 300"
    r"the\s+(?:other|remaining|last|outstanding)|(?:los|las)\s+otr[oa]s|gli\s+altri|le\s+altre)\s*$"
)
# the sum line of a remittance written under "Payment made today. Remittance below." ("Total €1,845.00")
_TOTAL_LINE_RE = re.compile(r"\s*(?:total\w*|importe\s+total|importo\s+totale|amount\s+paid|total\s+paid)\b")
_YEAR_SHAPE_RE = re.compile(r"^(?:19|20)\d\d$")
_CURRENCY_WORD_NEAR_RE = re.compile(r"\b(?:euros?|eur|dollars?|dolares|dollari|pounds|libras|sterline)\b")


def _sentences(text: str) -> list[str]:
    from mailduns.reading.intent import _sentences as split

    return split(text)


def _mask(folded: str) -> str:
    masked = mask_dates(folded)
    return _DM_DOTS_RE.sub(lambda m: " " * len(m.group(0)), masked)


def paid_amount(
    text: str, context: str = "", *, dispute: bool = False, promise: bool = False
) -> Money | None:
    """The amount the client's own text (`text`) says was paid or will be paid.

    The first sentence with a word of paying and an amount gives it: the amount nearest to such a word (a
    figure with a currency before a bare one).  `context` (the subject and the whole message, quoted
    original included) tells which bare figures are the thread's amounts.  An amount written as a sentence
    of its own right after one about paying ("Money's gone out. €2,750.") belongs to it.  In a dispute
    (`dispute`) only a figure right next to a verb of paying counts.
    """
    text = spelled_sums(text)  # "ho fatto il bonifico di milleduecento euro"
    if not _DIGIT_RE.search(text):
        return None  # (most replies name no figure at all: nothing to mask, split or weigh)
    thread = _Thread(context)
    if promise:
        # a part paid and the balance promised: the promise's amount is the balance ("Ya te abonamos 688 €. El
        # saldo pendiente, 1.452 €, te lo transferimos el lunes"; "the balance of £1,500 will follow")
        for sentence in _sentences(text[:4_000]):
            balance = _BALANCE_RE.search(fold(sentence))
            if balance is None or not _DIGIT_RE.search(sentence):
                continue
            rest = sentence[balance.start() :]  # (fold keeps a Latin text's length)
            said = paid_amount(rest, context)
            if said is not None:
                return said
            after = [a for a in find_amounts(_mask(fold(rest))) if a.currency]
            if after:
                return Money(after[0].value, after[0].currency or "EUR")
    if dispute and _DUPLICATE_RE.search(fold(text)):
        return (
            None  # "a duplicate of 26/2026, same amount of 488,00 €, which we paid": the other invoice's sum
        )
    if dispute:
        accepted = _accepted_sum(text, context)
        if accepted is not None:
            return accepted
    paying_re = _DISPUTE_PAYING_RE if dispute else _PAYING_RE
    after_paying = False
    for sentence in _sentences(text[:4_000]):
        folded = fold(sentence)
        pays = [
            m
            for m in paying_re.finditer(folded)
            if not _NEGATED_PAY_RE.search(folded[: m.start()])
            and not (dispute and _ALREADY_RE.search(folded[max(0, m.start() - 30) : m.start()]))
        ]
        if not _DIGIT_RE.search(folded) or not (pays or after_paying):
            after_paying = bool(pays)
            continue
        masked = _mask(folded)
        if not pays:
            if (
                after_paying
                and not dispute
                and (
                    len(re.findall(r"[^\W\d_]+", folded)) <= 3
                    or _TOTAL_LINE_RE.match(folded)
                    or _IT_WAS_RE.match(folded)
                )
            ):
                alone = [m for m in (_money(a, masked, thread, sentence) for a in find_amounts(masked)) if m]
                if len(alone) == 1:
                    return alone[0]
            # a remittance's rows under "Remittance below." keep the sum line that closes them in reach
            after_paying = after_paying and not dispute and has_currency(sentence)
            continue
        after_paying = True
        found: list[_Candidate] = []
        for order, a in enumerate(find_amounts(masked)):
            money = _money(a, masked, thread, sentence)
            if money is None:
                continue
            distance = min(max(m.start() - a.end, a.start - m.end(), 0) for m in pays)
            if dispute and distance > _DISPUTE_REACH:
                continue
            found.append(_Candidate(distance, a.currency is None, order, money))
        if found:
            with_currency = [c for c in found if not c.bare] or found
            return min(with_currency, key=lambda c: (c.distance, c.order)).money
    if not dispute and not promise:
        return _lone_sum(text, thread)
    return None


def _lone_sum(text: str, thread: _Thread) -> Money | None:
    """The one sum a short paid reply writes, away from its words of paying ("fatto. 1500 come d'accordo"; "This is
    already done since last week. Let me check... yes, Thursday 19 November, £640,00 to your account")."""
    if len(text) > 600 or len(re.findall(r"[^\W\d_]+", text)) > 40:
        return None
    sums: set[Money] = set()
    for sentence in _sentences(text):
        folded = fold(sentence)
        if (
            not _DIGIT_RE.search(folded)
            or "?" in sentence
            or _HOLDING_RE.search(folded)
            or re.search(r"\b(?:non|no|not|never|nunca|mai|ancora|yet|todavia|aun)\b|n't\b", folded)
            # a sum compared or itemised, not paid: "it was €420 less than April's", "3 extra hours (€300)"
            or re.search(r"\b(?:less|more|meno|piu|menos|mas|extra|includ\w*|inclu\w*|differen\w*)\b", folded)
            # a bank's fee or charge beside it: "commissione bancaria di 1,50 € a mio carico"
            or re.search(r"\b(?:commission\w*|comision\w*|fees?|spese|gastos|charges?|costo|coste)\b", folded)
        ):
            continue  # ("Abbiamo 80 euro sul conto. Riusciamo a saldarti entro il 15?": what they hold, not paid)
        masked = _mask(folded)
        known = [a for a in find_amounts(masked) if a.currency is not None or thread.get(a.value) is not None]
        sums |= {m for m in (_money(a, masked, thread, sentence) for a in known) if m}
    return next(iter(sums)) if len(sums) == 1 else None


_HOLDING_RE = re.compile(
    r"\b(?:abbiamo|ho|ci\s+restano|mi\s+restano|tenemos|tengo|nos\s+quedan|me\s+quedan|we\s+have|i\s+have|we've\s+got|"
    r"i've\s+got)\s+(?:solo\s+|only\s+|solo\s+|just\s+)?(?:[$€£]\s?)?\d"
)


_DIGIT_RE = re.compile(r"\d")
# in a dispute, the sum the client holds right set against the invoice's: "£960 instead of £1,200", "that's $2,460, not
# $2,880", "800 e non 1.100", "1.200 en vez de 1.452"
_INSTEAD_RE = re.compile(
    r"\s*(?:,\s*)?(?:instead\s+of|rather\s+than|and\s+not|not|invece\s+(?:di|dei|che)|anziche|e\s+non|non|en\s+vez\s+de|"
    r"en\s+lugar\s+de|y\s+no|no)\s+(?:(?:the|i|los|las|gli|le)\s+)?(?=[$€£]?\s?\d)"
)
# the sum a corrected invoice should state, or the most offered: "nueva factura sin IVA por 2,000.00 EUR", "reissue it
# for £1,800", "lo máximo que te puedo ofrecer es la mitad, 605 €"
_ACCEPTED_BEFORE_RE = re.compile(
    r"\b(?:(?:nuova|new|nueva|updated|corrected|revised)\s+(?:\w+\s+){0,3}(?:fattura|invoice|factura)|reissue\w*|"
    r"rifa(?:re|i|te)\s+la\s+fattura|ofrecer|offrir\w*|offer(?:ing)?|offro|ofrezco|ofrecemos|offriamo)\b[^.!?\n]{0,40}$"
)


_BILLED_BEFORE_RE = re.compile(
    r"\b(?:fatturat\w*|addebitat\w*|cobrad[oa]s?|facturad[oa]s?|charged|billed|invoiced|says|dice|pone|pide|chiede|"
    r"asks?\s+for|avete\s+messo|habeis\s+puesto)\b[^.!?]{0,25}$"
)


def _accepted_sum(text: str, context: str) -> Money | None:
    """The sum a disputing client accepts, set against the invoice's or asked of a corrected invoice."""
    thread = _Thread(context)
    for sentence in _sentences(text[:4_000]):
        if not _DIGIT_RE.search(sentence):
            continue
        folded = fold(sentence)
        masked = _mask(folded)
        found = find_amounts(masked)
        for k, a in enumerate(found):
            after = _INSTEAD_RE.match(masked, a.end)
            if a.currency is None and thread.get(a.value) is None:
                continue  # "the source count was 8,200, not 9,600": words, not money
            if after is not None and k + 1 < len(found) and found[k + 1].start <= after.end() + 2:
                # "ci avete fatturato 1.452 € invece di 1.200 €": the invoice's sum first, the accepted one after
                billed = _BILLED_BEFORE_RE.search(masked[max(0, a.start - 40) : a.start])
                pick = found[k + 1] if billed else a
                money = _money(pick, masked, thread, sentence)
                if money is not None and found[k + 1].value != a.value:
                    return money
            lead = _ACCEPTED_BEFORE_RE.search(masked[max(0, a.start - 80) : a.start])
            if lead is not None and not re.search(
                r"\b(?:without|senza|sin|minus|meno|menos)\b", lead.group()
            ):
                money = _money(a, masked, thread, sentence)
                if money is not None:
                    return money
    return None


class _Thread:
    """The sums the thread writes with a currency, read only when a bare figure needs them (the context is
    the whole message: masking its dates is the dearest step here)."""

    def __init__(self, context: str) -> None:
        self._context = context
        self._amounts: dict[Decimal, str] | None = None

    def get(self, value: Decimal) -> str | None:
        if self._amounts is None:
            self._amounts = {}
            for a in find_amounts(mask_dates(self._context)) if has_currency(self._context) else ():
                if a.currency:
                    self._amounts.setdefault(a.value, a.currency)
        return self._amounts.get(value)


@dataclass(frozen=True)
class _Candidate:
    distance: int
    bare: bool
    order: int
    money: Money


_THOUSANDS_AFTER_RE = re.compile(r"\s*(?:mila|mil|thousand|grand|million|milioni|millones|mln|k)\b")


_FEE_AFTER_RE = re.compile(
    r"\s*(?:di|de|of|in|per|por|for)\s+(?:indenniz\w*|indennit\w*|indemnizaci\w*|compensaci\w*|compensation|"
    r"interess\w*|intereses|interest|spese\s+di\s+recupero|costes\s+de\s+cobro|recovery\s+costs?|late\s+fees?)"
)


def _money(a: AmountMatch, masked: str, thread: _Thread, sentence: str) -> Money | None:
    limit = _THRESHOLD_BEFORE_RE.search(masked[max(0, a.start - 20) : a.start])
    if limit is not None and _OVER_AMOUNT_RE.search(masked[max(0, a.start - 60) : a.start]):
        limit = (
            None  # "the payment of your invoice 38/2026 over 2.440,00 EUR" (German "über"): the sum itself
        )
    if limit is not None or _TAX_BEFORE_RE.search(masked[max(0, a.start - 30) : a.start]):
        return None
    if _FEE_AFTER_RE.match(masked, a.end):
        return None  # "los 40 € de indemnización no los voy a pagar": the charge refused, not a sum paid
    if _THOUSANDS_AFTER_RE.match(masked[a.end : a.end + 14]):
        return None  # "38 mila euro", "40 mil", "9k": a sum in words we do not restate (and seldom the invoice's)
    if a.currency is not None:
        return Money(a.value, a.currency)
    number = masked[a.start : a.end].strip()
    if (
        number[-1:] in ("k", "K")
        and 100 <= a.value < 10_000_000
        and not re.match(r"\s*(?:\+|piu|plus|mas)\s*(?:iva|vat)\b", masked[a.end : a.end + 12])
    ):
        # "the 1.2k", "1,5k": thousands written short are a sum, never a day or a count
        known = thread.get(a.value)
        near = masked[max(0, a.start - 30) : a.end + 30]
        return Money(a.value, known or currency_in(near) or currency_in(sentence) or "EUR")
    if _NOT_MONEY_BEFORE_RE.search(masked[max(0, a.start - 14) : a.start]) or _NOT_MONEY_AFTER_RE.match(
        masked[a.end : a.end + 12]
    ):
        return None
    known = thread.get(a.value)
    if known is not None:
        return Money(a.value, known)
    near = masked[max(0, a.start - 30) : a.end + 30]
    if _DAY_MONTH_SHAPE_RE.match(number) and not _CURRENCY_WORD_NEAR_RE.search(near):
        return None
    if (
        _MONEY_SHAPE_RE.match(number)
        or _CURRENCY_WORD_NEAR_RE.search(near)
        or (
            _SUM_BEFORE_RE.search(masked[max(0, a.start - 30) : a.start])
            and not _YEAR_SHAPE_RE.match(number)
            and a.value >= 10  # "non mi ha ancora pagato 3 SAL": a count
        )
    ):
        if a.value <= 0 or a.value >= 10_000_000:
            return None
        return Money(a.value, currency_in(near) or currency_in(sentence) or "EUR")
    return None


# --------------------------------------------------------------------------------------------------
# references
# --------------------------------------------------------------------------------------------------

# An invoice number with its year, as written: "12/2026", "2026/10", "2026-7", "INV-2026-042", "FPA 3/2026",
# "R-2027/2", "n.39/26" (the year in two digits only after a word that names an invoice)
_FULL_RE = re.compile(
    r"(?<![\w/.\-])(?P<pre>[A-Z]{1,5}-|(?-i:[A-Z]{2,5})\s)?(?P<a>\d{1,4})\s?(?P<sep>[/\-])\s?(?P<b>\d{1,4})"
    r"(?![\w/\-]|[.,]\d)",
    re.IGNORECASE,
)
# the words that name an invoice before its number: "fattura 39", "la 39", "FT 39 2026", "n. 39"
_KEY = (
    r"(?:\b(?:fattur[ae]|factura|invoice|inv|fatt|fact|fra|ft|fpa|n|nr|no|num|numero|nro|la|della|alla|dalla|"
    r"nella|de\s+la)|#)"
)
_KEYED_RE = re.compile(
    rf"{_KEY}\.?\s*[º°#:]?\s*(?:n\.?\s*[º°]?\s*)?(?P<n>\d{{1,4}})(?:\s*(?P<sep>[/\-.]|\s|\s+anno\s+)\s*"
    r"(?P<y>\d{4}|\d{2}))?(?![\w/\-]|[.,]\d)",
    re.IGNORECASE,
)
_KEYED_YEAR_FIRST_RE = re.compile(
    r"\b(?:fattur[ae]|factura|invoice|inv|fatt|fact|fra|ft|fpa)\.?\s*[º°#:]?\s*(?P<y>20\d\d)\s+(?P<n>\d{1,4})"
    r"(?![\w/\-]|[.,]\d)",
    re.IGNORECASE,
)
_ARTICLE_KEY_RE = re.compile(r"(?:la|della|alla|dalla|nella|de\s+la)\s", re.IGNORECASE)
_INVOICE_KEY_RE = re.compile(
    r"(?:fattur[ae]|factura|invoice|inv|fatt|fact|fra|ft|fpa)\.?\s*[º°#:]?\s*$", re.IGNORECASE
)
INVOICE_PREFIXES = frozenset({"inv", "ft", "fat", "fatt", "fra", "fac", "fact", "fpa", "f", "r", "fe"})
_NOT_PREFIX = frozenset(
    {
        "n",
        "nr",
        "no",
        "num",
        "nro",
        "ref",
        "rif",
        "iva",
        "vat",
        "cro",
        "abi",
        "cab",
        "art",
        "la",
        "il",
        "el",
        "de",
        "del",
        "di",
        "da",
        "al",
        "the",
        "of",
        "y",
        "e",
        "and",
        "ed",
        "en",
        "in",
        "nel",
        "con",
        "por",
        "per",
    }
)
# an unresolved number is an invoice's only with a year an invoice can have ("Reglamento 2016/679" is a law
# the law filter did not know; "1877/2026" a mandate number the thread would have named otherwise)
INVOICE_YEARS = range(2018, 2041)


@dataclass(frozen=True)
class Number:
    """An invoice number as a text writes it, with its number and year read."""

    written: str
    number: int
    year: int | None
    prefix: str  # "INV-", "FPA ", "" (lower case, for comparing)


def _year(text: str) -> int | None:
    y = int(text)
    if len(text) == 4:
        return y if 2000 <= y <= 2099 else None
    return 2000 + y if len(text) == 2 else None


def full_numbers(text: str, *, keyed_short_year: bool = True) -> list[tuple[int, Number]]:
    """(position, number) for each invoice number written with its year in `text`."""
    out: list[tuple[int, Number]] = []
    for m in _FULL_RE.finditer(text):
        pre = m.group("pre") or ""
        if pre and pre.strip(" -").lower() in _NOT_PREFIX:
            pre = ""
        a, b = m.group("a"), m.group("b")
        year_a, year_b = (_year(a) if len(a) == 4 else None), (_year(b) if len(b) == 4 else None)
        if year_a is not None and year_b is None and len(b) <= 4:
            number, year = int(b), year_a
        elif year_b is not None and year_a is None:
            number, year = int(a), year_b
        elif (
            len(b) == 2
            and keyed_short_year
            and _INVOICE_KEY_RE.search(text[max(0, m.start() - 12) : m.start()])
        ):
            number, year = int(a), 2000 + int(b)
        else:
            continue
        start = m.start() if pre else m.start("a")
        written = text[start : m.end()] if pre or len(b) == 4 or len(a) == 4 else f"{number}/{year}"
        out.append((start, Number(re.sub(r"\s+", " ", written), number, year, pre.strip(" -").lower())))
    return out


def thread_numbers(context: str) -> list[Number]:
    """The invoice numbers a thread writes with their year (its subject and quoted letters)."""
    return [n for _, n in full_numbers(context)]


# an invoice number with letters and no year apart, after the word that names an invoice: "invoice FMP-1063",
# "factura DAV-26-019", "fattura n. FT26-044", "Factura F2026-127"
_LETTERED_NUMBER_RE = re.compile(
    r"\b(?i:fattur[ae]|factura|invoice|inv|fatt|fact|rechnung)\.?\s*(?i:(?:n|nr|no)(?![A-Za-z])\.?\s*[º°]?|#|n\.º)?\s*[:\-–]?\s*"
    r"(?P<t>[A-Z]{1,5}-?\d[\w\-/]*\d|[A-Z]{1,5}-?\d)(?![\w\-/])"
)


# a number standing alone: not part of a sum, a date, a code or a phone number ("ref 1187", "for 1193")
_BARE_NUMBER_RE = re.compile(r"(?<![\w.,/\-£€$])\d{1,5}(?![\w/\-%€£$]|[.,]\d|\s?(?:€|eur|euro|gbp|usd)\b)")


def _plain_numbers(context: str) -> dict[int, str]:
    """The invoice numbers without a year that the thread writes after the word for an invoice ("Invoice 1187",
    "Re: Factura 42", "fattura n. 16"), each as written; none when the thread also writes them with a year."""
    out: dict[int, str] = {}
    with_year = {n.number for n in thread_numbers(context)}
    for m in _KEYED_RE.finditer(context):
        if m.group("y"):
            continue
        key = context[m.start() : m.start("n")]
        if not _INVOICE_KEY_RE.search(key.rstrip(" nN.º°#:")) and not _INVOICE_KEY_RE.search(key):
            continue
        n = int(m.group("n"))
        if n > 0 and n not in with_year:
            out.setdefault(n, m.group("n"))
    return out


def _WORDISH(c: str) -> bool:  # noqa: N802 - a character that would make a longer token
    return c.isalnum() or c in "-/_"


def _lettered_numbers(context: str) -> list[str]:
    return list(dict.fromkeys(m.group("t") for m in _LETTERED_NUMBER_RE.finditer(context)))


def _resolve(number: int, year: int | None, known: list[Number]) -> Number | None:
    hits = {k.written: k for k in known if k.number == number and (year is None or k.year == year)}
    return next(iter(hits.values())) if len(hits) == 1 else None


def named_reference(own: str, context: str) -> str | None:
    """The invoice the client's words `own` name, in the thread's spelling when the thread (`context`)
    writes it; None when they name none, or several of the thread's.  Laws and dates must be removed from
    `own` beforehand."""
    named = named_references(own, context)
    return named[0] if len(named) == 1 else None


def named_references(own: str, context: str) -> list[str]:
    """Each of the thread's invoices the client's words `own` name, first named first; else the first
    number that is surely an invoice's; else none (see `named_reference`)."""
    known: list[Number] | None = None  # (the thread's numbers: read once a mention needs them)
    mentions: list[
        tuple[int, int, int | None, str | None, bool]
    ] = []  # (pos, number, year, written, invoiceish)
    for pos, n in full_numbers(own):
        invoiceish = not n.prefix or n.prefix in INVOICE_PREFIXES
        mentions.append((pos, n.number, n.year, n.written, invoiceish))
    covered = [(p, p + len(w or "")) for p, _, _, w, _ in mentions]
    for m in _KEYED_RE.finditer(own):
        start = m.start("n")
        if any(s <= start < e for s, e in covered):
            continue
        year = None
        if m.group("y"):
            year = _year(m.group("y")) if (m.group("sep") or "").strip() or len(m.group("y")) == 4 else None
            if year is None:
                continue  # "la 39 12" is not a year
        key = own[m.start() : start]
        invoice_key = bool(_INVOICE_KEY_RE.search(key.rstrip(" nN.º°")) or _INVOICE_KEY_RE.search(key))
        if year is None and not invoice_key and not _ARTICLE_KEY_RE.match(key):
            continue  # "#42, 3rd Floor", "Via Roma n. 12": a bare number after n./# is no invoice
        mentions.append((m.start(), int(m.group("n")), year, None, invoice_key))
    for m in _KEYED_YEAR_FIRST_RE.finditer(own):
        # "INV 2026 031", "FRA 2026 041": the year first, the number after a space, as bank references write it
        if not any(s <= m.start("y") < e for s, e in covered):
            mentions.append((m.start(), int(m.group("n")), int(m.group("y")), None, True))
    mentions.sort(key=lambda x: x[0])
    named: list[tuple[int, str]] = []  # the thread's own numbers the client names, where
    for pos, number, year, _, _ in mentions:
        if known is None:
            known = thread_numbers(context)
        hit = _resolve(number, year, known)
        if hit is not None:
            named.append((pos, hit.written))
    if not named:
        # invoices numbered without a year ("Invoice 1187", "Factura 42", "Fattura 16" in the thread): the client's
        # "ref 1187", "la nº 42", "per la 16", "the 1.2k for 1193" name them
        plain = _plain_numbers(context)
        # ("un bonifico unico per la 18 e la 19": two invoices named, no one reference)
        if plain and len({number for _, number, year, _, _ in mentions if year is None}) <= 1:
            for pos, number, year, _, _ in mentions:
                if year is None and number in plain:
                    named.append((pos, plain[number]))
            for m in _BARE_NUMBER_RE.finditer(own):
                if len(m.group()) >= 3 and plain.get(int(m.group())) == m.group():
                    named.append((m.start(), plain[int(m.group())]))
    low = own.lower()
    for token in _lettered_numbers(context):  # "FMP-1063", "DAV-26-019", "FT26-044" as the thread writes them
        at = low.find(token.lower())
        while at >= 0:
            end = at + len(token)
            if (at == 0 or not _WORDISH(low[at - 1])) and (end == len(low) or not _WORDISH(low[end])):
                named.append((at, token))
            at = low.find(token.lower(), at + 1)
    if named:
        named.sort()
        return list(dict.fromkeys(w for _, w in named))
    for _, number, year, written, invoiceish in mentions:  # else the first that is surely an invoice's
        if year not in INVOICE_YEARS:
            continue
        if written is not None and invoiceish:
            return [written]
        if written is None and invoiceish and year is not None:
            return [f"{number}/{year}"]
    return []


fastre.accelerate(globals())  # each regex above first rules out what it cannot match (reading/fastre.py)
