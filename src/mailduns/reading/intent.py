"""What a client means, clause by clause: paid, promise, dispute, or nothing we can act on.

Why clauses and lemmas rather than phrases: the same claim comes in endless wordings ("ok bonifico
partito", "fatto ora il bonifico!!", "transferencia realizada 👍", "sent it this morning", "la
ragioniera mi dice che ieri ha fatto il pagamento").  Each clause is reduced to its words' lemmas
(simplemma, offline dictionaries for it/es/en) so pagato/pagata/pagheremo/pagamos/paid/we'll pay are one
verb, and the clause says three things about it: the tense (done, future, or a present with a date,
which is a promise), whether it is negated, and whether it is hypothetical (if / se / si).

Precedence over the whole message: dispute > promise > paid claim > nothing.  A paid claim that also
asks something stays a paid claim; "not today, but on Thursday I'll send it" is a promise for Thursday;
"we can't manage it before the 28th" a promise for the 28th; "non la pago finché..." a dispute.

`confidence` says how sure the reading is: strong claims with a clear verb are high; a short elliptic
"fatto!" is lower; a message that talks about paying without a claim we understood is low, so the
engine asks the owner rather than letting reminders go on.

Why this file is long: most of it is the phrase and word tables of three languages, one entry a line
as the formatter lays them out; the logic is a few hundred lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from collections.abc import Sequence
from typing import Literal

import simplemma

from mailduns.reading import dates, fastre
from mailduns.reading.dates import fold
from mailduns.reading.numbers import has_currency

IntentKind = Literal["paid", "promise", "dispute"]


@dataclass(frozen=True)
class Reading:
    intent: IntentKind | None
    promised_date: date | None = None
    confidence: float = 0.5
    money_talk: bool = False  # the text speaks of paying without a claim we understood
    rest: bool = False  # a part paid now and the rest promised ("600 oggi, il resto venerdì")


_LANGS = ("it", "es", "en")


# where the dictionaries are wrong or silent on a word that matters here ("gone" is not "gan"; "rifà" is
# "rifare", the verb done again)
_LEMMA_FIX = {
    "gone": "go",
    "went": "go",
    "rifa": "rifare",
    "rifaccio": "rifare",
    "rifacciamo": "rifare",
    "rifara": "rifare",
    "rehago": "rehacer",
    "rehacemos": "rehacer",
    "inclusa": "includere",
    "incluso": "includere",
    "inclusi": "includere",
    "incluida": "incluir",
    "incluido": "incluir",
    "liquidata": "liquidare",
    "liquidato": "liquidare",
    "liquidate": "liquidare",
    "liquidera": "liquidare",
    "liquideremo": "liquidare",
}
_LEMMA_FIX_LANG = {
    # the clitic "ve" ("ve lo paghiamo a 30 giorni") is no English "'ve"
    "it": {"ve": "ve"},
    "es": {
        "ve": "ver",
        "sale": "salir",
        "mando": "mandar",
        "envio": "enviar",
        "pago": "pagar",
        "paso": "pasar",  # "te los paso el día 20" ("el paso", "de paso": the noun, after its article)
        # paying by the app's name, Peruvian and Spanish: "ya te yapeé", "te plineo mañana", "te lo bizumeo"
        **{
            f"{app}{end}": "pagar"
            for app in ("yape", "pline", "bizume")
            for end in ("e", "o", "amos", "are", "aremos", "aste", "ado", "ada")
        },
    },
}


@lru_cache(maxsize=65536)
def _lemma(token: str, lang: str) -> str:
    # the message's language first; English as the only fallback (English words in Italian or Spanish
    # mail are common, while an Italian word read with the Spanish dictionary is a wrong lemma)
    fixed = _LEMMA_FIX.get(fold(token)) or _LEMMA_FIX_LANG.get(lang, {}).get(fold(token))
    if fixed is not None:
        return fixed
    order = (lang, "en") if lang in _LANGS and lang != "en" else ("en",) if lang == "en" else _LANGS
    for lg in order:
        try:
            lem = simplemma.lemmatize(token, lang=lg)
        except Exception:  # noqa: BLE001 - a dictionary problem must not stop reading
            continue
        if lem != token:
            return fold(lem)
    return fold(token)


# endings of a participle and of its infinitive, by language ("enviado" -> "enviar", "mandata" -> "mandare")
_PARTICIPLE_ENDINGS = {
    "es": (("ado", "ar"), ("ada", "ar"), ("ados", "ar"), ("adas", "ar"), ("ido", "ir"), ("ida", "ir")),
    "it": (("ato", "are"), ("ata", "are"), ("ati", "are"), ("ate", "are"), ("ito", "ire"), ("ita", "ire")),
}


_SEND_VERBS = frozenset(
    {
        "enviar",
        "mandar",
        "mandare",
        "inviare",
        "send",
        "remitir",
        "spedire",
        "resend",
        "reinviare",
        "reenviar",
    }
)
_INVOICE_WORDS = frozenset(
    {"fattura", "fatture", "factura", "facturas", "invoice", "invoices", "preventivo", "presupuesto", "quote"}
)
# the money beside the invoice: "I sent the invoice payment", "ho mandato il saldo fattura", "the invoice amount"
_MONEY_BESIDE = frozenset(
    {
        "payment",
        "pagamento",
        "pago",
        "saldo",
        "importo",
        "importe",
        "amount",
        "money",
        "soldi",
        "dinero",
        "bonifico",
        "transferencia",
        "transfer",
        "balance",
        "total",
        "totale",
    }
)


def _here_you_go(toks: Sequence[tuple[str, str, str]], i: int) -> bool:
    """ "here you go", "there you go": here it is, no payment going anywhere."""
    return toks[i][1] == "go" and i >= 2 and toks[i - 1][1] == "you" and toks[i - 2][1] in ("here", "there")


def _sends_a_document(toks: Sequence[tuple[str, str, str]], i: int) -> bool:
    """A verb of sending whose object is the invoice itself ("te he enviado la factura corregida", "could you
    resend the invoice?"), not its payment ("I sent the invoice payment on Friday")."""
    if toks[i][2] not in _SEND_VERBS:
        return False
    after = [t[1] for t in toks[i + 1 : i + 5]]
    head = next((w for w in after[:3] if w not in _BEFORE_OBJECT), "")
    if (
        i > 0
        and toks[i - 1][1] in ("la", "lo", "le", "li", "me", "mi", "te", "ti", "it")
        and any(t[1] in ("banca", "banco", "bank") for t in toks[max(0, i - 4) : i])
        and not any(t[1] in ("y", "e", "and", "di", "de", "to", "a") for t in toks[max(0, i - 4) : i])
    ):
        return (
            True  # "appena la banca me la manda": the bank sends the client its receipt (not "fui al banco y
        )
        # envié la transferencia", "ho chiesto alla banca di mandare il bonifico")
    if head in _PROOF_DOCS:
        # the proof sent ("ti ho mandato la contabile", "I sent the receipt") tells of a payment done; the proof
        # still to send ("ti mando la contabile domani") promises nothing: the money went
        f = toks[i][1]
        done = (
            _PARTICIPLE_RE.search(f) is not None
            or f in _IRREG_PAST_EN
            or _ES_PRETERITE_RE.search(toks[i][0]) is not None
        )
        return not done
    return any(w in _INVOICE_WORDS for w in after[:3]) and not any(w in _MONEY_BESIDE for w in after)


# the proof of a payment, sent as a document: sending it is no payment ("Pagata! Ti mando la contabile domani")
_PROOF_DOCS = frozenset(
    {
        "ricevuta",
        "contabile",
        "justificante",
        "comprobante",
        "resguardo",
        "receipt",
        "screenshot",
        "captura",
        "pantallazo",
        "copia",
        "copy",
        "proof",
    }
)
_BEFORE_OBJECT = frozenset(
    {
        "il",
        "la",
        "lo",
        "el",
        "the",
        "a",
        "una",
        "un",
        "uno",
        "my",
        "our",
        "mi",
        "tu",
        "su",
        "le",
        "anche",
        "tambien",
        "also",
        "you",
        "te",
        "ti",
        "vi",
        "os",
        "ve",
        "ya",
        "gia",
        "subito",
        "ahora",
        "ora",
        "now",
    }
)


_PARTICIPLE_AUX = frozenset(
    {
        "he",
        "has",
        "ha",
        "hemos",
        "habeis",
        "han",
        "habia",
        "hemos",
        "ho",
        "hai",
        "abbiamo",
        "avete",
        "hanno",
        "avevo",
    }
)
# "se lo he pasado a contabilidad", "se nos ha pasado": handed on or forgotten, the participle is no payment
_PASS_ON = frozenset({"pasar", "passare"})


def _participle_verb(word: str, lang: str) -> str | None:
    """The verb a participle the dictionary keeps as an adjective belongs to ("te he enviado el pago": simplemma
    answers "enviado"), only when that verb is one of the readers' verbs of paying or sending."""
    for ending, infinitive in _PARTICIPLE_ENDINGS.get(lang, ()):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            verb = word[: -len(ending)] + infinitive
            if (verb in _PAY_VERBS or verb in _DO_VERBS or verb in _STATE_DONE) and verb not in _PASS_ON:
                return verb
    return None


_PAY_VERBS = frozenset(
    {
        "pagare",
        "saldare",
        "bonificare",
        "versare",
        "pagar",
        "abonar",
        "transferir",
        "ingresar",
        "saldar",
        "liquidar",
        "pay",
        "settle",
        "wire",
        "transfer",
        "remit",
        "bizumear",
        "depositar",  # Latin America: "ya te deposité"
        "consignar",  # Colombia: "el viernes te consigno"
    }
)
_DO_VERBS = frozenset(
    {
        # "I'll get it sorted this week", "I'll action this today" (with "it"/"this" or a payment word only)
        "sort",
        "action",
        "fare",
        "effettuare",
        "disporre",
        "eseguire",
        "inviare",
        "mandare",
        "emettere",
        "ordinare",
        "autorizzare",
        "girare",
        "hacer",
        "realizar",
        "efectuar",
        "enviar",
        "emitir",
        "ordenar",
        "mandar",
        "tramitar",
        "make",
        "send",
        "process",
        "initiate",
        "do",
        "arrange",
        "release",
        "schedule",
        "submit",
        "lanzar",
        "dare",
        "procedere",
        "proceder",
        "provvedere",
        "pasar",
        "put",
        "approvare",
        "aprobar",
        "approve",
        "inserire",
        "metter",
        "mettere",
        "includere",
        "incluir",
        "include",
        "rifare",
        "rehacer",
        "redo",
        "resend",
        "reinviare",
        "reenviar",
        "manage",
        "issue",  # "Payment for invoice INV-2026-047 was issued today by EFT"
        "drop",  # "I dropped a cheque round to your office this morning"
        "spedire",  # "ho spedito un assegno"
        "repetir",  # "nos la devolvió el banco; la repetimos el lunes"
        "ripetere",
        "repeat",
    }
)
_PAY_NOUNS = frozenset(
    {
        "assegno",  # "ho spedito un assegno circolare per raccomandata"
        "assegni",
        "cheque",
        "cheques",
        "bonifico",
        "bonifici",
        "pagamento",
        "pagamenti",
        "saldo",
        "versamento",
        "mandato",
        "transferencia",
        "pago",
        "pagos",
        "ingreso",
        "bizum",
        "abono",
        "payment",
        "payments",
        "transfer",
        "wire",
        "money",
        "funds",
        "remittance",
        "soldi",
        "dinero",
        "importo",
        "ricevuta",
        "contabile",
        "justificante",
        "comprobante",
        "paypal",
        "satispay",
        "iban",
        "fattura",
        "factura",
        "invoice",
        "bank",
        "banca",
        "banco",
        "importe",
        "cro",
        "sepa",
        "half",
        "mitad",
        "meta",
        "remainder",
        "balance",
    }
)
_CLITICS = frozenset(
    {"lo", "la", "l", "it", "glielo", "te", "ve", "gliela", "telo", "tela", "ti", "vi", "le", "os"}
)
_STATE_DONE = frozenset(
    {
        "dar",
        "liquidare",
        "partire",
        "uscire",
        "andare",
        "fare",
        "eseguire",
        "disporre",
        "inviare",
        "effettuare",
        "emettere",
        "completare",
        "realizar",
        "hacer",
        "enviar",
        "emitir",
        "ordenar",
        "efectuar",
        "completar",
        "send",
        "make",
        "do",
        "process",
        "complete",
        "initiate",
        "release",
        "go",
        "salir",
        "irse",  # ("se fue": `_tokens`; "voy al banco" is no payment)
        "autorizzare",
        "approve",
        "pagare",
        "pagar",
        "pay",
        "settle",
        "saldare",
        "transferir",
        "transfer",
        "wire",
        "ingresar",
        "abonar",
        "tramitar",
        "clear",
        "processare",
        "procesar",
    }
)
_DONE_WORDS = frozenset(
    {
        "fatto",
        "fatta",
        "done",
        "hecho",
        "hecha",
        "listo",
        "lista",
        "sent",
        "paid",
        "pagato",
        "pagata",
        "saldato",
        "saldata",
        "pagado",
        "pagada",
        "transferido",
        "partito",
        "enviado",
        "sorted",
        "completed",
        "realizada",
        "realizado",
        "eseguito",
        "effettuato",
        "inviato",
        "ok",
        "okay",
        "okey",
    }
)
_NEG = frozenset(
    {
        "nn",  # "nn ho ancora pagato" (written short)
        "non",
        "no",
        "not",
        "never",
        "mai",
        "nunca",
        "ni",
        "nor",
        "neither",
        "cannot",
        "can't",
        "won't",
        "don't",
        "didn't",
        "haven't",
        "hasn't",
        "isn't",
        "wasn't",
        "aren't",
        "couldn't",
        "wouldn't",
        "shan't",
        "nessuno",
        "ningun",
        "ninguna",
        "nada",
        "niente",
        "nulla",
        "n't",
    }
)
_COND = frozenset({"if", "qualora", "whether", "unless", "caso", "case", "ipotesi"})
# "if" is "se" in Italian and "si" in Spanish; the other word is a reflexive or impersonal pronoun there
# ("se pagó en la remesa de ayer", "si è pagato ieri"): read by the message's language
_COND_BY_LANG = {"it": _COND | {"se"}, "es": _COND | {"si"}, "en": _COND}
_COND_ANY = _COND | {"se", "si"}
_IF_ANY_RE = re.compile(r"\b(?:se|si|if|in\s+case|en\s+caso|nel\s+caso|qualora)\b")
_IF_RE = {
    "it": re.compile(r"\b(?:se|if|in\s+caso|nel\s+caso|qualora)\b"),  # "si invita a emettere nota di credito"
    "es": re.compile(r"\b(?:si|if|en\s+caso)\b"),  # "se ruega emitir factura rectificativa"
    "en": re.compile(r"\b(?:if|in\s+case)\b"),
}
_FUT_AUX = frozenset(
    {
        "will",
        "ll",
        "shall",
        "gonna",
        "going",
        "plan",
        "planning",
        "intend",
        "intends",
        "expect",
        "expects",
        "aim",
        "hope",
        "hoping",
        "should",
        "try",
        "trying",
        "vamos",
        "voy",
        "va",
        "van",
        "pensamos",
        "pienso",
        "esperamos",
        "espero",
        "contiamo",
        "conto",
        "pensiamo",
        "prevediamo",
        "spero",
        "speriamo",
        "riusciamo",
        "riesco",
        "cercheremo",
        "possiamo",
        "posso",
        "podemos",
        "puedo",
        "can",
        "could",
        "able",
        "manage",
        "riusciremo",
        "podremos",
        "promise",
        "promesso",
        "prometo",
        "prometto",
        "devo",
        "dobbiamo",
        "tenemos",
        "need",
    }
)
_PAST_AUX = frozenset(
    {
        "ho",
        "hai",
        "ha",
        "abbiamo",
        "avete",
        "hanno",
        "he",
        "has",
        "hemos",
        "han",
        "habeis",
        "have",
        "had",
        "ve",
        "d",
        "been",
        "gia",
        "ya",
        "already",
        "just",
        "appena",
        "stato",
        "stata",
        "stati",
        "sido",
        "was",
        "were",
        "fue",
        "fueron",
        "e",
        "sono",
        "gli",
        "avevo",
        "avevamo",
    }
)
_PAST_TIME = frozenset(
    {
        "ieri",
        "stamattina",
        "stamane",
        "stanotte",
        "ayer",
        "yesterday",
        "scorso",
        "scorsa",
        "pasado",
        "pasada",
        "last",
        "ago",
        "fa",
        "hace",
        "earlier",
        "stasera",
        "adesso",
        "ora",
        "now",
        "ahora",
        "poco",
        "instante",
        "already",
        "ya",
        "gia",
        "appena",
        "just",
    }
)
_FUT_TIME = frozenset(
    {
        "ahorita",  # Latin American "in a little while" ("ahorita te deposito")
        "yamero",  # Mexican "ya mero te pago": about to (one token, `_tokens`)
        "domani",
        "tomorrow",
        "manana",
        "prossimo",
        "prossima",
        "prox",
        "next",
        "proximo",
        "proxima",
        "entro",
        "by",
        "before",
        "prima",
        "antes",
        "fine",
        "end",
        "final",
        "soon",
        "presto",
        "pronto",
        "week",
        "settimana",
        "semana",
        "month",
        "mese",
        "mes",
        "run",
        "lunedi",
        "martedi",
        "mercoledi",
        "giovedi",
        "venerdi",
        "sabato",
        "lunes",
        "martes",
        "miercoles",
        "jueves",
        "viernes",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "later",
        "dopo",
        "after",
        "despues",
        "appena",
        "once",
        "cuando",
        "quando",
        "valuta",
        "asap",
        "subito",
        "enseguida",
        "tomorrow",
        "p.v",
        "pv",
    }
)
_IRREG_PAST_EN = frozenset(
    {
        "paid",
        "sent",
        "made",
        "did",
        "done",
        "wired",
        "settled",
        "transferred",
        "processed",
        "initiated",
        "released",
        "went",
        "gone",
        "scheduled",
        "submitted",
        "approved",
        "put",
        "completed",
        "arranged",
        "cleared",
        "left",
    }
)
_TOKEN_RE = re.compile(r"[a-zà-öø-ÿ]+(?:'[a-z]+)?|\d+|[?]", re.IGNORECASE)
_SENT_SPLIT_RE = re.compile(
    r"(?<=[.!?;])(?<!\bn\.)(?<!\bnr\.)(?!(?<=\bno\.)\s+(?:[A-Z]{1,6}[-/ ]?\d|#))(?<!\bsig\.)(?<!\bft\.)(?<!\brif\.)"
    # ("della Vs. fattura n. 2/2027 per € 854,00", "la Ns. fatt. 12", "Spett. ditta", "Fact. núm. 3")
    r"(?<!\bVs\.)(?<!\bvs\.)(?<!\bNs\.)(?<!\bns\.)(?<!\bfatt\.)(?<!\bFatt\.)(?<!\bSpett\.)(?<!\bDott\.)(?<!\bdott\.)"
    r"(?<!\bNr\.)(?<!\bnúm\.)(?<!\bNúm\.)(?<!\bfact\.)(?<!\bFact\.)(?<!\bRif\.)(?<!\bRef\.)"
    r"(?<!\bref\.)(?<!\bfra\.)(?<!\binv\.)(?<!\bi\.e\.)(?<!\be\.g\.)(?<!\bp\.ej\.)(?<!\bad es\.)(?<!\bapprox\.)"
    # ("entro il 5 p.v. sarà nostra cura saldare": prossimo venturo, corrente mese, ultimo scorso)
    r"(?<!\bp\.v\.)(?<!\bc\.m\.)(?<!\bu\.s\.)(?<!\bm\.c\.)"
    r"\s+(?!\d)|\n+|(?<=[.!?])(?<!\bi\.e\.)(?<!\be\.g\.)(?=[A-ZÀ-Ý])"
)
_CLAUSE_SPLIT_RE = re.compile(
    r"(?<!\d)[,:]|[,:](?!\d)|[;()]|\s[-–—]\s|\b(?:ma|but|pero|però|however|anyway|comunque|sin\s+embargo|"
    r"mentre|while|whereas|mientras|invece|instead|y\s+(?=el|la|te|os)|e\s+(?=il|la|te|ti|lo)|"
    r"and\s+(?=i|we|it|the))\b",
    re.IGNORECASE,
)

# Payments to the writer, not by them: "il cliente ci ha pagato", "nos han pagado", "they paid us".
_TO_US_RE = re.compile(
    r"\b(?:ci|mi|me|nos)\s+(?:\w+\s+){0,2}(?:pagat|pagad|pagar|pagh|pag|saldat|abonad|transferid|ingres|"
    r"deposit|bonific|accredit)\w*|"
    r"\bpa(?:id|y|ys)\s+(?:us|me)\b|\b(?:mi|ci)\s+(?:ha|hanno)\s+(?:ancora\s+)?pagat|"
    r"\b(?:non|no)\s+(?:mi|ci|me|nos)\s+(?:ha|hanno|han)\s+(?:ancora\s+|todavia\s+)?(?:pagat|pagad)",
    re.IGNORECASE,
)


@lru_cache(maxsize=65536)
def _fold_word(word: str) -> str:
    return fold(word)


# a payment believed made and about to be checked: "pensaba que ya estaba pagada, lo compruebo", "I thought we'd
# paid this already, I'll check with accounts", "credevo di averla già pagata, controllo"
_BELIEVED_RE = re.compile(
    r"\b(?:i|we)\s+thought\b|\bthought\s+(?:i|we|it|this|that)\b|\b(?:pensaba|pensabamos|creia|creiamos)\b|"
    r"\b(?:pensavo|pensavamo|credevo|credevamo|ero\s+convint[oa]|eravamo\s+convinti)\b"
)


# who says the payment is theirs inside a question: "did you get the transfer I made?", "l'ho pagata, ti è arrivata?"
_CLAIMANTS = frozenset(
    {
        "i",
        "we",
        "ive",
        "weve",
        "id",
        "wed",
        "ho",
        "abbiamo",
        "avevo",
        "avevamo",
        "he",
        "hemos",
        "habia",
        "habiamos",
        "que",
        "che",
        "that",
        "which",
    }
)


def _asks_if_paid(toks: list[tuple[str, str, str]], i: int) -> bool:
    """Whether the pay verb at `i` is what a question asks ("Has this been paid?", "Do you want it paid into the
    same account?") rather than a payment its writer states inside one (no "I", "we", "that I" before it)."""
    if not any(t[0] == "?" for t in toks[i:]):
        return False
    if i <= 3 and any(t[1] in _ASK_OPENERS for t in toks[:2]):
        return True  # "Ho già pagato?", "Did I pay it already?", "¿Te pagamos ya?": the writer asks
    return not any(t[1] in _CLAIMANTS for t in toks[max(0, i - 3) : i])


_ASK_OPENERS = frozenset(
    {"ho", "abbiamo", "did", "have", "has", "was", "were", "he", "hemos", "ha", "hai", "avete"}
)


# "saldo" is the balance ("il saldo") except right after an object pronoun ("te la saldo venerdì")
_SALDO_CLITICS = frozenset(
    {"la", "lo", "le", "li", "te", "ti", "vi", "ve", "ce", "gliela", "glielo", "gliele", "glieli"}
)


def _tokens(clause: str, lang: str) -> list[tuple[str, str, str]]:
    """(surface, folded surface, lemma) for each word of a clause."""
    out: list[tuple[str, str, str]] = []
    for word in _TOKEN_RE.findall(clause):
        if out and out[-1][1] in ("pasado", "pasada") and fold(word) == "manana":
            out[-1] = ("pasado mañana", "pasadomanana", "pasadomanana")  # the day after tomorrow: no past
            continue
        if (
            fold(word) == "pasado"
            and len(out) >= 2
            and out[-1][1] in ("o", "u", "y")
            and out[-2][1] in ("manana", "hoy")
        ):
            out.append((word.lower(), "pasadomanana", "pasadomanana"))  # "mañana o pasado": no past
            continue
        if lang == "it" and out and out[-1][1] in _SALDO_CLITICS and fold(word) in ("saldo", "verso"):
            # "te la saldo", "lo saldo domani", "i restanti te li verso entro il 15": the verb, not the noun
            # or the preposition
            out.append((word.lower(), fold(word), "saldare" if fold(word) == "saldo" else "versare"))
            continue
        if out and out[-1][1] == "ya" and fold(word) in ("mero", "merito"):
            out[-1] = ("ya mero", "yamero", "yamero")  # Mexican "almost": about to pay, not done
            continue
        if out and out[-1][1] == "se" and fold(word) in ("fue", "fueron"):
            # "ya se fue el pago" (Latin America): the payment has gone, "ir" and not "ser"
            out.append((word.lower(), fold(word), "irse"))
            continue
        out += _word_tokens(word, lang)
        if out[-1][1] == out[-1][2] and any(t[1] in _PARTICIPLE_AUX for t in out[-3:-1]):
            # "te he enviado el pago", "ti ho mandato il bonifico": after an auxiliary, the participle the
            # dictionary keeps as an adjective is its verb's ("la tienes ordenada el lunes" is no past)
            verb = _participle_verb(out[-1][1], lang)
            if verb is not None:
                out[-1] = (out[-1][0], out[-1][1], verb)
        if out[-1][1] == "through":
            # "I'll put it through today", "we'll push the payment through": the payment made, not a step
            # ("I'll push the wire for invoice 2026-29 through tomorrow")
            for k in range(len(out) - 2, max(-1, len(out) - 7), -1):
                if out[k][1] in ("put", "push", "pushed", "putting", "pushing"):
                    out[k] = (out[k][0], out[k][1], "process")
        if out[-1][1] == "up":
            # "should be able to square you up by the end of the month", "I'll square up with you Friday": paying
            for k in range(len(out) - 2, max(-1, len(out) - 4), -1):
                if out[k][1] in ("square", "squared", "squaring"):
                    out[k] = (out[k][0], out[k][1], "settle")
                    break
    if any(
        t[1] in _PAY_CHANNELS and k and out[k - 1][1] in ("por", "per", "via", "tramite", "by")
        for k, t in enumerate(out)
    ) and not any(t[1] in ("datos", "dati", "details", "iban", "numero", "codigo", "codice") for t in out):
        # "te lo he pasado por Bizum", "te lo paso por PayPal": passed by a payment channel is paid (not "pasado a
        # contabilidad", passed on)
        for k, t in enumerate(out):
            if t[1] in ("pasado", "passato", "paso", "pase", "pasamos") and (
                t[1] != "pasado" or (k and out[k - 1][1] in _HAVING)
            ):
                out[k] = (t[0], t[1], "pagar" if t[1][:4] == "pasa" or t[1] in ("paso", "pase") else "pagare")
    return out


@lru_cache(maxsize=65536)  # (a word's tokens, worked out once)
def _word_tokens(word: str, lang: str) -> tuple[tuple[str, str, str], ...]:
    out = []
    tok = word.lower()
    if "'" in tok and not tok.endswith("n't"):
        head, _, tail = tok.partition("'")
        for piece in (head + "'", tail):
            if piece:
                f = fold(piece).rstrip("'")
                out.append((piece, f, _lemma(piece.rstrip("'"), lang) if piece.rstrip("'") else f))
        return tuple(out)
    if lang == "es" and len(tok) > 4 and tok.endswith("ao") and tok[-3] in "sdgntlcr":
        # spoken Spanish "te lo he pasao", "¿te ha llegao?", "mandao": the participle in -ado
        full = tok[:-2] + "ado"
        return ((tok, full, _lemma(full, lang)),)
    return ((tok, _fold_word(tok), _lemma(tok, lang)),)


_IT_FUT_RE = re.compile(r"(?:r[òà]|remo|rete|ranno|ro'|ra')$")
_ES_FUT_RE = re.compile(r"(?:r[éá]|remos|rán|réis|ras)$")
_PARTICIPLE_RE = re.compile(
    r"(?:ato|ata|ati|ate|ito|ita|iti|uto|uta|ado|ada|ados|adas|ido|ida|sto|sta|sti|ste|sso|tto|"
    r"tta|cho|cha)$"
)
_STRONG_PAST = frozenset(
    {
        "ieri",
        "stamattina",
        "stamane",
        "stanotte",
        "ayer",
        "yesterday",
        "scorso",
        "scorsa",
        "pasado",
        "pasada",
        "last",
        "ago",
        "fa",
        "hace",
        "earlier",
    }
)
# verbs that carry a payment only as a plan ("la approvo oggi e parte con i pagamenti del 20"); their
# past ("is being approved", "inserita in distinta") is not a claim that money went out
_PLAN_ONLY = frozenset(
    {
        "approvare",
        "aprobar",
        "approve",
        "inserire",
        "mettere",
        "metter",
        "put",
        "dare",
        "schedule",
        "arrange",
        "submit",
        "lanzar",
        "includere",
        "incluir",
        "include",
    }
)
# Spanish irregular preterites without the accent the regular ones carry ("se hizo el 3 de diciembre")
_IRREG_PAST_ES = frozenset(
    {
        "hizo",
        "hice",
        "hicieron",
        "hicisteis",
        "puso",
        "puse",
        "pusieron",
        "pusimos",
        "dio",
        "dieron",
        "dimos",
        "fue",
        "fueron",
    }
)
# a step before the payment: the day it is done ("I can approve it today", "la inserisco domani") is not the
# payment's, unless a payment plan names it ("la inseriamo nel run del 20")
_STEP_BEFORE_PAYING = frozenset(
    {
        "approvare",
        "aprobar",
        "approve",
        "submit",
        "inserire",
        "mettere",
        "metter",
        "put",
        "includere",
        "incluir",
        "include",
    }
)
# "liquidare" is a payment in business Italian ("la fattura è stata liquidata il 20") but only its approval in
# a public body's ("verrà liquidata entro il 20, il mandato sarà emesso nei cinque giorni successivi"): its
# past is a paid claim, its future a promise whose day is not the payment's
_APPROVAL_VERBS = frozenset({"liquidare"})
# "now" with a present tense is done as the client writes; with "is done"/"è fatto", not a habit
_NOW = frozenset({"now", "ora", "adesso", "ahora"})
_TODAY = frozenset({"today", "oggi", "hoy"})
# a first person plural that is both a present and a past ("te lo transferimos el lunes", "ya te la pagamos"):
# past only beside a word of past time or "ya"
_AMBIGUOUS_1P_ES = frozenset(
    {
        "pagamos",
        "abonamos",
        "transferimos",
        "remitimos",
        "ingresamos",
        "enviamos",
        "mandamos",
        "depositamos",
        "repetimos",
    }
)
_GIVEN_UP_RE = re.compile(
    r"\b(?:was|were)\s+going\s+to|\b(?:meant|intended|planned)\s+to|\b(?:iba|ibamos|queria|queriamos)\s+a\b|"
    r"\b(?:volevo|volevamo|stavo\s+per|stavamo\s+per|dovevo|dovevamo)\b"
)


_DID_YOU_GET_OURS_RE = re.compile(
    r"\b(?:avete|hai|ha|have\s+you|did\s+you|has\s+it|habeis|has|ha)\s+(?:gia\s+|ya\s+|already\s+)?(?:ricevut[oa]|"
    r"visto|received|get|got|seen|recibid[oa]|visto|llegado)\s+(?:il\s+|el\s+|la\s+|the\s+)?(?:nostro|nostra|mio|mia|our|"
    r"my|nuestro|nuestra|mi)\s+(?:bonifico|pagamento|payment|transfer|wire|transferencia|pago|ingreso|cheque|assegno)\b"
)
_YOU_ASKED = frozenset({"puoi", "potresti", "potete", "potreste", "puedes", "podrias", "podeis", "podriais"})


def _you_are_asked(toks: list[tuple[str, str, str]], i: int) -> bool:
    """The verb at `i` is asked of the freelancer ("Could you resend it?", "me la puoi rifare?"), not done by
    the client ("that's you paid now")."""
    window = [t[1] for t in toks[max(0, i - 3) : i]]
    if any(w in _YOU_ASKED for w in window):
        return True
    return any(
        w in ("you", "u") and k > 0 and window[k - 1] in ("could", "can", "would", "will", "please", "pls")
        for k, w in enumerate(window)
    )


def _given_up_plan(toks: list[tuple[str, str, str]], i: int) -> bool:
    """A payment meant for a day and not made ("I was going to pay it today", "I meant to send it", "iba a
    pagarte hoy", "volevo pagarti oggi", "stavo per pagare")."""
    before = [t[1] for t in toks[max(0, i - 4) : i]]
    text = " ".join(before)
    return bool(
        re.search(r"\b(?:was|were)\s+going\s+to$|\b(?:meant|intended|planned)\s+to$", text)
        or re.search(r"\b(?:iba|ibamos|queria|queriamos)\s+a?\s*$", text)
        or re.search(r"\b(?:volevo|volevamo|stavo\s+per|stavamo\s+per|dovevo|dovevamo)$", text)
        # an attempt that failed: "ho provato a pagare ma la banca mi blocca il bonifico", "I tried to pay"
        or re.search(
            r"\b(?:provato|provata|tentato|tried|intentado|intente|intentamos|intento)\s+(?:a|to|de)?\s*$",
            text,
        )
    )


_LEAVE_IT_PAID = frozenset(
    {
        "dejo",
        "dejamos",
        "dejare",
        "dejaremos",
        "tendras",
        "tendra",
        "tendreis",
        "tendran",
        "trovare",
        "lascio",
        "lasciamo",
    }
)
# a day said to be ahead ("el lunes que viene", "el próximo lunes", "mañana", "pasado mañana") (folded)
_AHEAD_MARK_RE = re.compile(r"\b(?:que\s+viene|que\s+entra|proxim[oa]|manana|pasadomanana|luego|despues)\b")
_YA_DONE_RE = re.compile(
    r"\bya\b(?!\s+(?:lo\s+|la\s+)?(?:se|sabes|sabe|sabemos|veremos|mismo|que|mero|merito)\b)"
)  # ("ya mero", "ya merito": Mexican "almost", a payment still to come)
_ES_PRETERITE_RE = re.compile(r"(?:[éó]|aste|iste|aron|ieron|imos)$")
# a code written with hyphens ("CA-PAY-20261120-07", "INV-2026-042"): its letters are no words
_CODE_RE = re.compile(r"\b(?=[\w\-]*\d)\w+(?:-\w+)+\b")
_PRESENT_1P_RE = re.compile(r"(?:o|iamo|amos|emos|imos)$")


@dataclass
class _Event:
    tense: Literal["past", "future", "present", "none"]
    negated: bool
    conditional: bool
    question: bool
    position: int


def _verb_event(
    toks: list[tuple[str, str, str]], i: int, question: bool, sentence_has_date: bool, lang: str = ""
) -> _Event:
    surface, folded, lemma = toks[i]
    before = [t[1] for t in toks[max(0, i - 5) : i]]
    before_l = [t[2] for t in toks[max(0, i - 5) : i]]
    allbefore = [t[1] for t in toks[:i]]
    after = [t[1] for t in toks[i + 1 : i + 7]]
    negated = any(w in _NEG or w.endswith("n't") for w in before) or (
        bool(after) and after[0] in ("no",) and len(after) == 1
    )
    cond = _COND_BY_LANG.get(lang, _COND_ANY)
    conditional = any(w in cond for w in allbefore)
    tense: Literal["past", "future", "present", "none"] = "present"
    if (
        any(w in ("will", "ll", "shall", "gonna") for w in before)
        or "going" in before
        or any(w in ("sara", "verra", "sera", "ira", "va", "vamos", "voy", "van") for w in before)
        or _IT_FUT_RE.search(surface)
        or (
            _ES_FUT_RE.search(surface)
            and lemma not in ("pagar",)
            or surface in ("pagaré", "pagaremos", "pagará", "haré", "haremos")
        )
    ):
        tense = "future"
    elif (
        any(w in _FUT_AUX for w in before[-3:])
        and not _PARTICIPLE_RE.search(folded)
        and folded not in _IRREG_PAST_EN
    ):
        tense = "future"
    elif (
        (
            any(
                w in _PAST_AUX
                and not (w == "ve" and lang in ("it", "es"))
                # ("appena arriva procediamo": "as soon as", unless after an auxiliary, "ho appena pagato")
                and not (w == "appena" and (k == 0 or before[-3:][k - 1] not in _PAST_AUX))
                # ("abbiamo già parlato e lui paga il 23": "e" joins a new subject, it is no "è")
                and not (w == "e" and k + 1 < len(before[-3:]) and before[-3:][k + 1] in _NEW_SUBJECT)
                for k, w in enumerate(before[-3:])
            )
            or any(
                x in ("avere", "haber", "have") and w != "hay"  # ("hay forma de pagarte?": there is, no past)
                for w, x in zip(before[-3:], before_l[-3:])
            )
        )
        and not (
            before and (before[-1] == "to" or (before[-1] in ("da", "de") and _INFINITIVE_RE.match(folded)))
        )
    ):
        # ("we have to pay it by Friday", "ho da pagare", "he de pagar": an obligation, not a past)
        tense = "past"
    elif (
        folded in _IRREG_PAST_EN
        or (folded.endswith("ed") and lemma != folded)
        or (
            _PARTICIPLE_RE.search(folded)
            and lemma != folded
            # Spanish "te deposito", "lo transmito": a present; its participles end in -ido
            and not (lang == "es" and folded.endswith("ito") and folded not in ("escrito", "frito"))
            # "lo liquido el viernes", "te la liquido giovedì": an -ar/-are verb's participle ends in -ado/-ato
            and not (lemma.endswith(("ar", "are")) and folded.endswith(("ido", "ito")))
        )
        or (_ES_PRETERITE_RE.search(surface) and folded not in _AMBIGUOUS_1P_ES)
        or folded in _IRREG_PAST_ES
        or folded in ("hecho", "hecha", "hechos", "hechas")  # (its lemma is the noun "hecho")
    ):
        tense = "past"
    elif folded in _AMBIGUOUS_1P_ES and (
        any(w in _PAST_TIME for w in before + after) or "ya" in before[-3:]
    ):  # "ya te la pagamos el viernes" is done ("te la pagamos ya" is now)
        tense = "past"
    if (
        tense == "past"
        and len(before) >= 2
        and before[-1] == "be"
        and before[-2] in ("should", "must", "can", "could", "would", "may", "might", "to")
        and not any(w in ("now", "already", "yet") for w in after)
    ):
        tense = "future"  # "it should be paid by Friday", "should be paid in 7-10 days" (not "should be paid by now")
    if before and before[-1] in ("va", "vanno", "andra", "andranno") and _PARTICIPLE_RE.search(folded):
        tense = "none"  # "la posta va mandata in via Roma", "la fattura va rifatta": what must be done
    if before[-2:] in (["acabo", "de"], ["acabamos", "de"], ["acaba", "de"], ["acaban", "de"]):
        tense = "past"  # "te lo acabo de pasar", "acabamos de hacer la transferencia": just done
    if tense in ("past",) and lemma in _PLAN_ONLY:
        tense = "none"
    if (
        tense == "past"
        and before
        and before[-1] in ("it's", "is", "be", "gets", "get", "s")
        and any(w in ("before", "until", "till", "once", "unless", "after", "when") for w in before[-3:])
    ):
        tense = "none"  # "it'll be the week after next before it's paid", "once it's settled": a time, not a claim
    if (
        tense == "past"
        and before
        and before[-1] in ("is", "are", "viene", "vengono", "son", "es", "being")
        and lemma not in ("pagare", "pagar", "pay", "saldare", "settle")
        and not any(w in _NOW or w in _TODAY or w in _STRONG_PAST for w in before + after)
    ):
        tense = (
            "none"  # a habit or a rule: "payment is made within 60 days", "i pagamenti vengono effettuati"
        )
    if (
        tense == "present"
        and before
        and before[-1] in ("per", "para", "to", "pour")
        and lemma == folded
        and _INFINITIVE_RE.fullmatch(folded)
        and not any(w in _FUT_AUX for w in before[-4:])
    ):
        tense = (
            "none"  # a purpose, someone else's: "i condomini hanno tempo fino al 28/02 per versare le rate"
        )
    if (
        tense == "present"
        and any(
            w in _STRONG_PAST
            # ("we pay suppliers on the last working day of the month": a habit's day, not a time gone)
            and not (
                w == "last"
                and (
                    (k + 1 < len(after) and after[k + 1] in ("working", "business", "day", "days", "of"))
                    or (k > 0 and after[k - 1] == "the")  # "on the last Friday of the month"
                )
            )
            for k, w in enumerate(after)
        )
        or (tense == "present" and any(w in _STRONG_PAST for w in before))
    ):
        tense = "past"  # "bonifico disposto stamattina" read as a present participle phrase
    if (
        tense == "present"
        and not question
        and not sentence_has_date
        and any(w in _NOW for w in after[:4] + before[-2:])
    ):
        tense = "past"  # "sending it now as I type", "te lo pago ahora mismo": done as the client writes
    if tense == "present":
        if sentence_has_date or any(w in _FUT_TIME for w in before + after):
            tense = "future"
        elif not _PRESENT_1P_RE.search(folded) and folded not in (
            "pay",
            "send",
            "settle",
            "transfer",
            "wire",
        ):
            tense = "none"
    return _Event(tense, negated, conditional, question, i)


# the charges a late-payment letter adds (D.Lgs. 231/2002, Ley 3/2004, the Late Payment Act): interest, the 40 EUR
# compensation, recovery costs
_FEE_WORDS = (
    r"interess[ie](?:\s+di\s+mora)?|(?:late[- ]payment\s+|statutory\s+)?interest|intereses(?:\s+de\s+demora)?|"
    r"indenniz\w*|indennit\w*|admin(?:istration|istrative)?\s+(?:fees?|charges?)|spese\s+amministrative|"
    r"gastos\s+de\s+(?:gesti[oó]n|administraci[oó]n|reclamaci[oó]n|cobro)|€\s?40\b|spese\s+di\s+(?:sollecito|incasso|"
    r"gestione|insoluto)|reminder\s+fees?|collection\s+costs?|"
    r"indemnizaci\w*|compensaci\w*|compensation|late[- ](?:payment\s+)?(?:fees?|charges?)|penal[ei]|penalit\w*|"
    r"mora|recargos?|spese\s+di\s+recupero|costes?\s+de\s+cobro|recovery\s+costs?|40\s*(?:€|euro|eur)"
)
_DISPUTE_RE = re.compile(
    # the sum held too high, in any of the three languages: "considers the invoice excessive", "l'importo ci
    # sembra eccessivo", "la factura es excesiva", "overcharged", "overpriced"
    r"\b(?:invoice|fattur\w|factur\w|importo|importe|amount|price|prezzo|precio|bill|cost\w*|fee|tarif\w*|hours|ore|"
    r"horas|charge\w*|cifra|total\w*)\b[^.!?\n]{0,50}\b(?:excessive|excessively|eccessiv[oaie]|excesiv[oa]s?|inflated|"
    r"too\s+(?:high|much|expensive)|troppo\s+(?:alt[oaie]|car[oaie])|demasiado\s+(?:alt[oa]|car[oa]))\b|"
    r"\b(?:overcharg\w*|overpriced)\b|"
    # an advance or a sum not taken off, a total that should be lower
    r"\b(?:non|not|no)\s+(?:(?:e|è)\s+stat[oa]\s+|sono\s+stati\s+|been\s+|se\s+ha\s+|han\s+|avete\s+|habeis\s+)?"
    r"(?:scalat|dedott|detratt|deducted|descontad|restad)\w*|"
    r"\b(?:dovrebbe|should|deberia)\s+(?:essere|be|ser)\s+(?:piu\s+bass|lower|less|menor|inferior|mas\s+baj)\w*|"
    # it
    r"nota\s+di\s+credito|\bstorn[oai]\w*|\brifiut\w*|\bcontest\w*|\berrat[oaie]\b|\bsbagliat\w*|\bun\s+errore\b|\berrore\s+(?:nella|in|sulla|nell|di\s+fatturazione)|"
    r"\bnon\s+(?:e|sono|risulta|mi\s+sembra|ci\s+sembra)\s+(?:corrett|giust|dovut|conform)\w*|\bnon\s+concordat\w*|"
    r"\bda\s+accordi\b|\bconcordat[oa]\s+era\b|\bimporto\s+concordato\s+era|fatturat\w*\s+due\s+volte|"
    r"\bdue\s+volte\s+la\s+stessa|\bgia\s+(?:fatturat|pagat)\w*\s+(?:con|nell|in)\s+(?:l'|un'|la\s+)?(?:altra|precedente)|"
    r"\bsconto\b|\bnon\s+(?:funziona|va)\b|\bnon\s+(?:e|sono)\s+(?:ancora\s+)?(?:finit|completat|terminat|conclus|a\s+posto|pront)\w*|"
    r"\bnon\s+(?:l'|lo\s+|la\s+)?(?:ho|abbiamo)\s+mai\s+(?:chiest|ordinat|richiest)\w*|\bnon\s+era\s+nel\s+preventivo|"
    r"\beccedenza\b|\bnon\s+(?:siamo|sono)\s+autorizzat\w*\s+a\s+pagare|\bcorregger\w*|\bnon\s+(?:siamo|sono)\s+d'accordo|"
    r"\bmi\s+sembra(?:no)?\s+(?:tant|troppo|eccessiv)\w*|\bfamm?i\s+(?:tu\s+)?un\s+prezzo|\bnon\s+(?:la|lo|le|li)\s+pag\w+|"
    r"\bnon\s+(?:pagheremo|pagher[oò]|intendiamo\s+pagare|paghiamo)|\bnon\s+riconosc\w+|\bnon\s+corrispond\w+|"
    r"\bnon\s+ci\s+risulta\s+(?:dovut|concordat)\w*|\bduplicat\w*|\bdifform\w*|\bnon\s+conform\w*|"
    r"\bnon\s+(?:e|era)\s+(?:quello|quanto|il\s+prezzo|la\s+cifra|l'importo)\s+(?:concordat|pattuit|stabilit)\w*|"
    r"\bnon\s+pago\b|\bme\s+l'(?:hai|avete)\s+gia\s+(?:mandat|fatturat|inviat|fatt)\w*|\bfattura\s+doppia\b|\be\s+doppia\b|"
    # already billed: "questa fattura l'avete già emessa a ottobre", "è già stato fatturato"
    r"\bl'(?:hai|avete)\s+gia\s+(?:fatturat|emess|addebitat)\w*|\bgia\s+(?:stat[oa]\s+)?fatturat\w*|"
    r"\b(?:ci|mi)\s+(?:avete|hai)\s+gia\s+addebitat\w*"
    # es
    r"|nota\s+de\s+(?:credito|abono)|factura\s+(?:rectificativa|de\s+abono)|\brectific\w*|\bun\s+error\b|"
    r"\berror(?:es)?\s+en\b|\berrone\w*|"
    r"\bincorrect\w*|\bequivocad\w*|\bno\s+(?:es|esta)\s+correct\w*|\bno\s+estamos\s+de\s+acuerdo|\bdescuento\b|"
    r"\brebaja\b|\bno\s+(?:esta|estan)\s+(?:terminad|acabad|finalizad|complet|bien)\w*|\bya\s+(?:facturad|cobrad)\w*|"
    r"\bdos\s+veces\b|\bno\s+vamos\s+a\s+pagar|\bno\s+(?:pagaremos|pagamos|la\s+pagamos|lo\s+pagamos)|\breclam\w*|"
    r"\brechaz\w*|\bno\s+(?:lo|la)\s+(?:hemos\s+|he\s+)?(?:pedido|encargado|solicitado)|\bno\s+corresponde\w*|"
    r"\bno\s+acordad\w*|\blo\s+acordado\b|\bdemasiado\s+(?:cara|caro|alto|alta)|\bno\s+funciona\b|"
    r"\bno\s+(?:estoy|estamos)\s+conformes?|\bdisconform\w*|\bimpugn\w*|"
    r"\bno\s+es\s+(?:el|lo|la)\s+(?:acordad|pactad|convenid|presupuestad)\w*|\bno\s+es\s+lo\s+que\s+(?:acordamos|quedamos|pactamos)|"
    r"\bya\s+(?:me|nos)\s+(?:la|lo|las|los)\s+(?:cobr|factur)\w*|\bno\s+pago\b|\bno\s+pienso\s+pagar|"
    r"\bmas\s+horas\s+de\s+las\s+(?:acordadas|pactadas|presupuestadas|hablad)\w*|"
    r"\b(?:importe|precio|total|cantidad|cifra)\s+(?:esta|es)\s+mal\b|"
    r"\bno\s+es\s+(?:el|la|lo)\s+que\s+(?:acordamos|quedamos|pactamos|hablamos|presupuestaste)|"
    # the price held too high, said softly: "mi sembra un po' alta", "me parece un poco caro", "seems a bit steep"
    r"\b(?:mi|ci)\s+(?:sembra|pare)\s+(?:un\s+po'?\s*|piuttosto\s+|parecchio\s+|davvero\s+)?(?:car[oa]|alt[oa]|salat[oa]|"
    r"esagerat[oa])\b|\b(?:me|nos)\s+parece\s+(?:un\s+poco\s+|algo\s+|bastante\s+|muy\s+)?(?:car[oa]|alt[oa]|"
    r"exagerad[oa])\b|\b(?:seems|looks|feels)\s+(?:a\s+bit\s+|a\s+little\s+|rather\s+|quite\s+|very\s+)?(?:steep|"
    r"high|expensive|pricey)\b|"
    # the charge held unfair, the quality not there, a credit asked: "no me parece justo pagar el total", "I don't think
    # the full amount is fair", "the quality isn't there", "la calidad no es la esperada", "necesitamos un abono por..."
    r"\bno\s+(?:me|nos)\s+parece\s+(?:justo|correcto|razonable)|\b(?:is\s*n'?t|is\s+not|not)\s+(?:really\s+|entirely\s+)?"
    r"(?:fair|reasonable|justified)\b(?!\s+(?:on|to|for)\s+you)|\bdon'?t\s+think\s+(?:the\s+|this\s+|that\s+|it\s+)?(?:full\s+|whole\s+|total\s+)?"
    r"(?:amount|price|invoice|charge|fee|figure|it)?\s*(?:is\s+)?(?:fair|reasonable|justified)\b|"
    r"\b(?:quality|calidad|qualita)\s+(?:\w+\s+)?(?:is\s*n'?t|is\s+not|wasn'?t|no\s+es|no\s+ha\s+sido|non\s+e)\s+"
    r"(?:there|good\s+enough|acceptable|what\s+we\s+expected|la\s+esperada|la\s+acordada|adecuada|quella\s+attesa|all'altezza)|"
    r"\b(?:necesitamos|necesito|queremos|pedimos|solicitamos|hazme|haznos|emitir|emitas|emitais)\s+(?:un|una)\s+"
    r"(?:abono|factura\s+de\s+abono)\s+(?:por|de|para)\b|"
    # the late-payment interest or the fixed compensation refused, the invoice paid or promised: "pago venerdì,
    # ma i 40 euro di indennizzo non te li do", "os abonamos mañana, sin los intereses", "but not the late fee"
    rf"(?<!plazos\s)(?<!cuotas\s)(?<!rate\s)(?<!instalments\s)(?<!installments\s)"
    rf"\b(?:senza|sin|without|but\s+not|ma\s+non|pero\s+no|excluding|escluso|esclusi|except)\s+"
    rf"(?:(?:gli|i|il|la|le|los|las|el|the|any|your|vostri|tuoi|dei|degli|de\s+los)\s+)?(?:{_FEE_WORDS})\b|"
    rf"\b(?:{_FEE_WORDS})\b(?![^.!?\n]{{0,20}}\b(?:no\s+hay\s+problema|nessun\s+problema|no\s+problem))"
    rf"[^.!?\n]{{0,60}}\b(?:non\s+(?:\w+\s+){{0,2}}(?:do|diamo|pago|paghiamo|pagher\w*|riconosc\w*|"
    rf"dovut\w*|accett\w*)|no\s+(?:\w+\s+){{0,3}}(?:pago|pagamos|pagar\w*|reconoc\w*|doy|damos|aceptamos|acepto)|"
    rf"(?:won'?t|will\s+not|not\s+going\s+to|refuse\s+to|don'?t|can'?t\s+accept|do\s+not)\s+(?:be\s+)?(?:pay\w*|accept\w*))|"
    rf"\b(?:non\s+(?:\w+\s+){{0,2}}(?:pag\w+|riconosc\w+|accett\w+)|no\s+(?:\w+\s+){{0,3}}(?:pag\w+|reconoc\w+|acept\w+)|"
    rf"won'?t\s+(?:be\s+)?pay\w*|will\s+not\s+pay|refuse\s+to\s+pay|not\s+paying|rather\s+not\s+pay)\s+(?:\w+\s+){{0,4}}"
    rf"(?:{_FEE_WORDS})\b|"
    r"\bnon\s+(?:le|li|lo|la)\s+riconosc\w*|"
    # the sum agreed before, named against the invoice's: "avevamo detto 1.200", "habíamos quedado en 1.200"
    r"\bavevamo\s+(?:detto|concordato|pattuito|stabilito|parlato\s+di)\s+(?:\w+\s+){0,2}\d|"
    r"\bhab[ií]amos\s+(?:quedado\s+en|acordado|dicho|pactado|hablado\s+de)\s+(?:\w+\s+){0,2}\d|"
    # it, short forms: "le ore fatturate sono troppe", "non è stato completato", "non eravamo d'accordo"
    r"\b(?:ore|importo|cifra|prezzo|totale)\s+(?:\w+\s+){0,2}(?:sono|e)\s+(?:troppe|troppo|eccessiv\w*)|"
    r"\bnon\s+(?:e|sono)\s+stat[oaie]\s+(?:ancora\s+)?(?:finit|completat|terminat|conclus|consegnat)\w*|"
    r"\bnon\s+(?:eravamo|ero|eravate)\s+d'?accordo|\bmanca(?:no)?\s+(?:ancora\s+)?(?:le\s+|lo\s+|il\s+)?(?:ore\s+)?scont\w*"
    # en
    r"|\b(?:isn't|is\s+not|wasn't|was\s+not|hasn't\s+been|aren't)\s+(?:yet\s+)?(?:finished|complete|completed|delivered)\b|"
    r"credit\s+(?:note|memo)|\bdiscount\b|\bwrong\b|\ba\s+mistake\b|\bmistake\s+(?:in|on)\b|\bnot\s+(?:yet\s+)?(?:finished|complete|done|working|"
    r"delivered|what\s+we\s+agreed)|\b(?:doesn't|does\s+not|isn't|is\s+not)\s+work\w*|\balready\s+(?:been\s+)?"
    r"(?:billed|invoiced|charged|paid\s+for)|\b(?:billed|charged|invoiced)\s+(?:it|this|us|me|them|that)?\s*(?:double|twice)\b|"
    r"\b(?:was|were|is|are)\s+already\s+(?:in|on|included\s+in)\s+(?:inv\w*|invoice|the\s+(?:previous|other|last|earlier))|\btwice\b|\bdouble[-\s]?(?:billed|charged|invoiced)|\bduplicate\w*|"
    r"\brefuse\w*|\bdisput\w*|\b(?:won't|will\s+not|cannot|can't|are\s+not\s+going\s+to)\s+pay\s+(?:this|it|that|for)\b|"
    r"\bagreed\s+(?:price|rate|fee|amount|quote|on)\b|\bwe\s+agreed\b|\bovercharg\w*|\btoo\s+(?:high|much|expensive)\b|"
    r"\bnever\s+(?:ordered|asked|requested|agreed|approved|signed\s+off|authori[sz]ed|commissioned)\b|\bnot\s+paying\b|\breject\w*|\bover\s+budget\b|\bnot\s+(?:the\s+)?agreed\b"
    # a contractual penalty or a deduction the client applies, a price cut asked (it/es/en)
    r"|\bpenal[ei]\b|\bpenalizaci\w*|\bpenalidad\w*|\bpenalty\b|\bpenalties\b|\bdecurt\w*|\bdetra(?:iamo|rre|tto)\b|"
    r"\bdeduct\w*|\b\d+\s*%\s+off\b|\bknock\w*\s+\w*\s*off\b"
    # polite or indirect: the sum not owed, the invoice not theirs, cancelled, a price offered, the VAT wrong
    r"|\b(?:don'?t|do\s+not)\s+(?:think\s+)?(?:we|i)\s+owe\b|\b(?:we|i)\s+(?:don'?t|do\s+not)\s+owe\b|"
    r"\bshould(?:n'?t|\s+not)\s+have\s+to\s+pay\b|\bpay\s+for\s+work\s+(?:that\s+)?(?:we|i)\s+(?:didn'?t|did\s+not|never)\b|"
    r"\b(?:don'?t|doesn'?t|do\s+not|does\s+not)\s+match\s+(?:the\s+|our\s+|your\s+)?(?:timesheet|quote|estimate|"
    r"order|po|purchase\s+order|contract|hours)|"
    r"\bcancel\s+(?:this|the|that)\s+invoice\b|\bcalled\s+off\b|\b(?:can|could)\s+we\s+(?:agree|settle)\s+on\b|"
    r"\bon\s+hold\s+until\s+(?:we|i)\s+(?:receive|get|have)\b|"
    r"\bno\s+(?:es|son)\s+(?:nuestr[ao]s?|mi[ao]s?)(?=\s*[.,;!]|\s*$)|\bnon\s+(?:e|sono)\s+(?:nostr|mi)[aoie](?=\s*[.,;!]|\s*$)|"
    r"\bno\s+(?:podemos|podremos|puedo|podre)\s+hacer(?:nos|me)\s+cargo\b|\bno\s+procede\b|"
    r"\bno\s+(?:te\s+|os\s+|le\s+)?(?:la|lo)\s+deb(?:o|emos)\b|\bno\s+(?:te|os|le)\s+debemos\b|"
    r"\bnon\s+(?:te\s+|ti\s+|vi\s+|le\s+)?(?:la|lo)\s+dobbiamo\b|\bnon\s+(?:ti|vi|le)\s+dobbiamo\b|"
    r"\b(?:nos|me|ci|mi)\s+(?:parece|sembra|pare)\s+(?:\S+\s+){0,2}(?:excesiv|eccessiv|car[oa]\b|demasiado|troppo|tanto\b)|"
    r"\b(?:lo|la)\s+podemos\s+dejar\s+en\b|\b(?:possiamo|potremmo)\s+chiudere\s+a\b|"
    r"\b(?:anul\w+|annull\w+)\s+(?:esta|la|questa)\s+(?:factura|fattura)\b|"
    r"\bno\s+hemos\s+recibido\s+(?:ningun|el|nada)\b|\bnon\s+abbiamo\s+(?:ancora\s+)?ricevuto\s+(?:nessun|il\s+lavoro)|"
    r"\bnon\s+siamo\s+nelle\s+condizioni\s+di\s+(?:pagar|riconoscer|saldar)|\bnon\s+(?:ti|vi|le)\s+devo\b|"
    r"\b(?:fatto|fatta|fatti)\s+male\b|\bmal\s+(?:fatto|hecho)\b|\bbadly\s+done\b|"
    r"\bnon\s+(?:ci|mi)\s+(?:e|sono)\s+mai\s+stat[oaie]\s+(?:consegnat|fornit|inviat)\w*|\bmai\s+consegnat\w*|"
    r"\bsospend\w*\s+(?:il\s+)?pagament\w*|\bsuspend\w*\s+(?:el\s+|the\s+)?(?:pago|payment)|\bwithhold\w*\s+(?:the\s+)?payment|"
    r"\bdoppio\s+addebito\b|\bdoble\s+(?:cargo|cobro)\b|\bdouble\s+charge|"
    r"\b(?:gia|ya)\s+(?:compres[oa]|incluid[oa]|inclus[oa])\s+(?:nella|en\s+la)\s+(?:fattura|factura)|"
    r"\bscal(?:o|iamo|ate)\s+(?:\w+\s+)?\d|\b(?:descuento|descontamos|desconto)\s+(?:\w+\s+)?\d|"
    r"\bnon\s+(?:erano|era)\s+(?:previst[aei]|nel\s+contratto|concordat[aei]|pattuit[aei])\b|\btoglietel[ae]\b"
)
# dispute words that say something else where they stand (folded text before/after the word)
_ANSWER_BEFORE_RE = re.compile(r"\b(?:te|le|os|les|nel|il|questo|del|dal|al|en\s+este|in\s+questo)\s+$")
_NOT_BEFORE_WORD_RE = re.compile(
    r"\b(?:not|nothing|anything|don'?t|doesn'?t|didn'?t|isn'?t|wasn'?t|aren'?t|niente|nulla|nada|nessun\w*|ningun\w*)\b"
    r"[^.!?]{0,25}$"
)
_OWN_SLIP_BEFORE_RE = re.compile(
    r"\b(?:ho|abbiamo|avro|avrei|me\s+he|nos\s+hemos|me|nos|my|our|i\s+made\s+a|we\s+made\s+a|i'?ve\s+made\s+a)\s+(?:\w+\s+)?$"
)
_PAY_DETAIL_AFTER_RE = re.compile(
    r"\s+(?:\w+\s+){0,2}(?:iban|account|bank|details|number|code|reference|bic|swift|cuenta|conto|numero|codice|"
    r"coordinate|datos|dati)\b"
)
_PAY_DETAIL_BEFORE_RE = re.compile(
    r"\b(?:iban|bic|swift|conto|cuenta|account|coordinate|datos|dati)\s+(?:\w+\s+)?$"
)
_BILLED_RE = re.compile(r"\b(?:bill\w*|charg\w*|invoic\w*|factur\w*|cobr\w*|fattur\w*|addebit\w*)")
_THING_BROKEN_RE = re.compile(
    r"\b(?:link|enlace|collegamento|codice|code|iban|token|app|banca|banco|bank|banking|web|sistema|system|carta|card|tarjeta|computer|"
    r"ordenador|telefono|phone|portal|portale|chiavetta|pc|posta|email|correo|stampante|printer)\b"
)


_PAYMENT_SUBJECT_RE = re.compile(
    r"\b(?:pagamento|bonifico|pago|transferencia|transfer|payment|wire|ingreso|bizum|operazione|operacion)\b"
)


_SOFT_PRICE_RE = re.compile(
    r"(?:mi|ci|me|nos)\s+(?:sembra|pare|parece)|seems|looks|feels|quality|calidad|qualita|avevamo|hab[ií]amos"
)
_FAIR_AFTER_RE = re.compile(
    r"\b(?:ma|but|pero|però)\b[^.!?]{0,30}\b(?:giust\w*|corrett\w*|ok|okay|fine|fair|va\s+bene|vale|bien|correct\w*|"
    r"normal\w*|ci\s+sta|lo\s+entiendo|understand\w*|capisco|pagher\w*|pagaremos|te\s+lo\s+pago|ti\s+pago|will\s+pay|"
    r"we'll\s+pay|i'll\s+pay|asi\s+lo\s+acordamos|como\s+acordamos|as\s+agreed|come\s+d'accordo|anyway|igual|"
    r"comunque|lo\s+stesso)\b|"
    # the sum agreed confirmed: "avevamo detto 1.200 più IVA, quindi il totale è corretto", "y eso es lo que te he pagado"
    r"\b(?:quindi|asi\s+que|so|infatti|y\s+eso\s+es|and\s+that'?s)\b[^.!?]{0,40}\b(?:corrett\w*|giust\w*|bien|correct|"
    r"right|fine|ok|pagat\w*|pagad\w*|paid|lo\s+que\s+te\s+he\s+pagado)\b|\be\s+infatti\b"
)


def _not_a_dispute_word(folded: str, m: re.Match[str]) -> bool:
    """A dispute word that says something else where it stands: "te contesto" (I answer), "nothing wrong with
    it", "she's not wrong", "ho sbagliato qualche numero" (the writer's own slip), "I tried twice", "the link
    doesn't work", "la cantidad reclamada" (the sum the letter claims), "don't think it's a duplicate"."""
    word = m.group()
    before = folded[max(0, m.start() - 40) : m.start()]
    if _SOFT_PRICE_RE.match(word) and _FAIR_AFTER_RE.search(folded, m.end(), m.end() + 100):
        return (
            True  # "seems high but fair, we'll pay Friday", "mi sembra alto ma è giusto": the price accepted
        )
    if re.search(r"(?:complet|finit|finish|terminat|conclus)", word) and _PAYMENT_SUBJECT_RE.search(before):
        return True  # "il pagamento non è stato completato", "the transfer wasn't completed": a payment that failed
    if word.startswith("contest") and (
        _ANSWER_BEFORE_RE.search(before) or re.match(r"contest(?:ar\b|aci|ando\b)", word)
    ):
        return True
    if word in ("wrong", "duplicate", "duplicated", "mistake", "a mistake") and _NOT_BEFORE_WORD_RE.search(
        before
    ):
        return True
    if word == "wrong" and re.search(r"\b(?:went|go|goes|going|gone)\s+$", before):
        return True
    if word.startswith(
        ("wrong", "sbagliat", "errat", "equivocad", "incorrect", "un error", "an error", "a mistake")
    ) and (_PAY_DETAIL_AFTER_RE.match(folded, m.end()) or _PAY_DETAIL_BEFORE_RE.search(before)):
        return True  # "we had a wrong IBAN in our system", "l'IBAN sbagliato": the payment failed, nothing contested
    if word.startswith(
        ("sbagliat", "equivocad", "a mistake", "un errore", "un error")
    ) and _OWN_SLIP_BEFORE_RE.search(before):
        return True
    if re.match(r"(?:not|non|no)\s", word) and re.match(
        r"\s+(?:it\s+|this\s+|la\s+|lo\s+|te\s+la\s+)?(?:today|tonight|right\s+now|now|yet|this\s+week|this\s+month|"
        r"at\s+the\s+moment|oggi|stasera|adesso|ancora|hoy|ahora|todavia|aun|esta\s+semana)\b",
        folded[m.end() :],
    ):
        return True  # "not paying it today I'm afraid but it'll be done by Tuesday": a delay, not a refusal
    if re.match(r"(?:nos|me|ci|mi)\s", word) and re.search(
        r"\b(?:sollecit\w*|reminders?|recordatorios?|promemoria|e?-?mails?|messaggi|correos?)\b", before
    ):
        return True  # "il secondo sollecito in un mese mi sembra eccessivo": the reminders, not the invoice
    if word in ("twice", "dos veces") and not _BILLED_RE.search(folded):
        return True
    if re.fullmatch(
        r"non\s+(?:funziona|va)|no\s+funciona|(?:doesn't|does\s+not|isn't|is\s+not)\s+work\w*", word
    ):
        return bool(_THING_BROKEN_RE.search(folded[max(0, m.start() - 80) : m.start()]))
    if (
        word.startswith(("reject", "rechaz", "rifiut"))
        and (
            _THING_BROKEN_RE.search(before)
            # "Transfer rejected by our bank", "rechazada por el banco": the payment failed, the bank said no
            or re.match(
                r"\w*\s+(?:by|por|dalla|da)\s+(?:our|the|my|el|la|nuestro|nostra|mi|il)?\s*(?:bank|banco|banca)\b",
                folded[m.start() :],
            )
        )
    ):
        return True  # "the bank rejected the transfer", "la banca ha rifiutato il bonifico": a payment failed
    if word.startswith(("reject", "rechaz", "rifiut")) and (
        _PAYMENT_SUBJECT_RE.search(folded[max(0, m.start() - 80) : m.start()])
        and re.search(
            r"\b(?:nos\s+l[oa]s?|ce\s+l[oa]|ci\s+(?:hanno|ha)|(?:was|were|got)|our)\s+(?:\w+\s+)?$", before
        )
    ):
        return (
            True  # "hicimos la transferencia pero nos la rechazaron", "our transfer was rejected": it failed
        )
    if _CREDIT_NOTE_WORD_RE.match(word):
        window = folded[max(0, m.start() - 60) : m.end() + 60]
        done = _CREDIT_NOTE_DONE_RE.search(window)
        if done and not re.search(
            r"\b(?:non|not|no|haven't|hasn't|ancora|yet|todavia|aun)\b[^.]{0,25}$", window[: done.start()]
        ):
            return True  # "saldato al netto della nota di credito", "CN-3 received": a credit note already issued
    return bool(
        word.startswith("reclam") and re.search(r"\b(?:cantidad|importe|deuda|suma|cifra)\s+$", before)
    )


_CREDIT_NOTE_WORD_RE = re.compile(
    r"(?:nota\s+di\s+credito|nota\s+de\s+cr[eé]dito|credit\s+note|factura\s+rectificativa|rectificativa)"
)
# a credit note already issued and taken off what is paid: "al netto della nota di credito", "descontando el
# importe de tu factura rectificativa", "with CN-3 applied", "credit note received", "que nos emitiste"
_CREDIT_NOTE_DONE_RE = re.compile(
    r"\b(?:al\s+netto|dedott\w*|detratt\w*|scalat\w*|descontando|descontad\w*|restando|deducid\w*|net\s+of|less\s+the|"
    r"applied|deducted|netted|received|ricevut\w*|recibid\w*|che\s+ci\s+ha(?:i|\s+)?\s*emess\w*|emess[ao]|emitid[ao]|"
    r"que\s+nos\s+emit\w*|you\s+(?:issued|sent\s+us))\b"
)


# the day money sent lands, not a day it is sent: "you should see it by tomorrow", "it should show up Monday",
# "with value date 30.11.", "maybe it arrives Friday", "ti arriva lunedì", "te llegará el lunes"
# a message passed on from the one who pays: "mi ha detto di riferirle che...", "told me to let you know that..."
_PASS_ON_RE = re.compile(
    r"\s*(?:di\s+(?:riferir|dir|comunicar|avvisar)\w*|to\s+(?:tell|let)\s+you|que\s+(?:le|te|os)\s+(?:diga|comunique|avise))",
    re.IGNORECASE,
)
_AT_THE_LATEST_RE = re.compile(
    r"\b(?:como\s+(?:muy\s+)?tarde|como\s+mucho|a\s+mas\s+tardar|al\s+piu\s+tardi|al\s+massimo|at\s+the\s+(?:very\s+)?latest)\b"
)
_ARRIVAL_RE = re.compile(
    r"\b(?:should\s+(?:see|show|arrive|land|clear|reach|be\s+(?:there|in|with))|show\s+up|arrives?\b|will\s+arrive|"
    r"lands?\s+(?:in|on|by)|clears?\b(?!\s+(?:the|it|this|that|my|our|your|all)\b)|arriv(?:a|ano|er[àa]|eranno)\b|dovrebbe(?:ro)?\s+arrivar\w*|"
    r"lleg(?:a|an|ar[áa]|ar[áa]n)\b|tarda(?:n|r[áa])?\b|(?:you|you'll|will)\s+(?:see|get|receive)\s+it|"
    # "it's showing as pending and the bank says it'll go through on Monday"
    r"(?:it'll|it\s+will|should|will)\s+go\s+through)"
)
_TAX_RE = re.compile(r"\b(?:withholding|ritenut\w*|irpf|retenci\w*|tax|iva|vat|split\s+payment|acconto)\b")
# payment held back until work the freelancer owes arrives: "la pagaremos en cuanto nos enviéis los archivos
# que faltan", "we'll pay once the missing files are delivered"
_HELD_FOR_WORK_RE = re.compile(
    r"\b(?:quando|appena|solo\s+dopo|finche|cuando|en\s+cuanto|hasta\s+que|solo\s+cuando|once|when|"
    r"as\s+soon\s+as|until|only\s+after)\b.{0,80}\b(?:mancant[ie]|mancano|manca|que\s+faltan|que\s+falta|"
    r"pendientes?\s+de\s+entrega|missing|still\s+owed|outstanding\s+(?:files|work|deliverables|items))\b"
)
_DISPUTE_REST_RE = re.compile(
    r"\b(?:resto|rest|remainder|restante|balance|saldo|other\s+half|altra\s+meta|otra\s+mitad|la\s+otra\s+mitad|"
    r"l'altra\s+meta)\b(?:\s+\w+){0,3}\s+(?:quando|when|cuando|once|until|finche|hasta|appena|as\s+soon)\b"
)
_FIX_RE = re.compile(
    r"sistem|\bfix|corregg|arregl|finish|finit|termin|\bwork|funzion|funcion|resolv|risolv|a\s+posto|collaud|"
    r"\bbug|defect|difett|defecto|\btest|entreg|consegn|deliver"
)
_REFUSE_MARK_RE = re.compile(
    r"\b(?:finche|until|hasta\s+que|fino\s+a\s+quando|unless|a\s+meno\s+che|quindi|therefore|"
    r"so\s+we|per\s+cui|por\s+lo\s+tanto|asi\s+que|won't|will\s+not|no\s+vamos|"
    r"non\s+intendiamo|refuse|no\s+(?:\w+\s+)?(?:pienso|pensamos)|non\s+(?:\w+\s+)?(?:penso|pensiamo)\s+(?:proprio\s+)?di|"
    r"(?:don'?t|do\s+not)\s+intend|not\s+going\s+to)\b"
)
_NOT_US_DISPUTE_RE = re.compile(
    r"\b(?:scusa(?:te)?\s+(?:per\s+)?l'errore|mio\s+errore|my\s+(?:mistake|bad|error)|"
    r"error\s+(?:mio|nuestro)|culpa\s+mia|per\s+errore|por\s+error|by\s+mistake|"
    r"in\s+error|sorry\s+for\s+the\s+(?:mistake|error))\b"
)
# "fatto!", "ok fatto ieri sera", "all done", "that's all done", "ya está!!", "sorted it there now", "mi risulta
# partito il 15/12": the payment said done in a word or two at the head of a clause (the payment is what a
# reminder's answer is about); "echo." is the common misspelling of "hecho" when it is the whole clause
_BACK_BEFORE_RE = re.compile(
    r"\b(?:back|return\w*|rientr\w*|torn\w*|vuelv\w*|regres\w*|until|till|fino|hasta|from|dal|dall|desde|since|"
    r"closed|chius\w*|cerrad\w*|away|via|fuori|fuera)\b"
)


def _denied_day(folded: str, start: int, end: int) -> bool:
    """The clause naming the day denies it ("non è in lista per il 10"), unless it denies what comes before
    ("can't before the 28th" is a promise for the 28th)."""
    left = max(folded.rfind(c, 0, start) for c in ",.;!\n–—")
    rights = [i for i in (folded.find(c, end) for c in ",.;!\n–—") if i >= 0]
    clause = folded[left + 1 : min(rights) if rights else len(folded)]
    turn = list(re.finditer(r"\b(?:ma|but|pero|sino|bensi|anzi|instead)\b", folded[left + 1 : start]))
    if turn:
        clause = folded[
            left + 1 + turn[-1].end() : min(rights) if rights else len(folded)
        ]  # "oggi no ma giovedì"
    return bool(
        re.search(r"\b(?:non|not|no|nunca|mai|never|cannot|can't|cant|won't)\b", clause)
    ) and not _NOT_BEFORE_RE.search(clause)


_NOT_A_PAYMENT_DAY_RE = re.compile(
    r"\b(?:call\w*|meeting|riunione|chiam\w*|sentiamo|telefon\w*|llam\w*|reunion|cita|appuntamento|"
    r"consegn\w*|entreg\w*|deliver\w*|ricevut[oa]|recibid[oa]|received|"
    # the proof of a payment, sent that day ("ti mando la contabile domani")
    r"contabile|justificante|comprobante|resguardo|receipt|screenshot|captura|pantallazo|got\s+it|grazie\s+per|thanks\s+for|"
    r"polic\w*|politica|terms|termini|condizioni|condiciones|within|entro\s+\d+\s+giorni|dentro\s+de|leav\w*|lasci\w*|"
    r"dej\w*\s+la\s+empresa|write\s+to|scriv\w+\s+a|escrib\w+\s+a|contact\w*|"
    # an answer that day ("te escribo mañana con una fecha", "ti rispondo lunedì", "I'll get back to you Monday")
    r"(?:te|ti|vi|le|os|les)\s+(?:escrib\w*|scriv\w*|contest\w*|rispond\w*|respond\w*)|write\s+back|"
    r"get\s+back\s+to\s+you|cena|dinner|pranzo|lunch|comida|"
    r"party|festa|fiesta|pleno|patronato|junta|assemblea|asamblea|board|consiglio|comitato|comite|committee|"
    # an appointment confirmed for the day: "per lo shooting confermiamo giovedì 18 alle 9:30"
    r"shooting|shoot|servizio\s+fotografico|sessione|session|sopralluogo|visita|visit|rodaje|grabacion|filming|"
    r"confermiamo|confirmamos|we\s+confirm|confirmed\s+for|"
    # the writer or the office away: the day is a return, not a payment
    r"assente|ferie|fuori\s+(?:ufficio|sede)|chius[oa]|vacaciones|fuera\s+de\s+la\s+oficina|cerrad[oa]s?|"
    r"out\s+of\s+(?:the\s+)?office|closed|annual\s+leave|on\s+leave|reopen\w*|riapr\w*|reabr\w*)\b"
)
# a look, an answer or a talk that day, not a payment, in the clause of the day: "mañana lo miro y te digo",
# "domani controllo e ti faccio sapere", "let's talk tomorrow" (not "Friday for sure, I'll let you know once done")
_LOOK_RE = re.compile(
    r"\b(?:miro|mirar\w*|reviso|revis[ao]r\w*|compruebo|comprobar\w*|(?:te|le|os)\s+(?:digo|aviso|comento)|"
    r"ti\s+(?:dico|faccio\s+sapere)|vi\s+faccio\s+sapere|controll\w*|verific\w*|guard[oa]|check|look\s+(?:into|at)|"
    r"let\s+you\s+know|get\s+back|aggiorn\w*|talk|speak|chat|hablamos|hablar\w*|parliamo|parlarne|"
    r"pregunt\w*|chied\w*|ask|hablo|parlo|sento|"
    # the day a date is told, not paid on: "el lunes hablo con mi socio y te confirmo la fecha de pago"
    r"(?:confirm|conferm)\w*\s+(?:la\s+fecha|la\s+data|the\s+date|when|cuando|quando))\b"
)
_DAY_CLAUSE_END_RE = re.compile(r"[,;.!?\n]|\s(?:but|pero|ma|però)\s")
# what may stand beside a time ahead in a reply that only says when: "ok", "for sure", "sin falta", "ti pago"
_TIME_ONLY_WORDS = frozenset(
    """ok okay vale va bene bien si yes yep sure for sin falta senz'altro senzaltro sicuro sicuramente promesso
    prometido promise promised i we ll will pay paying it te ti lo la le pago pagamos pagaremos pagheremo pagher
    paghiamo pagare pagar pagarte pagarti saldo saldiamo tranquilo tranquila tranquillo tranquilla sorry scusa scusami
    perdona perdon grazie gracias thanks thank you ciao hola hi hello dai allora then by at the latest max massimo
    como mucho tardar a al el e y and di de del della dello la il lo entro early beginning of di ne as soon possible
    so hopefully spero espero saluti saludos saludo regards cheers best un abrazo besos go goes going out run runs
    payment payments pagamento pagamenti pago pagos transfer transferencia bonifico with in con en nel nella con s""".split()
)


def _clause_of(folded: str, start: int, end: int) -> str:
    """The clause of `folded` around [start, end): up to the nearest comma, stop or "but" on each side."""
    left = max((m.end() for m in _DAY_CLAUSE_END_RE.finditer(folded, 0, start)), default=0)
    right = _DAY_CLAUSE_END_RE.search(folded, end)
    return folded[left : right.start() if right else len(folded)]


# a payment named right before its day: "Pagamento il 20", "payment on the 20th", "pago el día 20"
_PAYMENT_DAY_RE = re.compile(
    r"\b(?:pagamento|bonifico|saldo|pago|transferencia|ingreso|payment|transfer)\s+(?:(?:il|el|on|for|by|entro|"
    r"the|dia|giorno|del|de|a|al)\s+){0,3}$"
)


def _payment_day_said(folded: str, ahead: list[dates.Found]) -> bool:
    """A day of the text's is the payment's own ("Ok, ricevuta. Pagamento il 20.", "Got it, payment on the 20th"):
    an acknowledgement beside it does not make it a delivery's or a meeting's day."""
    return any(
        _PAYMENT_DAY_RE.search(folded[max(0, f.start - 40) : f.start])
        and not _NOT_A_PAYMENT_DAY_RE.search(_clause_of(folded, f.start, f.end))
        for f in ahead
    )


_GAVE_PAST = frozenset(
    {
        "gave",
        "handed",
        "left",
        "dropped",
        "brought",
        "did",
        "went",
        "dimos",
        "dio",
        "dieron",
        "entregue",
        "deje",
        "lasciato",
        "dato",
        "consegnato",
        "portato",
    }
)


_PAY_CHANNELS = frozenset(
    {"bizum", "paypal", "satispay", "yape", "plin", "sinpe", "transferencia", "bonifico", "revolut", "wise"}
)
_ALL_FINE_THANKS_RE = re.compile(r"\W*(?:tutto\s+)?a\s+posto\W*(?:grazie(?:\s+mille)?|thanks|gracias)?\W*")
_WEEKDAY_WORD_RE = re.compile(
    r"\b(?:lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|lunes|martes|miercoles|jueves|viernes|sabado|domingo|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
)
_DONE_MARK_RE = re.compile(r"\b(?:ya|gia|already)\b")
_HAVING = frozenset(
    {
        "ho",
        "hai",
        "ha",
        "abbiamo",
        "avete",
        "hanno",
        "he",
        "has",
        "hemos",
        "habeis",
        "han",
        "have",
        "had",
        "habia",
        "habiamos",
        "habian",
        "avevo",
        "aveva",
        "avevamo",
        "avevano",
    }
)


def _past_said(clause: str, lang: str) -> bool:
    """The clause tells of something done (a verb in a past tense): its weekday is the one gone, not the next."""
    toks = _tokens(clause, lang)
    for k, (surface, f, _lemma) in enumerate(toks):
        if f in _GAVE_PAST or f in _IRREG_PAST_EN or f in _IRREG_PAST_ES:
            if k > 0 and toks[k - 1][1] in ("get", "gets", "getting", "be", "been", "being", "will", "ll"):
                continue  # "I get paid on the 25th": a present passive, not a past
            return True
        if (
            lang == "es"
            and f == "di"
            and k > 0
            and toks[k - 1][1] in ("le", "te", "les", "os", "se", "lo", "la", "ya")
        ):
            return True  # "le di el efectivo" ("di" is Italian "of" elsewhere)
        if lang == "en" and len(f) > 4 and f.endswith("ed"):
            return True
        if lang == "es" and _ES_PRETERITE_RE.search(surface) and f not in _AMBIGUOUS_1P_ES and len(f) > 3:
            return True
        if k > 0 and toks[k - 1][1] in _HAVING and _PARTICIPLE_RE.search(f):
            return True
    return False


def _only_time_said(folded: str) -> bool:
    """The text says nothing but a time ahead and words that go with a payment promise ("next week for
    sure", "la semana que viene sin falta"); not "our accountant returns next week", "I'm away next week" or
    "la semana que viene hablamos" (a return, an absence or a talk is news of its own)."""
    rest = _VAGUE_AHEAD_RE.sub(" ", folded)
    return all(w.strip("'") in _TIME_ONLY_WORDS for w in re.findall(r"[a-z']+", rest) if w.strip("'"))


# a time ahead with no day in it (folded)
_VAGUE_AHEAD_RE = re.compile(
    r"\b(?:next\s+(?:week|month)|early\s+next\s+(?:week|month)|(?:early|beginning\s+of)\s+(?:next\s+month|"
    r"january|february|march)|in\s+a\s+(?:few|couple\s+of)\s+days|"
    r"(?:la\s+)?settimana\s+prossima|la\s+prossima\s+settimana|(?:ai|a|nei)\s+primi\s+(?:del|di)\s+(?:mese|\w+)|"
    r"(?:a\s+|ad\s+)?inizio\s+(?:mese|settimana|gennaio|febbraio|marzo)|il\s+mese\s+prossimo|tra\s+qualche\s+giorno|"
    r"la\s+semana\s+que\s+(?:viene|entra)|la\s+proxima\s+semana|el\s+mes\s+que\s+(?:viene|entra)|a\s+primeros\s+de\s+(?:mes|\w+)|"
    r"(?:a\s+)?principios\s+de\s+(?:mes|enero|febrero|marzo)|en\s+unos\s+dias|"
    r"(?:a|in|en|ad|entro)\s+(?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|"
    r"dicembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|january|"
    r"february|march|april|may|june|july|august|september|october|november|december))\b"
)
_PROPOSAL_RE = re.compile(
    r"\b(?:ok|okay|va\s+bene|vale|fine|good|puede\s+ser|te\s+va|ti\s+va|would\s+that\s+work)\W*\?"
)
_ELLIPTIC_RE = re.compile(
    r"^\W*(?:(?:ok(?:ay|ey)?|si|yes|yep|all|that'?s\s+all|it'?s\s+all|everything'?s|tutto|todo|mi\s+risulta|"
    r"risulta|y|e|and|gia|already)\W+)*(?:fatto|fatta|done|hecho|hecha|listo|lista|sent|paid|pagato|pagata|pagado|"
    r"pagada|saldato|saldata|sorted|sistemato|sistemata|processed|processato|processata|procesado|procesada|tramitado|"
    r"eseguito|eseguita|effettuato|effettuata|fato|solucionado|arreglado|ya\s+(?:lo|la)\s+tienes|"
    r"tramitada|enviado|transferido|partito|partita|partiti|ya\s+esta|ya\s+ta|ya\s+quedo(?=\s*(?:[,.!]|$|el\s+(?:pago|deposito|ingreso)|la\s+transferencia|pagad|hech|list))|bonifico\s+(?:fatto|"
    r"partito)|transferencia\s+(?:hecha|realizada|enviada)|pago\s+(?:hecho|realizado)|payment\s+(?:sent|made|"
    r"done|gone)|(?:it'?s|it\s+has|has|it)\s+gone(?:\s+through|\s+out|\s+over)?|gone\s+through|went\s+through)\b"
    r"[^?]{0,60}$|^\W*(?:ya\s+)?echo\W*$|"
    # the same said as a clause of its own: "tutto a posto, controlla pure", "già regolato", "all squared up", "taken
    # care of!", "should be in your account now", "check your account, it's there" (not "tutto a posto da noi?")
    r"^\W*(?:(?:ok(?:ay)?|si|yes|tutto|all|gia|already|now|e|and)\W+)*(?:a\s+posto|regolat[oa]|squared(?:\s+up|\s+away)?|"
    r"taken\s+care\s+of|should\s+be\s+in\s+your\s+account|(?:it'?s|it\s+is)\s+in\s+your\s+account|"
    r"check\s+your\s+account)(?:\s+(?:now|ora|adesso|already|gia))?[^\w?]*$"
)
# a payment run gone by that took the invoice (folded): "è entrata nel pagamento fornitori di ieri", "went out in
# yesterday's BACS run", "entró en la remesa del lunes pasado", "was included in last Friday's payment run"
_PAST_RUN_RE = re.compile(
    r"\b(?:entrat[oa]|inclus[oa]|messa|entro|incluid[oa]|went(?:\s+out)?|was\s+(?:included|processed|paid)|got\s+paid)\s+"
    r"(?:\w+\s+){0,2}?(?:in|nel|nella|nei|en|with)\s+(?:the\s+|la\s+|el\s+|il\s+)?(?:\w+\s+){0,2}?"
    r"(?:(?:yesterday'?s|last\s+\w+'?s?|this\s+morning'?s)\s+(?:\w+\s+)?(?:run|batch|pay\s*run)|"
    r"(?:pagamento|pagamenti|distinta|remesa|giro|run|batch|pagos)\b(?:\s+\w+){0,2}?\s+(?:di\s+ieri|de\s+ayer|"
    r"of\s+yesterday|del\s+(?:lunes|martes|miercoles|jueves|viernes)\s+pasado|"
    r"del\s+pasado\s+(?:lunes|martes|miercoles|jueves|viernes)|dello\s+scorso\s+(?:lunedi|martedi|mercoledi|giovedi|venerdi)|"
    r"di\s+(?:lunedi|martedi|mercoledi|giovedi|venerdi)\s+scorso))"
)
_NEG_NEAR_RE = re.compile(r"\b(?:non|not|no|didn'?t|hasn'?t|wasn'?t|todavia|ancora|yet)\b")
# a greeting that opens a reply (folded), alone on its line or before the first comma
_GREETING = (
    r"\W*(?:hi|hello|hey|dear|morning|good\s+morning|ciao|salve|buongiorno|buonasera|gentile|hola|buenas|"
    r"buenos\s+dias|buenas\s+tardes)\b[^,\n!.]{0,25}"
)
_GREETING_RE = re.compile(rf"^{_GREETING}[,!.]\s*")
_GREETING_ONLY_RE = re.compile(
    rf"{_GREETING}[,!.]?\s*"
)  # (used with fullmatch: a line that is only a greeting)
# "ecco la ricevuta", "te paso captura", "please see the attached confirmation", "ti giro la contabile": the
# client shows the proof of a payment made
_PROOF_RE = re.compile(
    r"\b(?:ecco(?:ti|vi)?|here'?s|here\s+(?:is|are)|attached|attaching|adjunt[oa]|allego|allegat[oa]|in\s+allegato|"
    r"enclosed|(?:te|ti|vi|le|os)\s+(?:paso|passo|mando|giro|invio|envio|inoltro|reenvio|adjunto)|find|see)\b"
    r"(?:\s+\S+){0,3}?\s+(?:(?:la|il|el|the|a|una?|lo|our|my|la\s+mia|el\s+mio)\s+)?(?:ricevuta|contabile|"
    r"screenshot|screen|captura|pantallazo|justificante|comprobante|resguardo|receipt|proof|confirmation|"
    r"remittance|conferma|copia\s+del\s+bonifico|copia\s+de\s+la\s+transferencia)\b(?!\s+(?:di\s+consegna|"
    r"of\s+(?:delivery|receipt)|de\s+entrega))|"
    # the proof named first: "la contabile è in allegato", "el justificante va adjunto", "receipt attached"
    r"\b(?:ricevuta|contabile|justificante|comprobante|receipt|remittance(?:\s+advice)?|screenshot|proof\s+of\s+payment)"
    r"\s+(?:(?:del\s+bonifico|de\s+la\s+transferencia|de\s+pago|di\s+pagamento)\s+)?"
    r"(?:(?:e|is|va|esta|te\s+lo|te\s+la)\s+)?(?:in\s+allegato|allegat[oa]|adjunt[oa]|attached|enclosed)\b"
)
_MONEY_TALK_RE = re.compile(
    r"\b(?:pag\w+|bonific\w+|saldo|saldar\w*|salda\w*|transfer\w*|abon\w*|pay\w*|paid|wire\w*|"
    r"remit\w*|bizum|fattur\w*|factur\w*|invoice\w*|importe|importo|amount|iban|soldi|dinero|"
    r"money|fund\w*)\b"
)
_QUESTION_ONLY_RE = re.compile(r"\?\s*$")


# A cheap pre-filter: a sentence without any of these stems carries no payment event.
_MAYBE_PAY_RE = re.compile(
    r"pag|sald|bonific|vers|abon|transf|ingres|liquid|\bpa[iy]|leav|\bleft\b|settl|wire|remit|bizum|fa[tcr]|fe[cr]|eff|dispo|ese|"
    r"invi|mand|emes|emit|ordin|autoriz|gir|hac|hic|hech|hag|realiz|efect|envi|tramit|mak|made|sen[dt]|proces|initi|"
    r"\bd[oi]|done|arrang|releas|schedul|submit|lanz|dar|d[aoò]\b|proce|provv|pas|put|approv|aprob|inser|mett|"
    r"part|usc|esc|and|sal|went|gone|complet|clear|lo\b|la\b|it\b|\bgo\b|incl|rif|rehac|redo|resen|reenv|reinv|"
    r"manag|deposit|yape|pline|cancel|squar|drop|cheque|assegn|issu|sped|[€$£]",
    re.IGNORECASE,
)


# Wording of our own letters that a client's mail client may paste back without quote marks.
_LETTER_RE = re.compile(
    r"ignor[ie]\s+(?:pure\s+)?questo\s+messaggio|ignore\s+(?:this|este)\s+(?:message|mensaje)|agradecer[ií]a|"
    r"would\s+be\s+grateful|le\s+sarei\s+grat[oa]|ti\s+sarei\s+grat[oa]|in\s+cuanto\s+sea\s+posible|"
    r"as\s+soon\s+as\s+(?:possible|you\s+can)|appena\s+possibile|thank\s+you\s+for\s+(?:letting|telling)|"
    r"grazie\s+per\s+avermi|gracias\s+por\s+(?:avisarme|indicarme|comunicarme)|late\s+(?:payment\s+)?(?:fee|interest)|"
    r"interessi\s+di\s+mora|intereses\s+de\s+demora|suspend|sospen|"
    # requests to the reader are not claims: "please arrange payment by...", "could you send me the transfer?"
    r"\bplease\s+(?:arrange|send|make|pay|settle)|\bcould\s+you\s+(?:please\s+)?send\b",
    re.IGNORECASE,
)


# Our letter named, not quoted: "in riferimento al Vostro sollecito", "thanks for the reminder", "gracias por
# el recordatorio".  Such a sentence is the client's own, though it holds a word of our letters.
OUR_LETTER_NAMED_RE = re.compile(
    r"\b(?:al|il|lo|del|dal|nel|vostro|vostra|suo|sua|tuo|tua|the|your|su|tu|vuestro|el|last|latest|second|"
    r"secondo|ultimo|segundo|ultimo)\s+(?:\w+\s+)?(?:sollecit[oi]|promemoria|reminders?|recordatorios?)\b"
    r"(?:\s+(?:di\s+pagamento|de\s+pago|in\s+oggetto|del\s+\d{1,2}\S*))?|"
    # the invoice "you reminded us of" ("la fattura 90/2026 da Lei sollecitata", "the invoice you chased")
    r"\b(?:da\s+(?:lei|voi|te)\s+sollecitat[oaie]|(?:que|la\s+cual)\s+(?:nos|me)\s+recuerda\w*|you\s+(?:chased|reminded\s+us\s+(?:of|about)))\b",
    re.IGNORECASE,
)

_REST_RE = re.compile(
    r"\b(?:il\s+resto|el\s+resto|the\s+rest|the\s+remainder|the\s+balance|the\s+other\s+half|l'altra\s+meta|"
    r"the\s+other\s+(?:[€$£]\s?)?\d[\d.,]*|gli\s+altri\s+\d[\d.,]*|los\s+otros\s+\d[\d.,]*|"
    r"la\s+otra\s+mitad|lo\s+restante|la\s+parte\s+restante|il\s+saldo|el\s+saldo)\b"
)
# an invoice named by its number in a clause of its own: "la 2026-053", "la 38 di 980 €", "invoice 17"
_OTHER_INVOICE_RE = re.compile(
    r"\b(?:la|el|the|invoice|fattura|factura|fra|ft|fatt|inv)\.?\s+(?:n[.º°o]?\s*)?[a-z]{0,4}-?\d[\d/\-]*\b"
)
_RETURNED_RE = re.compile(
    r"\b(?:tornat[oa]\s+indietro|rientrat[oa]\s+(?:sul\s+nostro\s+conto|indietro)|(?:ci|mi|me|nos|les?)\s+(?:ha|han)\s+"
    r"(?:devuelto|rechazado|respinto|rifiutato|stornato)|(?:ha|han|[eè]\s+stat[oa]|fue|sido)\s+(?:devuelt[oa]|rechazad[oa]|"
    r"respint[oa]|stornat[oa]|rifiutat[oa])|bounced(?:\s+back)?|(?:was|were|been|got)\s+(?:returned|rejected|bounced)|"
    r"(?:returned|rejected)\s+(?:it|the\s+(?:payment|transfer|wire))|rebot\w*)\b"
)
# payment terms counted from the invoice: "a 60 giorni data fattura fine mese", "30 días fecha factura", "60 days EOM"
_TERMS_RE = re.compile(
    r"\b\d{2,3}\s*(?:giorni|gg|dias|days|d)\b[^.\n]{0,25}\b(?:d\.?\s?f\.?|data\s+fattura|df|ff|fecha\s+(?:de\s+)?factura|"
    r"invoice\s+date|from\s+(?:the\s+)?invoice|fine\s+mese|fm|f\.m\.|fin\s+de\s+mes|final\s+de\s+mes|end\s+of\s+(?:the\s+)?month|eom)\b"
)
# a complaint let go beside a payment promised: "pero bueno", "but that's on us", "te lo pago igual", "pago comunque"
_CONCEDE_RE = re.compile(
    r"\b(?:pero|but|ma|però)\s+(?:bueno|vale|lo\s+entendemos|entendemos|that'?s\s+(?:on\s+us|fine|ok)|never\s+mind|"
    r"no\s+pasa\s+nada|va\s+bene|pazienza|fa\s+niente|non\s+importa|we\s+understand|lo\s+capisco|capisco)\b|"
    r"\b(?:te\s+lo|te\s+la|lo|la)\s+pago\s+igual\b|\bpay\s+(?:it\s+|you\s+)?anyway\b|"
    r"\b(?:ti\s+)?(?:la\s+)?pago\s+(?:lo\s+stesso|comunque)\b|\bcomunque\s+(?:ti\s+)?(?:la\s+)?pag"
)
# sent again after it came back: "l'ho rifatto oggi", "la he vuelto a hacer", "I've resent it"
_REDONE_RE = re.compile(
    r"\b(?:rifatt\w*|rifatto|rifare|rimandat\w*|reinviat\w*|di\s+nuovo|nuovamente|ripetut\w*|de\s+nuevo|otra\s+vez|"
    r"vuelto\s+a\s+(?:hacer|enviar|mandar|pagar|transferir)|rehech\w*|reenviad\w*|again|re-?sent|re-?sen[dt]|"
    r"re-?did|redone|re-?issued)\b"
)
_OTHERWISE_RE = re.compile(
    r"\b(?:otherwise|or\s+else|altrimenti|sennò|senno|si\s+no|de\s+lo\s+contrario|sino)\b"
)
_NEW_SUBJECT = frozenset(
    {"lui", "lei", "io", "noi", "voi", "loro", "mio", "mia", "nostro", "nostra", "il", "la"}
)
# (not "che": "il commercialista, che è quello che paga" is who pays, no payment; not "mi": "il cliente mi paga
# venerdì" is the client paid by theirs)
_SORTED_OBJECTS = frozenset(
    {"it", "this", "payment", "bill", "balance", "transfer", "invoice", "money", "amount"}
)
_HANDED_TO = frozenset(
    {
        "contabilidad",
        "administracion",
        "gestor",
        "gestoria",
        "asesor",
        "asesoria",
        "finanzas",
        "tesoreria",
        "departamento",
        "jefe",
        "jefa",
        "socio",
        "socia",
        "contabilita",
        "amministrazione",
        "commercialista",
        "ufficio",
        "capo",
        "responsable",
        "compras",
        "pagos",
        "proveedores",
        "accounts",
        "finance",
        "accounting",
        "bookkeeper",
        "accountant",
    }
)
_IT_SUBJECTS = frozenset({"lui", "lei", "loro", "ti", "te", "vi"})
_PAGO_VERB_BEFORE = frozenset(
    {"te", "le", "lo", "la", "los", "las", "os", "les", "se", "me", "nos", "ya", "no", "yo", "hoy", "y"}
)
# a habit names days that are no promise: "va in pagamento al primo ciclo utile, di solito il 15 o il 30"
HABIT_RE = re.compile(
    r"\b(?:di\s+solito|solitamente|normalmente|generalmente|usually|normally|generally|typically|de\s+costumbre|"
    r"por\s+lo\s+general|suele|solemos|sole(?:mos)?\s+pagar)\b"
)
_INFINITIVE_RE = re.compile(r"[a-z]{2,}(?:are|ere|ire|ar|er|ir)")
_NOT_BEFORE_RE = re.compile(r"\b(?:prima|before|antes|until|till|fino|hasta)\b")
# "non ce la facciamo", "no llego", "we can't make it": not managing in time, not refusing to pay
_CANT_MANAGE_RE = re.compile(
    r"\bce\s+la\s+fa\w*|\bno\s+(?:llego|llegamos)\b|\bcan'?t\s+make\s+it\b|\bcannot\s+make\s+it\b"
)
_CANT_BEFORE_RE = re.compile(
    r"\b(?:can'?t|cannot|can\s+not|won'?t\s+be\s+able\s+to|not\s+able\s+to|"
    r"non\s+(?:riesco|riusciamo|posso|possiamo|ce\s+la\s+faccio|ce\s+la\s+facciamo)|"
    r"no\s+(?:puedo|podemos|llego|llegamos|me\s+es\s+posible|nos\s+es\s+posible))\b[^.!?\n]{0,30}?"
    r"\b(?:before|prima\s+del?l?|antes\s+del?)\s"
)
_INTERJECTED_NO_RE = re.compile(r"^\W*no\b(?=\s*[^\w\s,;:.!?'’\"()])", re.IGNORECASE)

_MAX_CHARS = 4_000
_MAX_SENTENCE = 600


def _sentences(text: str) -> list[str]:
    # a line that continues a wrapped sentence (it starts in lower case) is joined to it, so that
    # "If you have already\npaid, please ignore this" keeps its condition
    text = re.sub(r"(?<![.!?:;])[ \t]*\n[ \t]*(?=[a-zà-ÿ(\d])", " ", text)
    return [s.strip()[:_MAX_SENTENCE] for s in _SENT_SPLIT_RE.split(text) if s and s.strip()]


_ARTICLES = frozenset(
    {
        "il",
        "l",
        "lo",
        "la",
        "el",
        "the",
        "un",
        "una",
        "uno",
        "del",
        "dell",
        "della",
        "al",
        "all",
        "su",
        "tu",
        "vostro",
        "nostro",
        "our",
        "your",
        "my",
        "a",
        "an",
        "nel",
        "nell",
        "dal",
        "dall",
        "sul",
        "sull",
        "los",
        "las",
        "i",
        "gli",
        "le",
    }
)


def _pick(found: list[dates.Found], ref: date | None) -> date | None:
    """The promised day among the dates of a clause: never one already past, and "oggi"/"today" only
    when nothing more precise is said ("oggi no, ma martedì te lo faccio")."""
    ahead = [f for f in found if ref is None or f.value >= ref]
    precise = [f for f in ahead if f.explicit or f.value != ref]
    chosen = precise or ahead
    return chosen[0].value if chosen else None


# A payment plan or queue (folded text): with a day ahead in the same sentence, a promise for that day.
SCHEDULE_RE = re.compile(
    r"\bin\s+lista\b|\bdistinta\b|\b(?:nel|al|il|of\s+the|the)\s+run\b|\brun\s+(?:di|del|of)\b|\bgiro\s+(?:dei\s+|di\s+)?pagament|"
    r"\bpagamenti\s+del\b|\bcalendario\s+(?:dei\s+|de\s+)?pag|\bprogrammat[oaie]\b|\bschedulat[oaie]\b|\bin\s+pagamento\b|"
    r"\bremesa\b|\blista\s+de\s+pagos|\bprogramad[oa]s?\b|\bciclo\s+de\s+pagos|\bpagos\s+del\b|\bprevist[oa]\s+para\b|"
    r"\bpay(?:ment)?\s+run|\bpayments?\s+(?:batch|cycle)|\bscheduled\b|\bqueued\b|\bin\s+the\s+queue|\bslated\s+for|"
    r"\bgive\s+(?:me|us)\s+(?:until|till|til)\b|\bdammi\s+(?:tempo\s+)?fino|\bdame\s+(?:de\s+plazo\s+)?hasta|"
    # "Friday's run", "in the bank queue for Monday", "inclusa nel pagamento fornitori del 15", "giro bonifici"
    r"\b\w+'s\s+(?:\w+\s+){0,2}run\b|\b(?:our|the|next|this|a)\s+(?:\w+\s+)?(?:supplier|suppliers|bacs|cheque|check|ach|wire)\s+run\b|\bour\s+run\b|\b(?:bank|payment|payments)\s+queue\b|\bqueue\s+for\b|"
    r"\binclus[oaie]\s+(?:nel|nella|nei|in)\s+(?:\w+\s+)?(?:pagament|giro|run|distinta|bonific)|"
    r"\bincluid[oa]s?\s+en\s+(?:el|la|los|las)\s+(?:\w+\s+)?(?:pagos?|remesa|lista|transferencias)|"
    r"\bincluded\s+in\s+(?:the\s+|our\s+)?(?:\w+\s+)?(?:payment|run|batch|payments)|"
    r"\b(?:entra|va|ir[aá]|sale|saldr[aá])\s+en\s+el\s+pago\s+del\b|\bpagamento\s+(?:\w+\s+)?dell'|"
    r"\bprenotat[oa]\s+(?:il\s+|un\s+)?(?:bonifico|pagamento)\b|\bbooked\s+(?:for|in)\b|\bfecha\s+(?:de\s+)?valor\b|\bvalue\s+date\b|\bcon\s+vencimiento\b|\bprenotat[oa]\s+per\b|\bgiro\s+(?:dei\s+|di\s+)?bonific|\bpagament[oi]\s+(?:\w+\s+)?del\b|\bsupplier\s+(?:batch|run|payments)"
)
# a transfer set up to leave on a day ahead: "ho fatto un bonifico programmato per il 20", "I've set up the
# transfer for the 18th" (made today, the money goes on that day: a promise, whatever was done today)
_SET_FOR_RE = re.compile(
    r"\b(?:programmat[oa]|programad[oa]|schedulat[oa]|scheduled|set\s+up|impostat[oa]|con\s+data\s+esecuzione)\s+"
    r"(?:per|para|for|al|el|il|on)\b|"
    r"\bprenotat[oa]\s+(?:il\s+|un\s+)?(?:bonifico|pagamento)\s+per\b|"
    # "è inserita nella distinta bonifici che parte il 31 marzo", "va en la remesa que sale el 25"
    r"\b(?:distinta|remesa|run|batch)\b[^.;:!?]{0,40}\b(?:che\s+(?:parte|esce|va)|que\s+(?:sale|se\s+env[ií]a)|"
    r"(?:that|which)\s+goes\s+out|going\s+out)\s+(?:il|el|on|the)\b"
)


def _set_for_ahead(fs: str) -> bool:
    """A transfer set up for a day ahead, whatever was done to set it up ("ho fatto un bonifico programmato per il
    20"); not a plan overtaken by a payment told after it ("it was scheduled for the 15th but we sent it
    yesterday")."""
    m = _SET_FOR_RE.search(fs)
    return m is not None and not any(w in _PLAN_DONE for w in _TOKEN_RE.findall(fs[m.end() :]))


_PLAN_DONE = frozenset(
    {
        "ieri",
        "ayer",
        "yesterday",
        "stamattina",
        "stamane",
        "scorso",
        "scorsa",
        "pasado",
        "pasada",
        "last",
        "ago",
        "hace",
        "fatto",
        "fatta",
        "done",
        "hecho",
        "hecha",
        "sent",
        "paid",
        "pagato",
        "pagata",
        "pagado",
        "pagada",
        "partito",
        "partita",
        "enviado",
        "enviada",
        "eseguito",
        "effettuato",
        "inviato",
        "realizada",
        "realizado",
        "completed",
        "saldato",
        "saldata",
        "saldate",
        "saldati",
        "pagate",
        "pagati",
        "bonificato",
        "versato",
        "abonado",
        "abonada",
        "transferido",
        "transferida",
        "settled",
        "wired",
        "rif",
        "ref",
        # the run or batch already gone ("ya salió en la remesa del día 10", "went in Friday's run")
        "salio",
        "salieron",
        "went",
        "entrata",
        "entrato",
    }
)
# ... but not a meeting or a call planned for that day, nor a plan denied
_NOT_SCHEDULE_RE = re.compile(
    r"\b(?:call|meeting|riunione|reunion|incontro|appuntamento|cita|non|not|no|never|nunca|mai)\b"
)
_DOC_NOUNS = frozenset(
    {
        "fattura",
        "factura",
        "invoice",
        "ricevuta",
        "justificante",
        "comprobante",
        "iban",
        "bank",
        "banca",
        "banco",
    }
)
_PRONOUNS = frozenset({"te", "ve", "me", "ce", "se", "gli", "glie", "ti", "vi", "mi", "ci", "os", "nos"})
# things a client sends that are not money: with one of them in the clause and no payment noun, "os lo
# mandamos a finales de enero" sends the withholding certificate, not the payment; as the object of a verb
# of doing or sending, "gli ho girato la mail", "ti faccio sapere"
_OTHER_THINGS = frozenset(
    {
        "lista",  # "ti mando a parte la lista dei pezzi"
        "list",
        "elenco",
        "pdf",
        "certificado",
        "certificato",
        "certificazione",
        "certificate",
        "documento",
        "documenti",
        "documentos",
        "document",
        "documents",
        "contratto",
        "contrato",
        "contract",
        "modulo",
        "formulario",
        "form",
        "preventivo",
        "presupuesto",
        "quote",
        "file",
        "archivos",
        "foto",
        "fotos",
        "photos",
        "report",
        "informe",
        "dati",
        "datos",
        "details",
        "testi",
        "textos",
        "bozza",
        "borrador",
        "draft",
        "mail",
        "email",
        "e-mail",
        "messaggio",
        "mensaje",
        "message",
        "correo",
        "richiesta",
        "solicitud",
        "request",
        "pratica",
        "files",
        "modifiche",
        "changes",
        "cambios",
        "sapere",
        "saber",
        "know",
        "presente",
        # a message of another kind, a link, an address ("te he enviado un whatsapp", "el enlace de la reunión")
        "whatsapp",
        "wasap",
        "audio",
        "vocale",
        "sms",
        "enlace",
        "link",
        "direccion",
        "indirizzo",
        "address",
        "informacion",
        "informazioni",
        "information",
    }
)


def _clitic_verb(toks: list[tuple[str, str, str]], i: int) -> bool:
    """ "te lo mando", "la approvo", "la inseriamo": lo/la before a verb in the first person is a
    pronoun, not an article (the noun "il saldo" / "lo storno" is left alone)."""
    f, lemma = toks[i][1], toks[i][2]
    verb_form = lemma != f and (lemma in _PAY_VERBS or lemma in _DO_VERBS)
    if toks[i - 1][1] in ("le", "gli", "ti", "vi", "te", "os", "ce", "me"):
        # "Le pago l'80%", "gli saldo": a dative pronoun before a paying verb ("le fatture" stays a noun)
        return verb_form and (f not in _PAY_NOUNS or f == "pago")
    if toks[i - 1][1] not in ("lo", "la", "l", "los", "las"):
        return False
    if i >= 2 and toks[i - 2][1] in _PRONOUNS:  # (and "te los pago", "se las mandamos")
        return True
    if f in ("pago", "saldo"):
        return True  # "la pago venerdì", "lo saldo domani": the nouns are "il/el pago", "il saldo"
    # "te lo mando", "la approvo", and the third person "adesso lo rifà"
    return f not in _PAY_NOUNS and lemma != f and (_PRESENT_1P_RE.search(f) is not None or verb_form)


_EN_VERB_FORMS = frozenset(
    {
        "drop",
        "dropped",
        "issued",
        "square",
        "squared",
        "send",
        "sent",
        "pay",
        "make",
        "made",
        "wire",
        "wired",
        "transfer",
        "transferred",
        "do",
        "did",
        "process",
        "processed",
        "release",
        "released",
        "arrange",
        "arranged",
        "settle",
        "settled",
        "redo",
        "resend",
        "initiate",
        "initiated",
        "submit",
        "submitted",
        "schedule",
        "scheduled",
        "approve",
        "approved",
        "put",
        "include",
        "included",
    }
)


def _rolled_day(folded: str, found: list[dates.Found], day: date, ref: date | None) -> bool:
    """Whether `day` is a bare day of the month ("del día 15") read as next month's because this month's has
    gone: said with a past tense, it is this month's."""
    if ref is None or (day.year, day.month) == (ref.year, ref.month):
        return False
    return any(
        f.value == day
        and not f.explicit
        and re.search(r"\d", folded[f.start : f.end]) is not None
        and _MONTH_OR_DATE_RE.search(folded[f.start : f.end]) is None
        for f in found
    )


_MONTH_OR_DATE_RE = re.compile(rf"\b(?:{dates._MN})\b|\d\s*[/.\-]\s*\d")


def stated_days(text: str, ref: date | None, lang: str | None, *, us: bool = False) -> list[dates.Found]:
    """The days `text` states, less a bare day of the month told with a past tense ("Ho ricevuto la fattura il 3,
    la giro in pagamento", written on 7 December: the 3rd gone, which the date reader sets in January)."""
    found = dates.find(text, ref, us=us)
    if ref is None or not found:
        return found
    lg = lang or "it"
    folded = fold(text)
    return [
        f
        for f in found
        if not (_rolled_day(folded, [f], f.value, ref) and _told_as_past(folded, f.start, f.end, lg))
        # "Sono fuori fino al 15, poi ti pago": the day an absence ends, the payment after it on no day stated
        and not (
            _UNTIL_WORD_RE.search(
                folded[max(0, f.start - 14) : f.start] + folded[f.start : f.end].split(" ")[0]
            )
            and (
                (
                    _THEN_RE.match(folded, f.end) is not None
                    and not _GIVE_ME_TIME_RE.search(folded, max(0, f.start - 40), f.start)
                )
                # "mio figlio è fuori per lavoro fino a domenica", "our MD is away until next Friday"
                or _AWAY_RE.search(_clause_of(folded, f.start, f.end)) is not None
            )
        )
    ]


def _told_as_past(folded: str, start: int, end: int, lg: str) -> bool:
    """The words right before a day tell of a thing done on it ("ho ricevuto la fattura il 3", "la pagué el 3"),
    not planned ("it's scheduled for the 15th", "we will have this paid by the 15th")."""
    left = max((m.end() for m in _PAST_WINDOW_END_RE.finditer(folded, 0, start)), default=0)
    window = " ".join(folded[max(left, start - 40) : start].split()[-5:])
    if re.search(r"\b(?:per|para|for|entro|by)\s*(?:il|el|the)?\s*$", window):
        window = ""  # "ho dato disposizione per il 5": a plan for that day
    # or right after it, in its clause: "el 20 ya se nos había cerrado la remesa"
    tail = folded[end:]
    stop = _PAST_WINDOW_END_RE.search(tail)
    window_after = " ".join(tail[: stop.start() if stop else 50].split()[:5])
    if re.match(r"(?:come|como|as|che|que|that)\b", window_after):
        window_after = ""  # "ti pago il 5 come avevamo concordato": the past is the agreement's
    return any(
        _past_said(w, lg) and not _FUTURE_MARK_RE.search(w) and SCHEDULE_RE.search(w) is None
        for w in (window, window_after)
        if w
    )


_PAST_WINDOW_END_RE = re.compile(r"[,;:.!?\n]|\s(?:but|pero|ma|però|e|y|and)\s")


def _past_for_a_day_ahead(fc: str, found: list[dates.Found], ref: date | None) -> date | None:
    """A past tense with a day still ahead, marked as such, is a promise written in the wrong tense ("Ho pagato
    la fattura lunedì prossimo, il 14", "I have transferred the money on Monday 15th" written on the 10th): no
    payment is done on a day to come.  Not beside the day money lands or is valued, a due day, or a time gone."""
    if ref is None or not found or _NOT_MISTAKEN_RE.search(fc) or _ARRIVAL_RE.search(fc):
        return None
    for f in found:
        if f.value <= ref:
            continue
        if _AHEAD_BEFORE_RE.search(fc, max(0, f.start - 12), f.start + 1) or _AHEAD_AFTER_RE.match(fc, f.end):
            return f.value  # "lunedì prossimo", "el viernes que viene", "next Monday" (not "que viene de...")
        if (
            _BY_BEFORE_RE.search(fc, max(0, f.start - 12), f.start + 1)
            or re.match(r"(?:entro|by|para|antes)\b", fc[f.start : f.end])
        ) and _STATE_PAID_RE.search(fc):
            return (
                f.value
            )  # "entro fine anno è saldata", "para el viernes está pagada": the state a day ahead
        # a weekday with its day of this month, as the calendar has it ("Monday 15th" written on the 10th; not
        # "venerdì 27" written on the 30th, which the date reader sets in the next month)
        said = re.search(r"\d{1,2}", fc[f.start : f.end])
        if (
            said is not None
            and _WEEKDAY_WORD_RE.search(fc, f.start, f.end)
            and int(said.group()) == f.value.day
            and (f.value.year, f.value.month) == (ref.year, ref.month)
        ):
            return f.value
    return None


_BY_BEFORE_RE = re.compile(r"\b(?:entro|by|para|antes\s+de|prima\s+d\S*)\s+(?:il\s+|el\s+|la\s+|the\s+)?\S*$")
_STATE_PAID_RE = re.compile(
    r"\b(?:e|sara|is|will\s+be|esta|estara|queda|quedara)\s+(?:\w+\s+)?(?:pagat|saldat|pagad|saldad|paid|settled)\w*"
)
_AHEAD_BEFORE_RE = re.compile(r"\b(?:prossim[oa]|next|proxim[oa]|coming)\s+\S*$")
_AHEAD_AFTER_RE = re.compile(
    r"\s*(?:prossim[oa]|que\s+viene|proxim[oa])\b(?!\s+(?:de|del|a|al|marcad\w*|segnat\w*))"
)
_NOT_MISTAKEN_RE = re.compile(
    r"\b(?:valuta|fecha\s+valor|value\s+date|accredit\w*|abonad[oa]\s+en|scaden\w*|scad[eu]\w*|venc\w*|due|"
    r"ieri|ayer|yesterday|oggi|hoy|today|gia|ya|already|just|appena|stamattina|esta\s+manana|this\s+morning|"
    r"ago|fa|hace|last|scors[oa]|pasad[oa]|receipt|ricevuta|justificante|confirmation|conferma)\b"
)
_SET_PHRASE_PAID_RE = re.compile(
    r"\b(?:cheque'?s|cheque\s+is|check'?s|check\s+is)\s+in\s+the\s+(?:post|mail)\b|\bassegno\s+(?:e\s+)?(?:gia\s+)?spedito\b|"
    r"\b(?:it|this|that|payment|the\s+payment)\s+(?:went|has\s+gone|'s\s+gone|was\s+sent)\s+out\b(?!\s+(?:of|to\s+tender))"
)
_ASKING_BANK_RE = re.compile(
    r"\b(?:pregunt\w*|chied\w*|ask\w*|check\w*|controll\w*|verific\w*|que\s+ha\s+pasado|cosa\s+e\s+successo|"
    r"what\s+happened|sigue\s+en|still\s+in|ancora\s+(?:sul|nel)|vuelvo\s+a\s+intentar|riprovo|try\s+again|retry)\b"
)
_SHOWS_DONE_RE = re.compile(
    r"\b(?:risulta(?:no)?|sale|salen|aparece|aparecen|figura|shows?|showing|shown|says)\s+(?:come\s+|como\s+|as\s+|it\s+as\s+|"
    r"it'?s\s+)?(?:gia\s+|ya\s+|already\s+)?(?:partit|inviat|pagat|eseguit|effettuat|enviad|realizad|pagad|"
    r"efectuad|sent|paid|completed|processed|done)\w*"
)
_PAY_NOUN_SAID_RE = re.compile(
    r"\b(?:bonifico|pagamento|transferencia|pago|ingreso|payment|transfer|wire|bizum|soldi|dinero|money)\b"
)
_AWAY_RE = re.compile(
    r"\b(?:fuori|via|assente|in\s+ferie|in\s+viaggio|in\s+trasferta|away|out\s+of|travell?ing|on\s+holiday|"
    r"on\s+leave|off\s+sick|fuera|de\s+viaje|de\s+vacaciones|ausente|de\s+baja|on\s+vacation|in\s+vacanza|"
    r"off\s+work)\b"
)
_FUTURE_MARK_RE = re.compile(r"\b(?:will|ll|shall|going\s+to|gonna|won'?t)\b")
_UNTIL_WORD_RE = re.compile(r"\b(?:fino|until|till|til|hasta)\b(?:\W+\w+){0,2}\W*$")
_GIVE_ME_TIME_RE = re.compile(
    r"\b(?:dammi|datemi|mi\s+dai|dame|denme|give\s+me|give\s+us|allow\s+me|dacci|danos)\b(?:\s+\w+){0,3}\s*$"
)
_THEN_RE = re.compile(
    r"[^.;!?\n]{0,20}?(?:,|\band\b|\be\b|\by\b)?\s*\b(?:poi|then|luego|despues|dopo|after\s+that|afterwards|"
    r"dopodiche|y\s+luego|e\s+poi|and\s+then)\b"
)


_OWED_THINGS = frozenset(
    {"rest", "balance", "remainder", "invoice", "bill", "outstanding", "payment", "amount"}
)
_NOUN_TRANSFER_BEFORE = frozenset(
    {
        "bank",
        "by",
        "via",
        "sepa",
        "instant",
        "international",
        "online",
        "direct",
        "faster",
        "electronic",
        "wire",
    }
)


def _has_pay_event(toks: list[tuple[str, str, str]], money: bool = False, code: bool = False) -> list[int]:
    """Indexes of the verbs that carry a payment in a clause (`money`: the clause writes a sum with its
    currency, which stands for a payment noun: "the remaining €800 will go out", "1.220 € partiti")."""
    idx = []
    folded = [t[1] for t in toks]
    nouns = money or any(f in _PAY_NOUNS for f in folded)
    clitic = any(f in _CLITICS for f in folded) and not any(f in _OTHER_THINGS for f in folded)
    for i, (surface, f, lemma) in enumerate(toks):
        if (
            i > 0
            and toks[i - 1][1] in _ARTICLES
            and not (
                toks[i - 1][1] == "i" and f in _EN_VERB_FORMS
            )  # English "I send", not Italian "i bonifici"
            and f not in ("paid", "pagato", "pagata", "pagado", "pagada")
            and not _clitic_verb(toks, i)
            and not (
                toks[i - 1][1] == "a" and _INFINITIVE_RE.fullmatch(f)
            )  # "riusciamo a pagare", "voy a pagar"
        ):
            continue  # a noun: "l'invio", "el pago", "the transfer"
        if _here_you_go(toks, i):
            continue
        if f == "paso" and i > 0 and toks[i - 1][1] in ("de", "a", "al", "cada", "primer", "siguiente"):
            continue  # "de paso te pregunto", "paso a paso": the noun, no payment
        if (
            lemma in ("pasar", "passare", "girare", "inoltrare", "reenviar", "forward")
            and any(t[1] in ("a", "al", "alla", "all", "ad", "to") for t in toks[i + 1 : i + 4])
            and any(t[1] in _HANDED_TO for t in toks[i + 1 : i + 6])
        ):
            continue  # "lo paso a contabilidad", "l'ho girato alla nostra amministrazione": handed on, not paid
        if (
            f in ("pago", "pagos", "pagamento", "bonifico", "saldo", "transferencia", "abono")
            and i + 1 < len(toks)
            and _PARTICIPLE_RE.search(toks[i + 1][1])
            and (toks[i + 1][2] in _DO_VERBS or toks[i + 1][2] in _PAY_VERBS)
        ):
            continue  # "Pago effettuato oggi", "pago efectuado": the noun, its participle is the verb
        if (
            f in ("transfer", "wire", "remittance")
            and i + 1 < len(toks)
            and (
                toks[i + 1][1] in _IRREG_PAST_EN
                or (toks[i + 1][1].endswith("ed") and len(toks[i + 1][1]) > 4)
            )
            and toks[i + 1][1] not in _FAILED_PARTICIPLES
        ):
            continue  # "Transfer initiated, funds should arrive tomorrow": the noun, done
        if f in ("transfer", "transfers", "wire") and i > 0 and toks[i - 1][1] in _NOUN_TRANSFER_BEFORE:
            continue  # "by bank transfer", "via SEPA transfer": how it was paid, not a verb
        if (
            f in ("clear", "follow", "follows")
            and (
                (
                    f == "clear"
                    and (
                        any(t[1] in _OWED_THINGS for t in toks[i + 1 : i + 4])
                        # "should be able to clear it in two weeks" (not "clear it up", "clear this with my boss")
                        or (
                            i + 1 < len(toks)
                            and toks[i + 1][1] in ("it", "this")
                            and not any(t[1] in ("up", "with") for t in toks[i + 2 : i + 4])
                        )
                    )
                )
                or (f != "clear" and any(t[1] in _OWED_THINGS for t in toks[max(0, i - 6) : i]))
            )
        ):
            idx.append(i)  # "I'll clear the rest in January", "the balance of £1,500 will follow"
            continue
        if (
            f == "paid"
            and i > 0
            and toks[i - 1][1] in ("get", "gets", "got")
            and i >= 2
            and toks[i - 2][1] in ("i", "we", "they", "he", "she")
        ):
            # "I get paid on the 25th", "once we get paid": the client is paid, by someone else (not "I'll get
            # 2026-056 paid on the 20th", whose code the clause no longer holds)
            continue
        if f in ("hecho", "hecha") and any(t[1] in _PAY_NOUNS - _DOC_NOUNS for t in toks[i + 1 : i + 4]):
            # "te he hecho hoy la transferencia" (the lemma is the noun "hecho"; "la has hecho a nombre de..." and
            # "te lo dejo hecho" name no payment)
            if not (i > 0 and toks[i - 1][1] in ("el", "un")):
                idx.append(i)
            continue
        if (
            lemma == "cancelar"
            and any(t[1] in _OWED_WORDS_ES for t in toks[i + 1 : i + 5])
            and not any(t[1] in ("error", "equivocacion", "sistema", "anulada", "anulado") for t in toks)
        ):
            idx.append(
                i
            )  # Latin American "ya se te canceló la factura", "cancelamos el saldo": paid, not called off
            continue
        if f in ("paga", "pagano") and lemma not in _PAY_VERBS and i > 0 and toks[i - 1][1] in _IT_SUBJECTS:
            idx.append(i)  # "lui paga il 23" (the dictionary knows only the noun, "la paga")
            continue
        if f == "pago" and lemma == "pagar" and i > 0 and toks[i - 1][1] not in _PAGO_VERB_BEFORE:
            continue  # Spanish "pago" is the noun ("pasarela de pago", "el próximo pago") unless "te lo pago"
        if lemma in _PAY_VERBS or f in ("paid", "pagato", "pagata", "pagado", "pagada"):
            if (
                f in ("pago", "pagos", "saldo", "transfer", "wire", "pagamento")
                and i > 0
                and toks[i - 1][1]
                in ("el", "il", "un", "del", "al", "the", "a", "lo", "su", "tu", "our", "your", "my")
                and not _clitic_verb(toks, i)  # "te lo pago"
            ):
                continue  # a noun: "el pago", "il saldo", "the transfer"
            idx.append(i)
        elif (
            lemma in _DO_VERBS
            and (nouns or clitic)
            # "I'll get it sorted", "action the payment" (not "I've sorted out the PO")
            and not (
                lemma in ("sort", "action")
                and not any(t[1] in _SORTED_OBJECTS for t in toks[max(0, i - 2) : i + 4])
            )
            and not (
                lemma == "do"
                and (
                    f.endswith("n't")  # "don't panic if you don't see it till then"
                    or (i + 1 < len(toks) and (toks[i + 1][1] in _NEG or toks[i + 1][1].endswith("n't")))
                )
            )
            and not any(t[1] in _OTHER_THINGS for t in toks[i + 1 : i + 4])
            and not _sends_a_document(toks, i)  # "te he enviado la factura corregida": a document, not money
            and not (
                lemma in ("fare", "hacer")
                and i + 1 < len(toks)
                and _INFINITIVE_RE.fullmatch(toks[i + 1][1]) is not None
            )  # "mi fa impazzire", "te hago saber": a verb made to happen, not a payment
        ):
            idx.append(i)
        elif (lemma in ("provvedere", "proceder", "procedere") or f.startswith(("provved", "proced"))) and (
            not nouns or any(t[1] in _PAY_NOUNS and t[1] not in _DOC_NOUNS for t in toks[i + 1 : i + 4])
        ):
            idx.append(i)  # "provvederà al saldo", "procederemo al pago" (not "...a verificare la fattura")
    if not idx and (nouns or code):
        # "bonifico partito", "transferencia realizada", "payment sent": the noun with a state word; an invoice's
        # number stands for its payment only with a verb of going out ("la 2026-055 sale este viernes")
        for i, (surface, f, lemma) in enumerate(toks):
            if (
                (
                    (
                        lemma in _STATE_DONE
                        # "the money leaves our account tomorrow", "the payment left on Friday" (not "leave
                        # the invoice with accounts")
                        or (
                            f in _LEAVE_FORMS
                            and any(t in _MONEY_GOES for t in folded)
                            # ("€200 left to pay" is what is still owed)
                            and (f != "left" or (i + 1 < len(toks) and toks[i + 1][1] in _AFTER_LEFT))
                        )
                    )
                    if nouns
                    else lemma in _GOING_OUT
                    # a past only beside a payment run or "ya" ("la 2026-051 ya salió en la remesa"; not "la
                    # 2026-041 salió con el IVA mal", the invoice issued)
                    and (
                        not (
                            _ES_PRETERITE_RE.search(surface)
                            or f in _IRREG_PAST_EN
                            or _PARTICIPLE_RE.search(f)
                        )
                        or any(t[1] in _RUN_OR_DONE for t in toks)
                    )
                )
                and f not in _PAY_NOUNS
                and not (f == "go" and i > 0 and toks[i - 1][1] in ("one", "a"))  # "in one go", "have a go"
                and (
                    i > 0 or (_PARTICIPLE_RE.search(f) and any(t in _PAY_NOUNS - _DOC_NOUNS for t in folded))
                )
                and not _sends_a_document(toks, i)
                and not _here_you_go(toks, i)
            ):
                idx.append(i)
    return idx


_DISCOUNT_ASKED_RE = re.compile(r"(?:discount|descuento|sconto|rebaja)\b")
_OFFER_VERB_RE = re.compile(
    r"\b(?:offer|give|apply|grant|agree\s+to|fai|fate|fare|applic\w+|concede\w*|ofrec\w*|haces|hacéis|aplic\w+|das|dais)\b"
)
_HOPE_IF_RE = re.compile(
    r"\b(?:a\s+ver\s+si|vediamo\s+se|let'?s\s+see\s+if)\b(?=[^.,;!?]*\b(?:puedo|podemos|podr[eé]|podremos|consigo|"
    r"conseguimos|logro|posso|possiamo|riesco|riusciamo|can|could|manage)\b)",
    re.IGNORECASE,
)
_PROPOSE_IF_RE = re.compile(
    r"\b(?:(?:ti|le|vi)\s+(?:va|andrebbe|sta|starebbe)\s+bene\s+se|(?:ti|le|vi)\s+dispiace\s+se|va\s+bene\s+se|"
    r"(?:te|le|os)\s+(?:va|ir[ií]a|viene|vendr[ií]a|parece|parecer[ií]a)\s+bien\s+si|(?:te|le|os)\s+importa\s+si|"
    r"(?:would|will|is)\s+it\s+be\s+(?:ok|okay|alright|all\s+right|fine)\s+if|(?:is|would)\s+it\s+(?:ok|okay|alright|"
    r"all\s+right|fine)\s+if|(?:do|would)\s+you\s+mind\s+if|(?:ok|okay|alright|fine)\s+if)\b",
    re.IGNORECASE,
)
_NEXT_RUN_RE = re.compile(
    r"\b(?:siguiente|proxim[oa]|prossim[oa]|next|following)\s+(?:\w+\s+)?(?:remesa|distinta|run|giro|ciclo|batch|pago|pagamento)"
)
_OWED_WORDS_ES = frozenset(
    {"factura", "facturas", "deuda", "saldo", "monto", "importe", "pendiente", "adeudo"}
)
_RUN_OR_DONE = frozenset(
    {
        "ya",
        "gia",
        "already",
        "remesa",
        "run",
        "distinta",
        "giro",
        "batch",
        "pago",
        "pagamento",
        "bonifico",
        "transferencia",
    }
)
_FAILED_PARTICIPLES = frozenset(
    {
        "rejected",
        "returned",
        "cancelled",
        "canceled",
        "delayed",
        "stopped",
        "requested",
        "failed",
        "declined",
        "approved",
        "bounced",
        "blocked",
        "held",
    }
)
_LEAVE_FORMS = frozenset({"leave", "leaves", "leaving", "left"})
_AFTER_LEFT = frozenset({"our", "my", "the", "on", "yesterday", "today", "this", "last"})
_MONEY_GOES = frozenset({"money", "funds", "payment", "transfer", "wire", "account"})
_GOING_OUT = frozenset({"salir", "partire", "uscire", "go", "irse"})


def read(
    text: str, ref: date | None, lang: str | None = None, *, us: bool = False, _alone: bool = False
) -> Reading:
    """The client's intent in `text` (their own words only: quotes and signatures removed)."""
    lg = lang or "it"
    # what a person writes about an invoice fits in a few thousand characters; pasted logs and dumps
    # are not read clause by clause (bounded time on any input)
    text = text[:_MAX_CHARS]
    folded_all = fold(text)
    sentences = _sentences(text)
    words = len(_TOKEN_RE.findall(text))
    paid: list[tuple[float, int]] = []
    promise: list[tuple[float, date | None]] = []
    dispute: list[float] = []
    negated_pay = False
    rest_later = False  # the rest promised without a day

    # disputes: by their vocabulary, in statements that are not hypothetical or about our own error
    for s in sentences:
        fs = fold(s)
        for m in _DISPUTE_RE.finditer(fs):
            clause = _CLAUSE_SPLIT_RE.split(fs[: m.start()])[-1]
            if _IF_RE.get(lg, _IF_ANY_RE).search(clause) and not (
                # a discount set as the price of paying is asked all the same: "we can pay today if you can offer
                # a 10% early-settlement discount"
                _DISCOUNT_ASKED_RE.match(fs, m.start()) and _OFFER_VERB_RE.search(clause)
            ):
                continue
            if _NOT_US_DISPUTE_RE.search(fs) or re.search(
                # ("don't", "isnt"; not "amount", "settlement", "payment", which end the same way)
                r"\b(?:non|no|not|never|nunca|mai|\w+n't|(?:do|does|did|is|are|was|were|can|could|would|should|"
                r"wo|have|has|had|ai)nt)\s+(?:\w+\s+)?$",
                fs[max(0, m.start() - 20) : m.start()],
            ):
                continue
            if _not_a_dispute_word(fs, m):
                continue
            if m.group().startswith(("deduct", "decurt", "detra")) and _TAX_RE.search(fs):
                continue  # the withholding tax deducted: the normal net payment, not a dispute
            dispute.append(0.8)
            break
        if _DISPUTE_REST_RE.search(fs) and (_FIX_RE.search(fs) or _FIX_RE.search(folded_all)):
            dispute.append(0.8)  # the rest held until the work is put right (said here or in the mail)
        elif _HELD_FOR_WORK_RE.search(fs) and _MAYBE_PAY_RE.search(s):
            dispute.append(0.75)

    from mailduns.reading.classify import _DUNNING_RE, _REPORTED_RE

    for k, s in enumerate(sentences):
        question = "?" in s
        if not _MAYBE_PAY_RE.search(s):
            continue  # no word of paying, sending or doing: nothing to read here (and it is faster)
        if _DUNNING_RE.search(OUR_LETTER_NAMED_RE.sub(" ", s)) or _LETTER_RE.search(s):
            continue  # our own letter's words echoed back ("in riferimento al sollecito" only names it)
        reported = _REPORTED_RE.search(s)
        if reported is not None and _PASS_ON_RE.match(s, reported.end()):
            reported = None  # "mi ha detto di riferirle che provvederà lunedì": the payer's word passed on
        if reported is not None:
            # what the client was told, or told us before: only the words before it are their own claim
            # ("mio nipote ha fatto il bonifico ieri sera, mi ha detto che è andato tutto bene")
            s = s[: reported.start()]
            if not _MAYBE_PAY_RE.search(s):
                continue
        fs = fold(s)  # (the sentence as read, folded once)
        sentence_dates = [] if HABIT_RE.search(fs) else stated_days(s, ref, lg, us=us)
        if not sentence_dates and k > 0 and dates.SAME_DAY_RE.search(fs):
            # "...non possiamo prima del 28. Ese día te hago la transferencia": the day just named
            sentence_dates = stated_days(sentences[k - 1], ref, lg, us=us)[-1:]
        planned = (
            _pick(sentence_dates, ref)
            if sentence_dates
            and SCHEDULE_RE.search(fs) is not None
            and not any(f.value <= ref for f in sentence_dates if ref)
            and (not any(w in _PLAN_DONE for w in _TOKEN_RE.findall(fs)) or _set_for_ahead(fs))
            else None
        )
        # "If it gets approved Thursday, I can pay it Friday; otherwise February": a condition with its other
        # outcome promises no day (a condition alone is read as the promise it makes: "se mi confermi l'IBAN,
        # faccio partire il bonifico domani")
        if_else = bool(_IF_RE.get(lg, _IF_ANY_RE).match(fs.lstrip(" \"'(¿¡-"))) and bool(
            _OTHERWISE_RE.search(fs)
            or (k + 1 < len(sentences) and _OTHERWISE_RE.match(fold(sentences[k + 1]).lstrip(" ,;-")))
        )
        # "Pagata? No 😅 la paghiamo venerdì": a "no" answering before an emoji or a dash negates nothing after
        s_clauses = _INTERJECTED_NO_RE.sub(" ", s)
        # "a ver si esta semana te lo puedo pagar", "vediamo se riesco venerdì": a hope, not a condition
        s_clauses = _HOPE_IF_RE.sub(" ", s_clauses)
        if question:
            # "Ti va bene se ti pago il 20?", "¿Te va bien si te pago el 20?", "Would it be OK if I paid on the 20th?":
            # a day proposed is the day promised (the "if" asks leave, it sets no condition)
            s_clauses = _PROPOSE_IF_RE.sub(" will ", s_clauses)  # ("if I paid": a verb ahead)
        clauses = [c for c in _CLAUSE_SPLIT_RE.split(s_clauses) if c and c.strip()]
        # "te los pagamos la semana que viene, que hasta el lunes no nos ingresan las cuotas": the day of the
        # client's own income is no day for paying, whichever clause pays
        their_days = (
            {f.value for c in clauses if _TO_US_RE.search(fold(c)) for f in stated_days(c, ref, lg, us=us)}
            if sentence_dates and len(clauses) > 1
            else set()
        )
        own_days = [f for f in sentence_dates if f.value not in their_days]
        for clause in clauses:
            toks = _tokens(_CODE_RE.sub(" ", clause), lg)
            if not toks:
                continue
            events = _has_pay_event(toks, money=has_currency(clause), code=bool(_CODE_RE.search(clause)))
            if not events:
                continue
            fc = fold(clause)
            to_us = bool(_TO_US_RE.search(fc))
            clause_dates = stated_days(clause, ref, lg, us=us) if sentence_dates else []
            for i in events:
                ev = _verb_event(toks, i, question, bool(clause_dates) or bool(sentence_dates), lg)
                if (
                    ev.tense in ("present", "future")  # (a present with a day is read as a future)
                    and toks[i][1] in _AMBIGUOUS_1P_ES
                    and (
                        _YA_DONE_RE.search(fs[: fs.find(toks[i][1])])
                        # "la transferencia la mandamos el lunes. Te paso captura": the proof of it, now
                        or (_PROOF_RE.search(folded_all) and not _AHEAD_MARK_RE.search(fs))
                    )
                ):
                    ev = replace(ev, tense="past")  # "ya está: te la transferimos el sábado 2"
                if toks[i][2] in _APPROVAL_VERBS and ev.tense == "future" and not ev.negated:
                    promise.append((0.6, None))  # approved for payment: a promise, its day unknown
                    continue
                if (
                    toks[i][2] in _STEP_BEFORE_PAYING
                    and ev.tense == "future"
                    and not ev.negated
                    and not SCHEDULE_RE.search(fs)
                ):
                    promise.append(
                        (0.6, None)
                    )  # "I can approve it today": the approval's day, not the payment's
                    continue
                if ev.conditional or (to_us and ev.tense != "future"):
                    continue
                if _you_are_asked(toks, i):
                    continue  # "Could you resend it?", "me la puoi rifare?": the freelancer is asked to act
                if _given_up_plan(toks, i):
                    continue  # "I was going to pay it today but the app is down": a plan given up, no day
                if ev.tense == "past" and any(t[1] in _LEAVE_IT_PAID for t in toks[max(0, i - 3) : i]):
                    # "el jueves te lo dejo pagado", "para el viernes lo tendrás pagado", "te la faccio trovare
                    # pagata": the state a payment ahead leaves, a promise
                    ev = replace(ev, tense="future")
                if ev.tense == "past" and any(
                    t[1] in ("siempre", "sempre", "always") for t in toks[max(0, i - 4) : i]
                ):
                    continue  # "siempre te he pagado", "I've always paid you on time": a record, not this payment
                if ev.negated and to_us:
                    continue  # "hasta el lunes no nos ingresan las cuotas": the client's own income waited for
                if ev.negated:
                    negated_pay = True
                    when = _pick(clause_dates or sentence_dates, ref)
                    # "no podemos pagarte antes del 28": the day right after "antes", not another the sentence
                    # names ("hasta que nos ingresen la subvención ... a finales de mes")
                    limit = next(
                        (
                            f
                            for b in _NOT_BEFORE_RE.finditer(fs)
                            for f in sentence_dates
                            if b.start() <= f.start <= b.end() + 12 and (ref is None or f.value >= ref)
                        ),
                        None,
                    )
                    if ev.tense in ("present", "future", "none") and limit is not None:
                        promise.append((0.8, limit.value))
                    elif (
                        ev.tense in ("present", "future", "none")
                        and (_REFUSE_MARK_RE.search(fs) or re.search(r"\b(?:la|lo|it|this)\b", fc))
                        and not re.search(r"\b(?:oggi|today|hoy|ancora|yet|todavia|aun)\b", fc)
                        and not _CANT_MANAGE_RE.search(fc)
                    ):
                        dispute.append(0.7)
                    continue
                if (
                    ev.tense == "past"
                    and planned is not None
                    and _rolled_day(fs, sentence_dates, planned, ref)
                ):
                    planned = (
                        None  # "se pagó en la remesa del día 15", written on the 22nd: this month's 15th
                    )
                mistaken = (
                    _past_for_a_day_ahead(fc, clause_dates, ref)
                    if ev.tense == "past" and not question and planned is None and not ev.negated
                    else None
                )
                if ev.tense in ("past", "none") and not question and planned is not None:
                    # "already released and scheduled with value date 22.12.2026": planned for a day ahead
                    promise.append((0.8, planned))
                elif mistaken is not None:
                    promise.append((0.75, mistaken))
                elif ev.tense == "past" and _BELIEVED_RE.search(
                    fc[: fc.find(toks[i][1])] if toks[i][1] in fc else fc
                ):
                    continue  # "pensaba que ya estaba pagada, lo compruebo": a belief being checked, no claim
                elif ev.tense == "past" and not question:
                    paid.append((0.85, i))
                elif ev.tense == "past" and question and _asks_if_paid(toks, i):
                    continue  # "Has this been paid?", "¿Te pagaron los de Iberdiseño?": asked, not said
                elif ev.tense == "past" and question:
                    paid.append((0.6, i))
                elif ev.tense in ("future", "present") and _ARRIVAL_RE.search(fc):
                    continue  # "the international wires should show up Monday": when money sent lands
                elif ev.tense == "future":
                    when = (
                        None
                        if if_else
                        else _pick(clause_dates, ref)
                        # ("ahorita no tengo, pero la semana que entra le deposito": the clause has its own time)
                        or (None if _VAGUE_AHEAD_RE.search(fc) else _pick(own_days, ref))
                    )
                    offered = [
                        f.value for f in sentence_dates if f.offered and when is not None and f.value > when
                    ]
                    if offered and when is not None and max(offered) - when <= timedelta(days=31):
                        when = max(
                            offered
                        )  # "se pagará entre el 10 y el 15": the clause held the span's first day
                    latest = _pick(sentence_dates, ref) if _AT_THE_LATEST_RE.search(fs) else None
                    if when is not None and latest is not None and latest > when:
                        when = latest  # "hoy o, como muy tarde, mañana": the clause holds the first day only
                    rest = _REST_RE.search(fs) if when is not None else None
                    if rest is not None:
                        # "half today and the rest by the 15th of January": paid in full on the last day; "hoy la
                        # mitad y el resto a primeros de febrero": the day all is paid is not stated
                        after = [
                            f
                            for f in sentence_dates
                            if f.start >= rest.start() and (ref is None or f.value >= ref)
                        ]
                        when = max(f.value for f in after) if after else None
                    promise.append((0.85 if when else 0.7, when))
                    if when is None and _REST_RE.search(fs):
                        rest_later = True  # "ti ho mandato 500, il resto te lo do a gennaio": not all paid
                elif ev.tense == "present" and not question:
                    promise.append((0.6, None))
                    if _REST_RE.search(fs):
                        rest_later = True  # "il resto te lo do a febbraio"
    # "we can't before the 28th", "non riesco prima del 10 dicembre", "antes del 26 no podemos": the day the
    # writer cannot go before, said without a verb of paying, is the day promised (the latest day named wins)
    if promise or not (paid or dispute):
        for s in sentences:
            fs = fold(s)
            cant = _CANT_BEFORE_RE.search(fs)
            if cant is None or "?" in s or _IF_ANY_RE.search(fs[: cant.start()]):
                continue
            days_after = [
                f
                for f in stated_days(s, ref, lg, us=us)
                if cant.end() - 12 <= f.start <= cant.end() + 4 and (ref is None or f.value > ref)
            ]
            if days_after:
                promise.append((0.8, days_after[0].value))
    # "è già in lista per il 10", "entra en la remesa del 25", "it's in the 20 Jan payment run", "scheduled
    # for the 15th": a payment plan with a day ahead is a promise for that day, though no verb of paying is said
    # (the day nearest the plan's words: "arrivati venerdì, ... nella distinta di oggi"; a plan already
    # carried out, "fatta la distinta ieri, valuta lunedì", is a paid claim's business)
    # Beside a paid claim, only a plan said in a clause of its own ("la 049 ya está pagada. La 053 va en el pago
    # del día 28", "la 050 la pagamos ayer, y la 052 entra en el pago del día 15"): "pagata ieri, valuta lunedì"
    # is the day a done payment lands.
    beside = bool(paid) and not _alone
    if not promise and not dispute and (beside or not paid):
        units = (
            [c for x in sentences for c in _CLAUSE_SPLIT_RE.split(x) if c and c.strip()]
            if beside
            else sentences
        )
        for s in units:
            fs = fold(s)
            plan = SCHEDULE_RE.search(fs)
            if (
                plan is None
                or "?" in s
                or (
                    beside
                    and (
                        not (_OTHER_INVOICE_RE.search(fs) or _REST_RE.search(fs))
                        or read(s, ref, lang, us=us, _alone=True).intent not in (None, "promise")
                    )
                )
                or _NOT_SCHEDULE_RE.search(fs)
                or HABIT_RE.search(fs)
                or _ARRIVAL_RE.search(fs)
                or _TAX_RE.search(fs)
                or any(w in _PLAN_DONE for w in _TOKEN_RE.findall(fs))
            ):
                continue
            ahead = [f for f in stated_days(s, ref, lg, us=us) if ref is None or f.value >= ref]
            if any(ref is not None and f.value > ref for f in ahead):
                # "hoy ya se ha cerrado la remesa, así que lo dejo programado para el viernes": today is the day of
                # something else when a later day is planned beside it
                ahead = [f for f in ahead if ref is not None and f.value > ref]
            if ahead:
                near = min(ahead, key=lambda f: max(f.start - plan.end(), plan.start() - f.end, 0))
                promise.append((0.75, near.value))
                break
    other_later = False  # another invoice planned for the next run beside the one paid
    if beside and not promise and not dispute:
        # "La 2026-051 ya salió en la remesa del día 10. La 2026-056 ..., entra en la siguiente remesa": another
        # invoice planned for the next run, its day not stated, beside the one paid
        for k, s in enumerate(sentences):
            fs = fold(s)
            if (
                "?" not in s
                and (
                    _OTHER_INVOICE_RE.search(fs)
                    or (k > 0 and _OTHER_INVOICE_RE.search(fold(sentences[k - 1])))
                )
                and SCHEDULE_RE.search(fs)
                and _NEXT_RUN_RE.search(fs)
                and not _NOT_SCHEDULE_RE.search(fs)
                and not HABIT_RE.search(fs)
            ):
                promise.append((0.7, None))
                other_later = True
                break
    # "Ti è arrivato il bonifico? A me risulta partito", "¿Te ha llegado? En el banco me sale como enviada", "our
    # system shows it as sent": the writer's own records say the payment went, whatever they ask beside it
    if (
        not paid
        and not dispute
        and _PAY_NOUN_SAID_RE.search(folded_all)
        # ("voy al banco a preguntar qué ha pasado, porque me aparece como enviada": the writer is not sure)
        and not _ASKING_BANK_RE.search(folded_all)
    ):
        for s in sentences:
            fs = fold(s)
            if _SHOWS_DONE_RE.search(fs) and not re.search(r"\b(?:non|no|not|yet|ancora|todavia|aun)\b", fs):
                paid.append((0.8, 0))
                break
    # "Cheque's in the post", "Accounts have confirmed it went out yesterday": said in a set phrase of the trade
    if not paid and not dispute:
        for s in sentences:
            fs = fold(s)
            phrase = _SET_PHRASE_PAID_RE.search(fs)
            if (
                phrase is not None
                and "?" not in s
                and not re.search(r"\b(?:not|non|no)\b", fs)
                # ("I'll make sure the cheque is in the post by Friday", "let me check whether it went out")
                and not re.search(
                    r"\b(?:will|ll|make\s+sure|going\s+to|whether|if|check)\b", fs[: phrase.start()]
                )
            ):
                paid.append((0.8, 0))
                break
    # "Avete ricevuto il nostro bonifico di lunedì?", "Did you get our payment?": a payment told by asking after it
    if not paid and not promise and not dispute:
        for s in sentences:
            if "?" in s and _DID_YOU_GET_OURS_RE.search(fold(s)):
                paid.append((0.7, 0))
                break
    # "fatto!", "done, thanks", "ok bonifico partito", "transferencia realizada 👍"
    if not paid and words <= 40:
        for s in [x for x in sentences if not _GREETING_ONLY_RE.fullmatch(fold(x))][:2]:
            # "Hi Tom, done now, sorry it took so long": the greeting is not the reply's first word
            head = _CLAUSE_SPLIT_RE.split(_GREETING_RE.sub("", fold(s), count=1))[0]
            if (
                _ELLIPTIC_RE.search(head)
                and not re.search(r"\b(?:non|no|not|yet|ancora|todavia|aun)\b", head)
                # ("Tutto a posto, grazie!" alone is an acknowledgement)
                and not _ALL_FINE_THANKS_RE.fullmatch(fold(s))
            ):
                paid.append((0.7, 0))
                break
    # "el viernes sin falta", "Monday latest", "sorry!! tomorrow", "entro il 15 ok", "end of month ok?": a few
    # words answering a reminder whose only news is a day ahead promise that day (not a return, "back on
    # Monday"; not a call or a meeting; a question only as a proposal, "ok?")
    if not paid and not promise and not dispute and words <= 20 and not has_currency(text):
        ahead = [
            f
            for f in stated_days(text, ref, lg, us=us)
            if (ref is None or f.value > ref)
            and not _BACK_BEFORE_RE.search(folded_all[max(0, f.start - 24) : f.start + 6])
            and not _denied_day(folded_all, f.start, f.end)
            and not _LOOK_RE.search(_clause_of(folded_all, f.start, f.end))
            and not _GIVEN_UP_RE.search(_clause_of(folded_all, f.start, f.end))
            # "ya he dado la orden, te llegará el miércoles": the day money sent lands, no day to pay
            and not (
                _ARRIVAL_RE.search(_clause_of(folded_all, f.start, f.end))
                and (_DONE_MARK_RE.search(folded_all) or _past_said(text, lg))
            )
            # "I gave the cash to your partner on Thursday": a weekday past, which the date reader sets ahead
            and (
                not _WEEKDAY_WORD_RE.search(folded_all, f.start, f.end)
                or not _past_said(_clause_of(text, f.start, f.end), lg)
            )
        ]
        if (
            ahead
            and (not _NOT_A_PAYMENT_DAY_RE.search(folded_all) or _payment_day_said(folded_all, ahead))
            and not HABIT_RE.search(folded_all)
            and ("?" not in text or _PROPOSAL_RE.search(folded_all))
        ):
            promise.append((0.7, max(f.value for f in ahead)))
    # "next week", "a primeros de mes", "settimana prossima senz'altro": a few words answering a reminder whose
    # only news is a time ahead too vague for a day promise that time, undated (never a guessed day)
    if (
        not paid
        and not promise
        and not dispute
        and words <= 8
        and "?" not in text
        and _VAGUE_AHEAD_RE.search(folded_all)
        and _only_time_said(folded_all)
        and not _NOT_A_PAYMENT_DAY_RE.search(folded_all)
        and not HABIT_RE.search(folded_all)
        and not _NEG_NEAR_RE.search(folded_all)
    ):
        promise.append((0.6, None))
    if not paid and not promise and not dispute:
        for s in sentences:
            fs = fold(s)
            if "?" not in s and _PAST_RUN_RE.search(fs) and not _NEG_NEAR_RE.search(fs):
                paid.append(
                    (0.75, 0)
                )  # "è entrata nel pagamento fornitori di ieri", "went in yesterday's run"
                break
    if not paid and not promise and not dispute:
        for s in sentences:
            fs = fold(s)
            if (
                "?" not in s
                and _PROOF_RE.search(fs)
                and not re.search(
                    r"\b(?:se|si|if|non|no|not|nunca|never|mai|quando|cuando|when|once|appena)\b", fs
                )
            ):
                paid.append((0.75, 0))  # the proof of a payment made, shown
                break

    if paid and not promise and not dispute:
        # "te he enviado la mitad, el resto a fin de mes", "sent half today, the balance at the end of the
        # month": the rest named with a time ahead and no verb of its own is promised for that time
        for s in sentences:
            fs = fold(s)
            rest = _REST_RE.search(fs)
            if rest is None or "?" in s or _NEG_NEAR_RE.search(fs[rest.end() :]):
                continue
            if not re.search(
                r"(?:^|[,;:.\-–]|\b(?:y|e|and|but|pero|ma|mentre|while))\s*$", fs[: rest.start()]
            ):
                continue  # "ya te pagué el resto el viernes": the rest is the object of the payment made
            tail = s[rest.start() :]
            if _has_pay_event(_tokens(fold(tail), lg)):
                continue  # its own verb: read by the clause loop above
            ahead = [f for f in stated_days(tail, ref, lg, us=us) if ref is None or f.value > ref]
            if ahead:
                promise.append((0.75, max(f.value for f in ahead)))
                rest_later = True
            elif _VAGUE_AHEAD_RE.search(fold(tail)):
                promise.append((0.7, None))
                rest_later = True
    if paid and _RETURNED_RE.search(folded_all) and not _REDONE_RE.search(folded_all):
        # "il bonifico che avevamo fatto ci è tornato indietro", "nos ha devuelto el banco la transferencia":
        # the payment made came back; nothing is paid until it is sent again
        paid = []
        negated_pay = True
    if promise and _TERMS_RE.search(folded_all):
        # "paghiamo a 60 giorni data fattura fine mese", "30 days EOM": the day counts from the invoice's date,
        # which the text does not state; only a calendar date written out stands
        written = {
            f.value
            for f in stated_days(text, ref, lg, us=us)
            if f.explicit and (ref is None or f.value > ref)
        }
        last = max(written) if written else None  # ("...fine mese come concordato, quindi il 31 gennaio")
        promise = [(c, d if d in written else last) for c, d in promise]
    if dispute and any(p[1] is not None for p in promise) and _CONCEDE_RE.search(folded_all):
        # "no es lo que hablamos, pero bueno, te lo pago igual el viernes": the complaint let go, the day stands
        dispute = []
    if dispute:
        # the part not contested may come with a day ("le pago l'80% entro il 30, il resto quando...")
        days = {p[1] for p in promise if p[1] is not None}
        return Reading("dispute", next(iter(days)) if len(days) == 1 else None, max(dispute))
    if promise and (not paid or rest_later or other_later or any(p[1] is not None for p in promise)):
        # an undated "ti mando lo screen" does not turn "l'ho fatto venerdì" into a promise; of several days
        # promised (a part now, the rest later; a plan corrected) the last is when all is paid
        dated = [p for p in promise if p[1] is not None]
        best = max(dated, key=lambda p: p[1] or date.min) if dated else promise[0]
        conf = best[0] - (0.1 if paid else 0.0)
        return Reading("promise", best[1], conf, rest=bool(paid) and rest_later)
    if paid:
        return Reading("paid", None, max(p[0] for p in paid) - (0.15 if negated_pay else 0.0))
    talk = bool(_MONEY_TALK_RE.search(folded_all))
    return Reading(None, None, 0.45 if talk or negated_pay else 0.7, money_talk=talk or negated_pay)


fastre.accelerate(globals())  # each regex above first rules out what it cannot match (reading/fastre.py)
