"""The it/es/en language guess, and its honest "don't know"."""

from __future__ import annotations

import pytest

from mailduns.reading.lang import guess_language


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Buongiorno, abbiamo pagato ieri la fattura. Cordiali saluti", "it"),
        ("Ciao, grazie mille!", "it"),
        ("Sono fuori ufficio, tornerò il 5 dicembre.", "it"),
        ("Il bonifico è stato effettuato.", "it"),
        ("Hola, ya hemos pagado la factura. Un saludo", "es"),
        ("Estaré de vuelta el 5 de diciembre.", "es"),
        ("Gracias, ¿me puedes reenviar el PDF?", "es"),
        ("Pago realizado, adjunto el justificante.", "es"),
        ("Hello", "en"),
        ("Hi, we will pay by December 5. Thanks", "en"),
        ("I'm out of the office until Monday.", "en"),
    ],
)
def test_guess(text: str, lang: str) -> None:
    assert guess_language(text) == lang


@pytest.mark.parametrize(
    "text",
    [
        "",
        "12/2026 1.220,00",
        "la",  # as Italian as it is Spanish
        "Bonjour, merci pour votre message. Je suis absent.",
        "Sehr geehrte Damen und Herren, vielen Dank für Ihre Nachricht.",
        "Ваше сообщение не доставлено",
        "にゃーーーーーーーーーーー",
    ],
)
def test_no_guess(text: str) -> None:
    assert guess_language(text) is None


def test_addresses_and_urls_do_not_count() -> None:
    # "de" in a domain name is not Spanish
    assert guess_language("zukünftig karl@hanz.de www.example.de") is None


def test_copied_raw_headers_do_not_count() -> None:
    text = "Il recapito non è riuscito.\n\nReceived: from a by b with ESMTP for <x@y>; the and with for"
    assert guess_language(text) == "it"


def test_noise_is_removed_run_by_run_exactly_as_from_the_whole_text() -> None:
    """lang._prepare removes URLs, addresses and domains run by run (reading/lang.py says why that is
    the same); checked against the whole-text substitution on mixed text."""
    import random

    from mailduns.reading import lang

    rng = random.Random(7)
    pieces = [
        "mario@acme.it",
        "www.x.com",
        "HTTPS://a.b/c",
        "x.it.",
        "a-b.de",
        "e.g.",
        "Grazie.",
        "1.220,00",
        "::",
        "@",
        "ok",
        "sì",
        "fattura",
        "\n",
        " ",
        "  ",
        "\t",
        "x@",
        "@y",
        "foo.COM",
        "é.es",
        "a.ıt",  # letters that fold to i, k, s: the run filter folds case as the noise regex does
        "b.\u212aom",
        "x.ſ",
        "d.IT",
    ]
    for _ in range(3000):
        text = "".join(
            rng.choice(pieces) + rng.choice(["", " ", "\n", "\u00a0", "\u2003"])
            for _ in range(rng.randrange(0, 12))
        )
        assert lang._denoise(text) == lang._NOISE_RE.sub(" ", text), text
        assert lang._NOISY_RUN_RE.sub(lang._denoise_run, text) == lang._NOISE_RE.sub(" ", text), text
