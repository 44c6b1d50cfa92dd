"""SEPA "scan to pay": the EPC QR code (European Payments Council, EPC069-12) for a credit transfer.

Why: a client paying from a phone banking app can scan the code and get beneficiary, IBAN, amount
and reference filled in — no typing, so no mistyped IBAN and no payment without a reference that
the freelancer then has to match by hand. Every European banking app that supports "QR-code
payment" reads this format (it is also called GiroCode).

The payload (EPC069-12 v3.0, section 3.4), one field per line, separated by LF, in this order:

    1  Service tag            "BCD"
    2  Version                "002" (the BIC is optional inside the EEA)
    3  Character set          "1" = UTF-8
    4  Identification         "SCT" (SEPA credit transfer)
    5  BIC                    8 or 11 characters, or empty
    6  Beneficiary name       max 70 characters
    7  Beneficiary IBAN       max 34 characters
    8  Amount                 "EUR" + 0.01 … 999999999.99, at most 2 decimals ("EUR12.3"), or empty
    9  Purpose                4-letter ISO 20022 code, or empty
    10 Structured reference   ISO 11649 RF creditor reference, max 35 — or empty
    11 Unstructured reference max 140 characters — only one of 10 and 11
    12 Beneficiary to originator information, max 70, optional

Trailing empty fields are omitted; the whole payload is at most 331 bytes; the QR code uses error
correction level M. SEPA credit transfers are in euro only, so there is no currency choice.

Everything here validates instead of truncating names or IBANs: a QR code that pays the wrong
account is far worse than no QR code. Free-text fields are made single-line, because a line break
in a name would shift every later field (the amount would be read as the IBAN).
"""

from __future__ import annotations

import io
import re
from decimal import Decimal

__all__ = ["EPC_MAX_BYTES", "epc_payload", "epc_png", "normalise_bic", "normalise_iban", "valid_rf_reference"]

#: EPC069-12: the payload may not exceed 331 bytes.
EPC_MAX_BYTES = 331
_MIN_AMOUNT = Decimal("0.01")
_MAX_AMOUNT = Decimal("999999999.99")
_IBAN_RE = re.compile(r"^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$")
_BIC_RE = re.compile(r"^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}(?:[A-Z0-9]{3})?$")
_PURPOSE_RE = re.compile(r"^[A-Z]{4}$")
_RF_RE = re.compile(r"^RF[0-9]{2}[A-Z0-9]{1,21}$")


def _mod97(text: str) -> int:
    """ISO 7064 MOD 97-10 over letters-as-numbers (A=10 … Z=35), the IBAN and RF check."""
    digits = "".join(str(int(ch, 36)) for ch in text)
    return int(digits) % 97


def normalise_iban(iban: str) -> str:
    """The IBAN in electronic form (no spaces, upper case), or ValueError if it is not one.

    The check digits are verified: a mistyped IBAN in the config must fail at start-up, not on
    the day a client scans a code that sends money nowhere.
    """
    compact = "".join(iban.split()).upper()
    if not _IBAN_RE.match(compact):
        raise ValueError(f"{iban!r} is not an IBAN (two letters, two digits, then up to 30 letters/digits)")
    if _mod97(compact[4:] + compact[:4]) != 1:
        raise ValueError(f"{iban!r} is not a valid IBAN: the check digits do not match (a typo?)")
    return compact


def normalise_bic(bic: str) -> str:
    """The BIC (SWIFT code) in upper case, 8 or 11 characters, or ValueError."""
    compact = "".join(bic.split()).upper()
    if not _BIC_RE.match(compact):
        raise ValueError(f"{bic!r} is not a BIC (8 or 11 letters/digits, e.g. BPPIITRRXXX)")
    return compact


def valid_rf_reference(reference: str) -> bool:
    """True for an ISO 11649 creditor reference ("RF18 5390 0754 7034"), spaces ignored."""
    compact = "".join(reference.split()).upper()
    return bool(_RF_RE.match(compact)) and _mod97(compact[4:] + compact[:4]) == 1


def _line(value: str | None) -> str:
    """A free-text field on one line: a line break would shift every later field of the payload."""
    return " ".join((value or "").split())


def _amount_field(amount: Decimal | None) -> str:
    if amount is None:
        return ""
    if not isinstance(amount, Decimal):
        raise TypeError(f"amount must be a Decimal, not {type(amount).__name__}")
    if not amount.is_finite() or not _MIN_AMOUNT <= amount <= _MAX_AMOUNT:
        raise ValueError(f"the amount must be between {_MIN_AMOUNT} and {_MAX_AMOUNT} EUR, not {amount}")
    if amount != amount.quantize(Decimal("0.01")):
        raise ValueError(f"the amount has more than two decimals: {amount}")
    text = f"{amount.quantize(Decimal('0.01')):f}".rstrip("0").rstrip(".")
    return f"EUR{text}"


def epc_payload(
    *,
    name: str,
    iban: str,
    amount: Decimal | None = None,
    bic: str | None = None,
    reference: str | None = None,
    creditor_reference: str | None = None,
    purpose: str | None = None,
    note: str | None = None,
) -> str:
    """The EPC069-12 (version 002, UTF-8) payload for a SEPA credit transfer, fields in spec order.

    `name` is the beneficiary (max 70 characters), `amount` in EUR (or None: the payer types it),
    `reference` the free-text remittance information (max 140, e.g. "Fattura 12/2026") and
    `creditor_reference` a structured ISO 11649 "RF…" reference — at most one of the two.
    `purpose` is a 4-letter ISO 20022 purpose code, `note` a message to the payer (max 70).
    Raises ValueError for anything the spec does not allow.
    """
    name = _line(name)
    if not 0 < len(name) <= 70:
        raise ValueError(f"the beneficiary name must be 1 to 70 characters, not {len(name)}")
    iban_field = normalise_iban(iban)
    bic_field = normalise_bic(bic) if bic and bic.strip() else ""
    purpose_field = _line(purpose).upper()
    if purpose_field and not _PURPOSE_RE.match(purpose_field):
        raise ValueError(f"the purpose must be a 4-letter ISO 20022 code, not {purpose!r}")
    text = _line(reference)
    structured = "".join((creditor_reference or "").split()).upper()
    if text and structured:
        raise ValueError("give either a free-text reference or an RF creditor reference, not both")
    if structured and not valid_rf_reference(structured):
        raise ValueError(f"{creditor_reference!r} is not an ISO 11649 creditor reference (RF…)")
    if len(text) > 140:
        raise ValueError(f"the reference may be at most 140 characters, not {len(text)}")
    info = _line(note)
    if len(info) > 70:
        raise ValueError(f"the note to the payer may be at most 70 characters, not {len(info)}")
    fields = [
        "BCD",
        "002",
        "1",
        "SCT",
        bic_field,
        name,
        iban_field,
        _amount_field(amount),
        purpose_field,
        structured,
        text,
        info,
    ]
    while fields and not fields[-1]:
        fields.pop()
    payload = "\n".join(fields)
    size = len(payload.encode("utf-8"))
    if size > EPC_MAX_BYTES:
        raise ValueError(f"the payment data take {size} bytes; an EPC QR code holds at most {EPC_MAX_BYTES}")
    return payload


def epc_png(
    *,
    name: str,
    iban: str,
    amount: Decimal | None = None,
    bic: str | None = None,
    reference: str | None = None,
    creditor_reference: str | None = None,
    purpose: str | None = None,
    note: str | None = None,
    scale: int = 4,
) -> bytes:
    """The EPC QR code as PNG bytes (error correction M, as the spec requires; quiet zone 4).

    `scale` is pixels per module: 4 gives a code of about 200 px for a typical payload, large
    enough for any phone camera on a screen and small enough for an email.
    """
    payload = epc_payload(
        name=name,
        iban=iban,
        amount=amount,
        bic=bic,
        reference=reference,
        creditor_reference=creditor_reference,
        purpose=purpose,
        note=note,
    )
    # boost_error=False: the spec fixes level M; encoding utf-8 matches character set "1".
    import segno  # only letters with a QR code need it

    code = segno.make(payload, error="m", boost_error=False, micro=False, encoding="utf-8")
    out = io.BytesIO()
    code.save(out, kind="png", scale=scale, border=4)
    return out.getvalue()
