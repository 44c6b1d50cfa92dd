from mailkit import M, P, PDF, PNG
import letters
from letters import REM

SCEN = []


def S(msgs, label, **mime):
    SCEN.append(dict(msgs=msgs, label=label, mime=mime))


def msg(frm, to, date, body, **kw):
    if isinstance(to, P):
        to = [to]
    return M(frm, to, date, body, **kw)


OUTLOOK = ("X-Mailer", "Microsoft Outlook 16.0")
IPHONE = ("X-Mailer", "iPhone Mail (22B91)")
APPLE = ("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")
TB = ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.1")
