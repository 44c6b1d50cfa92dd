"""A token endpoint that fails while sending is a "not now" for that letter, never a crash of the cycle."""

from __future__ import annotations

import pytest

from mailduns.core.errors import MaildunsError, SendError
from mailduns.mail.smtp import Sender
from mailduns.onboarding.devrig import MailRig


async def test_a_failing_oauth2_token_is_a_temporary_send_error(rig: MailRig) -> None:
    def token() -> str:
        raise MaildunsError("the token endpoint answered 503")

    sender = Sender(
        host="127.0.0.1",
        port=rig.smtp_port,
        security="plain",
        username="alice",
        password="",
        oauth2_token=token,
    )
    with pytest.raises(SendError) as err:
        await sender.send(
            b"Subject: x\r\n\r\nx\r\n", sender="alice@example.test", recipients=["bob@example.test"]
        )
    assert not err.value.permanent and err.value.code is None
    assert "OAuth2 access token" in str(err.value)
    assert rig.smtp_log == []
