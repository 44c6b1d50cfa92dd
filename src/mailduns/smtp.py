"""The SMTP adapter (aiosmtplib): the one place that sends mail.

Failures become `SendError` with the SMTP code and whether retrying could help (5xx is permanent),
so the outbox can decide between "try again next cycle" and "stop and tell the freelancer".
"""

from __future__ import annotations

import ssl
from collections.abc import Sequence

import aiosmtplib

from .errors import SendError


class Sender:
    def __init__(self, *, host: str, port: int, security: str, username: str, password: str,
                 timeout: float = 60.0) -> None:
        self.host, self.port, self.security = host, port, security
        self.username, self._password = username, password
        self.timeout = timeout

    async def send(self, raw: bytes, *, sender: str, recipients: Sequence[str]) -> str:
        """Send one message; returns the server's reply text on success."""
        try:
            context = ssl.create_default_context() if self.security != "plain" else None
            kwargs: dict[str, object] = {}
            if self.security == "plain":
                kwargs = {"use_tls": False, "start_tls": False}
            elif self.security == "starttls":
                kwargs = {"use_tls": False, "start_tls": True, "tls_context": context}
            else:
                kwargs = {"use_tls": True, "tls_context": context}
            _refused, reply = await aiosmtplib.send(
                raw, sender=sender, recipients=list(recipients), hostname=self.host, port=self.port,
                username=self.username or None, password=self._password or None, timeout=self.timeout,
                **kwargs)  # type: ignore[arg-type]
        except aiosmtplib.SMTPRecipientsRefused as exc:
            codes = [r.code for r in exc.recipients]
            raise SendError(f"the mail server refused every recipient ({'; '.join(str(r) for r in exc.recipients)})",
                            code=codes[0] if codes else None,
                            permanent=all(c >= 500 for c in codes)) from exc
        except aiosmtplib.SMTPAuthenticationError as exc:
            raise SendError(f"the SMTP server {self.host} refused the login for {self.username}: check the "
                            f"username and password ({exc.message})", code=exc.code, permanent=False) from exc
        except aiosmtplib.SMTPResponseException as exc:
            raise SendError(f"the SMTP server {self.host} answered {exc.code} {exc.message}",
                            code=exc.code, permanent=exc.code >= 500) from exc
        except (aiosmtplib.SMTPException, OSError, TimeoutError) as exc:
            raise SendError(f"cannot send through {self.host}:{self.port} ({exc})", permanent=False) from exc
        return str(reply)
