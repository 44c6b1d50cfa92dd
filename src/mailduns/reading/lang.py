"""A small language guess (it/es/en) from function words, greetings and accents.

Why not a statistical detector: replies are often one or two lines ("Hello", "Pagato ieri, grazie"),
where n-gram models are unreliable and a dependency would be heavy.  Counting a few hundred frequent
words gives the right answer on such text and, more importantly, admits when it does not know:
French and German are scored too, so a French reply is answered with None rather than "it".
"""

from __future__ import annotations

import re
from functools import lru_cache

from mailduns.reading import fastre


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_WORDS: dict[str, frozenset[str]] = {
    "it": _words(
        """il lo gli della delle dello degli dei che non per con sono è ho hai ha abbiamo avete hanno
        grazie buongiorno buonasera ciao cordiali saluti distinti gentile gentili fattura fatture
        pagamento pagato pagata bonifico questo questa questi anche come ma nel nella nei alla alle
        allo dal dalla dai sul sulla perché già ancora mi vi ci ti una uno di e al si da io noi voi
        sarò tornerò rientrerò ufficio entro scadenza allegato allegata ricevuto ricevuta
        sede risposta automatica settimana prossima oggi domani ieri messaggio più se
        abbiamo provvederemo pagheremo confermo cortesemente resto disposizione inviato
        buona giornata scritto giorno data"""
    ),
    "es": _words(
        """el los las del que por para con una uno es está están estoy estamos hemos he has ha
        gracias hola buenos buenas días saludos atentamente un cordial factura facturas pago pagado
        transferencia pero como muy su sus ya todavía aún también y o de la en al se no lo le nos os
        estimado estimada estimados oficina vuelta hasta mañana semana próxima hoy ayer mensaje
        adjunto adjunta recibido recibida fuera estaré volveré respuesta automática realizado
        pagaremos quedo quedamos escribió fecha enviado importe vencimiento este esta"""
    ),
    "en": _words(
        """the and is are was were you your we our i to of for with have has had this that it on at
        be will would thanks thank hello hi dear regards best please invoice payment paid not out
        office back from by sent received cheers kind sincerely my me us they them can could just
        yesterday today tomorrow week next attached wrote reply automatic away until am been
        due amount total message let know if there here what when which i'm don't we'll i'll
        haven't we've i've won't can't"""
    ),
    "fr": _words(
        """le les des est et vous nous pour avec merci bonjour une pas sur dans votre vos notre je
        suis sont été écrit cordialement madame monsieur facture paiement de la du que ces ou en se
        si par au aux avez être cette il elle ne plus mais adresse destinataire message"""
    ),
    "de": _words(
        """der die das und ist nicht mit für sie wir ich danke sehr geehrte geehrter schrieb
        rechnung zahlung bitte grüße freundlichen ihre ihr uns auf dem den"""
    ),
}
_SUPPORTED = ("it", "es", "en")
_TOKEN_RE = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?", re.UNICODE)
_IT_ACCENT = re.compile(r"[àèìòù]", re.IGNORECASE)
_ES_MARK = re.compile(r"[ñ¿¡]|[áíóú]", re.IGNORECASE)


_NOISE_RE = re.compile(
    r"\S+@\S+|(?:https?://|www\.)\S+|\b[\w-]+\.(?:com|it|es|org|net|de|fr|uk|jp)\b", re.IGNORECASE
)
# A copy of the original message's raw headers (bounces, forwards) is not the writer's language.
_RAW_HEADERS_RE = re.compile(
    r"^(?:Received|Return-Path|DKIM-Signature|Message-ID|MIME-Version|Content-Type|X-[\w-]+)\s*:",
    re.IGNORECASE | re.MULTILINE,
)
_LATIN_RE = re.compile(r"[A-Za-z\u00c0-\u024f]")
_LETTER_RE = re.compile(r"[^\W\d_]")


# A letter outside the Latin ranges: only a text with one can fail the "mostly Latin" test below.
_NON_LATIN_LETTER_RE = re.compile(r"[^\W\d_A-Za-z\u00c0-\u024f]")


# What every match of _NOISE_RE holds ("@", "://", "www." or a dot and a domain), and the run of
# non-blanks around it: no match of _NOISE_RE holds a blank, so each lies inside one such run (its \b
# at the run's ends sees a blank or the text's end, as in the whole text), and removing the noise run
# by run is removing it from the text, without the engine trying "\S+@" at every position of every
# word.  The hints are found in the lower-cased text, where `re`'s case folding is str.lower's (the
# rare text where it is not goes through _NOISY_RUN_RE, which folds case as _NOISE_RE does).
_HINT_RE = re.compile(r"@|://|www\.|\.(?:com|it|es|org|net|de|fr|uk|jp)")
_NOISY_RUN_RE = re.compile(
    r"(?<!\S)\S*?(?:@|://|www\.|\.(?:com|it|es|org|net|de|fr|uk|jp))\S*", re.IGNORECASE
)


def _prepare(text: str) -> str:
    m = _RAW_HEADERS_RE.search(text)
    if m:
        text = text[: m.start()]
    return _denoise(text[:4000])


def _denoise(text: str) -> str:
    """_NOISE_RE.sub(" ", text), run by run."""
    low = text.lower() if text.isascii() or fastre.RISKY.isdisjoint(text) else None
    if low is None:
        return _NOISY_RUN_RE.sub(_denoise_run, text)
    parts: list[str] = []
    last = 0
    for hint in _HINT_RE.finditer(low):
        if hint.start() < last:
            continue  # in the run just cleaned
        start, end = hint.start(), hint.end()
        while start > last and not text[start - 1].isspace():  # (\s is str.isspace)
            start -= 1
        while end < len(text) and not text[end].isspace():
            end += 1
        parts += (text[last:start], _NOISE_RE.sub(" ", text[start:end]))
        last = end
    if not parts:
        return text
    parts.append(text[last:])
    return "".join(parts)


def _denoise_run(m: re.Match[str]) -> str:
    return _NOISE_RE.sub(" ", m.group(0))


@lru_cache(maxsize=65536)  # a word's votes, counted once (replies are made of the same few thousand words)
def _votes(raw: str) -> tuple[str, ...]:
    """The languages one token counts for, a language once per reason (its word list, its accents)."""
    word = (
        raw.split("'")[-1]
        if "'" in raw and raw.split("'")[0] in ("l", "d", "un", "all", "dell", "nell")
        else raw
    )
    out = [lang for lang, words in _WORDS.items() if word in words]
    if _IT_ACCENT.search(word):
        out.append("it")
    if _ES_MARK.search(word):
        out.append("es")
    return tuple(out)


def _scores(prepared: str) -> dict[str, int]:
    out = dict.fromkeys(_WORDS, 0)
    tally: dict[tuple[str, ...], int] = {}  # how many tokens vote each way
    for raw in _TOKEN_RE.findall(prepared.lower()):
        votes = _votes(raw)
        if votes:
            tally[votes] = tally.get(votes, 0) + 1
    for votes, count in tally.items():
        for lang in votes:
            out[lang] += count
    return out


def scores(text: str) -> dict[str, int]:
    """Word hits per language; exposed for tests and for callers that want to weigh sources."""
    return _scores(_prepare(text))


@lru_cache(maxsize=16)  # one message asks several times about the same text
def guess_language(text: str) -> str | None:
    """ "it", "es" or "en" when one of them clearly leads; None on no signal, ties or another language."""
    prepared = _prepare(text)
    if not prepared.isascii() and _NON_LATIN_LETTER_RE.search(prepared):
        letters = _LETTER_RE.findall(prepared)
        if letters and len(_LATIN_RE.findall("".join(letters))) < 0.7 * len(letters):
            return None  # mostly Cyrillic, CJK, ...: not a language we write reminders in
    s = _scores(prepared)
    ranked = sorted(s.items(), key=lambda kv: kv[1], reverse=True)
    (best, top), (_, second) = ranked[0], ranked[1]
    if top == 0 or top == second:
        return None
    return best if best in _SUPPORTED else None


fastre.accelerate(globals())  # each regex above first rules out what it cannot match (reading/fastre.py)
