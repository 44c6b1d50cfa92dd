"""One root error so callers (the CLI, the daemon) can tell our failures from bugs.

Expected problems inside the pure core are values, not exceptions; these are raised at the edges
(configuration, I/O) where the caller must stop or retry.
"""

from __future__ import annotations


class MaildunsError(Exception):
    """Root of every error mailduns raises on purpose. The message is meant for the freelancer."""


class ConfigError(MaildunsError):
    """A configuration problem, located as precisely as we can so the user can fix it in their editor."""

    def __init__(
        self, message: str, *, file: str | None = None, line: int | None = None, key: str | None = None
    ) -> None:
        self.file = file
        self.line = line
        self.key = key
        self.message = message
        where = ":".join(str(p) for p in (file, line, key) if p is not None)
        super().__init__(f"{where}: {message}" if where else message)


class TemplateError(ConfigError):
    """A reminder template is missing or does not render."""


class CurrencyMismatch(MaildunsError, ValueError):
    """Two amounts in different currencies were combined; converting silently would be wrong."""

    def __init__(self, left: str, right: str) -> None:
        self.left = left
        self.right = right
        super().__init__(f"cannot combine amounts in {left} and {right}")


class MailboxError(MaildunsError):
    """The IMAP server refused or dropped us; the daemon retries these."""

    def __init__(
        self, message: str, *, folder: str | None = None, uid: int | None = None, retryable: bool = True
    ) -> None:
        self.folder = folder
        self.uid = uid
        self.retryable = retryable  # False for a refused login: retrying only gets the account locked
        super().__init__(message)


class SendError(MaildunsError):
    """The SMTP server refused a message; `code` is the SMTP reply code when there was one."""

    def __init__(self, message: str, *, code: int | None = None, permanent: bool = False) -> None:
        self.code = code
        self.permanent = permanent
        super().__init__(message)


class StateError(MaildunsError):
    """The state database cannot be opened or migrated."""


class UnknownInvoice(MaildunsError):
    """A command named an invoice number we do not track."""


class IllegalTransition(MaildunsError):
    """An invoice was asked to move between two states the transitions table does not allow.

    A bug guard more than a user error: it names both states so the log says what was attempted,
    and the change is never half-applied (it is raised before anything is written).
    """

    def __init__(self, number: str, old: str, new: str) -> None:
        self.number, self.old, self.new = number, old, new
        super().__init__(f"invoice {number} cannot go from {old} to {new}")
