"""The formal notice as a PDF, made from the very text the notice template renders.

Why a PDF: a PEC notice travels as an attachment the client's lawyer can print and file, and a letter
for a registered post or a burofax must be printed by the owner. Why from the same text: what the
owner approves (`mailduns preview`), what the client receives and what the evidence pack keeps must
be one text; the PDF only lays it out (A4, the subject line and the all-capitals demand in bold, the
computation lines in a fixed-width face so the figures line up, page numbers).

fpdf2 (pure Python, maintained, embeds TrueType subsets, so accents, "€", "º" and "×" print right)
with DejaVu fonts from the operating system's package (Debian/Ubuntu `fonts-dejavu-core`, Fedora
`dejavu-sans-fonts`, Arch `ttf-dejavu`); nothing is fetched at run time. `MAILDUNS_FONT_DIR` names
another folder holding DejaVuSans.ttf, DejaVuSans-Bold.ttf and DejaVuSansMono.ttf.

The output is deterministic for a given text and instant (creation date and document id derive from
them), so a notice re-made for the evidence pack has the same SHA-256 as the one sent.
"""

from __future__ import annotations

import hashlib
import os
from datetime import datetime
from pathlib import Path

from fpdf import FPDF

from mailduns.core.errors import MaildunsError

__all__ = ["FONT_DIRS", "find_fonts", "notice_pdf"]

FONT_DIRS: tuple[str, ...] = (
    "/usr/share/fonts/truetype/dejavu",  # Debian, Ubuntu (fonts-dejavu-core)
    "/usr/share/fonts/dejavu-sans-fonts",  # Fedora
    "/usr/share/fonts/dejavu",  # Fedora (older), openSUSE
    "/usr/share/fonts/TTF",  # Arch (ttf-dejavu)
    "/usr/local/share/fonts/dejavu",  # FreeBSD
    "/opt/homebrew/share/fonts",  # macOS with Homebrew (font-dejavu)
)
_FILES = {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf", "mono": "DejaVuSansMono.ttf"}
_SUBJECT_WORDS = ("oggetto:", "asunto:", "subject:")


def find_fonts() -> dict[str, Path]:
    """The DejaVu files to embed, or a MaildunsError saying which package to install."""
    dirs = [os.environ["MAILDUNS_FONT_DIR"]] if os.environ.get("MAILDUNS_FONT_DIR") else []
    dirs += list(FONT_DIRS)
    for d in dirs:
        found = {k: Path(d) / name for k, name in _FILES.items()}
        if all(p.is_file() for p in found.values()):
            return found
    raise MaildunsError(
        "the formal notice PDF needs the DejaVu fonts, which were not found (looked in "
        + ", ".join(dirs)
        + "). Install them with your system's package manager: "
        "apt-get install fonts-dejavu-core (Debian, Ubuntu), dnf install dejavu-sans-fonts "
        "dejavu-sans-mono-fonts (Fedora), pacman -S ttf-dejavu (Arch); or set MAILDUNS_FONT_DIR."
    )


class _Notice(FPDF):
    def __init__(self, footer_text: str) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self._footer_text = footer_text

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("body", size=8)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, f"{self._footer_text} – {self.page_no()}/{{nb}}", align="C")


def _is_demand(line: str) -> bool:
    """ "INTIMA E DIFFIDA": words in capitals alone on a line (not "P. IVA IT0123…", not a code)."""
    letters = [c for c in line if c.isalpha()]
    return (
        len(letters) >= 6
        and all(c.isupper() for c in letters)
        and not any(c.isdigit() or c in ".@:" for c in line)
    )


def notice_pdf(text: str, *, title: str, author: str, language: str, created: datetime) -> bytes:
    """The PDF of a rendered notice `text` (plain text, paragraphs separated by blank lines)."""
    fonts = find_fonts()
    pdf = _Notice(title)
    pdf.set_title(title)
    pdf.set_author(author)
    pdf.set_creator("mailduns")
    pdf.set_lang(language)
    pdf.set_creation_date(created)
    digest = hashlib.sha256(f"{created.isoformat()}\x1f{text}".encode()).hexdigest()[:32].upper()
    pdf.file_id = lambda: f"<{digest}><{digest}>"  # type: ignore[method-assign]
    pdf.add_font("body", "", str(fonts[""]))
    pdf.add_font("body", "B", str(fonts["B"]))
    pdf.add_font("mono", "", str(fonts["mono"]))
    pdf.set_margins(22, 20, 22)
    pdf.set_auto_page_break(True, margin=22)
    pdf.alias_nb_pages()
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin
    for line in text.rstrip("\n").split("\n"):
        stripped = line.strip()
        if not stripped:
            pdf.ln(3.2)
            continue
        if stripped.lower().startswith(_SUBJECT_WORDS):
            pdf.set_font("body", "B", 10.5)
            pdf.multi_cell(width, 5.2, stripped, new_x="LMARGIN", new_y="NEXT")
        elif _is_demand(stripped):
            pdf.set_font("body", "B", 11)
            pdf.multi_cell(width, 6, stripped, align="C", new_x="LMARGIN", new_y="NEXT")
        elif line.startswith("  "):
            pdf.set_font("mono", "", 8.6)
            pdf.set_x(pdf.l_margin + 4)
            pdf.multi_cell(width - 4, 4.6, stripped, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("body", "", 10.5)
            pdf.multi_cell(width, 5.2, stripped, align="L", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())
