"""The SMTP adapter (aiosmtplib): the one place that sends mail.

Failures become `SendError` with the SMTP code and whether retrying could help (5xx is permanent),
so the outbox can decide between "try again next cycle" and "stop and tell the freelancer".
"""

from __future__ import annotations

import ssl
from collections.abc import Callable, Sequence

import aiosmtplib

from mailduns.core.errors import MaildunsError, SendError


class Sender:
    def __init__(
        self,
        *,
        host: str,
        port: int,
        security: str,
        username: str,
        password: str,
        timeout: float = 60.0,
        oauth2_token: Callable[[], str] | None = None,
    ) -> None:
        self.host, self.port, self.security = host, port, security
        self.username, self._password = username, password
        self._oauth2_token = oauth2_token
        self.timeout = timeout

    async def check_login(self) -> None:
        """Connect, log in the way `send` does, and leave: `mailduns check` and the set-up wizard
        test the credentials without anyone reaching into the sender's secrets."""
        context = ssl.create_default_context() if self.security != "plain" else None
        client = aiosmtplib.SMTP(
            hostname=self.host,
            port=self.port,
            timeout=self.timeout,
            use_tls=self.security == "tls",
            start_tls=self.security == "starttls",
            tls_context=context,
        )
        try:
            await client.connect()
            await self._login(client)
            await client.quit()
        except aiosmtplib.SMTPAuthenticationError as exc:
            raise SendError(
                f"the SMTP server {self.host} refused the login for {self.username}: check the "
                f"username and password ({exc.code} {exc.message})",
                code=exc.code,
            ) from exc
        except (aiosmtplib.SMTPException, OSError, TimeoutError) as exc:
            raise SendError(f"cannot log in to the SMTP server {self.host}:{self.port} ({exc})") from exc
        finally:
            client.close()

    async def _login(self, client: aiosmtplib.SMTP) -> None:
        if self._oauth2_token is not None:
            try:
                token = self._oauth2_token()
            except MaildunsError as exc:
                # The provider's token endpoint failed (down, or consent revoked): nothing was sent, so
                # the letter stays queued; the sentence says what the freelancer may need to do.
                raise SendError(
                    f"could not get an OAuth2 access token for {self.username}: {exc}", permanent=False
                ) from exc
            await client.auth_xoauth2(self.username, token)
        elif self.username and self._password:
            await client.login(self.username, self._password)

    async def send(
        self,
        raw: bytes,
        *,
        sender: str,
        recipients: Sequence[str],
        before_data: Callable[[], None] | None = None,
    ) -> list[tuple[str, int, str]]:
        """Send one message; returns the recipients the server refused (address, code, text) while
        accepting the others — a 5xx there means a wrong address the freelancer must hear about.

        `before_data` runs after every recipient was accepted and just before the DATA command:
        until then nothing can have been delivered, which is what lets the outbox tell a crash
        that provably sent nothing from one that might have sent the mail."""
        context = ssl.create_default_context() if self.security != "plain" else None
        client = aiosmtplib.SMTP(
            hostname=self.host,
            port=self.port,
            timeout=self.timeout,
            use_tls=self.security == "tls",
            start_tls=self.security == "starttls",
            tls_context=context,
        )
        try:
            await client.connect()
            await self._login(client)
            await client.mail(sender)
            refused: list[aiosmtplib.SMTPRecipientRefused] = []
            for rcpt in recipients:
                try:
                    await client.rcpt(rcpt)
                except aiosmtplib.SMTPRecipientRefused as exc:
                    refused.append(exc)
            if len(refused) == len(recipients):
                raise aiosmtplib.SMTPRecipientsRefused(refused)
            if before_data is not None:
                before_data()
            await client.data(raw)
            try:
                await client.quit()
            except (aiosmtplib.SMTPException, OSError):
                pass  # the message was accepted; a rude goodbye changes nothing
        except aiosmtplib.SMTPRecipientsRefused as exc:
            codes = [r.code for r in exc.recipients]
            raise SendError(
                f"the mail server refused every recipient ({'; '.join(str(r) for r in exc.recipients)})",
                code=codes[0] if codes else None,
                permanent=all(c >= 500 for c in codes),
            ) from exc
        except aiosmtplib.SMTPAuthenticationError as exc:
            raise SendError(
                f"the SMTP server {self.host} refused the login for {self.username}: check the "
                f"username and password ({exc.message})",
                code=exc.code,
                permanent=False,
            ) from exc
        except aiosmtplib.SMTPResponseException as exc:
            raise SendError(
                f"the SMTP server {self.host} answered {exc.code} {exc.message}",
                code=exc.code,
                permanent=exc.code >= 500,
            ) from exc
        except (aiosmtplib.SMTPException, OSError, TimeoutError) as exc:
            raise SendError(f"cannot send through {self.host}:{self.port} ({exc})", permanent=False) from exc
        finally:
            client.close()
        return [(r.recipient, r.code, r.message) for r in refused]
