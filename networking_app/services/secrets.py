"""The one door to secrets (mail or sync passwords): the system keyring, nothing else.

No secret is ever written to the database, the settings, the logs or an export. When the
system offers no keyring the app still works and :func:`keyring_status` says why it
cannot store passwords.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import keyring
import keyring.errors
from keyring.backends import fail

log = logging.getLogger(__name__)

SERVICE = "Rapport"


NO_KEYRING = (
    "No system keyring is available, so Rapport cannot store passwords. On Linux, install"
    " and start a Secret Service (for example gnome-keyring or KWallet)."
)


class SecretsUnavailable(Exception):
    """No usable keyring: ``str()`` says what is missing and what to do."""


@dataclass(frozen=True)
class KeyringStatus:
    available: bool
    backend: str
    message: str


def _backend() -> keyring.backend.KeyringBackend:
    return keyring.get_keyring()


def keyring_status() -> KeyringStatus:
    """Which backend would hold secrets, in words a user can act on."""
    backend = _backend()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    try:
        usable = not isinstance(backend, fail.Keyring) and backend.priority > 0
    except Exception as exc:  # a backend whose service went away (e.g. the D-Bus session)
        log.warning("keyring backend %s is no longer usable: %s", name, exc)
        usable = False
    if not usable:
        return KeyringStatus(False, name, NO_KEYRING)
    return KeyringStatus(True, name, f"Passwords are kept in the system keyring ({name}).")


def _call(action: str, func, *args):  # type: ignore[no-untyped-def]
    status = keyring_status()
    if not status.available:
        raise SecretsUnavailable(status.message)
    try:
        return func(*args)
    except keyring.errors.KeyringLocked as exc:
        raise SecretsUnavailable("The system keyring is locked; unlock it and try again.") from exc
    except keyring.errors.KeyringError as exc:
        log.warning("keyring %s failed: %s", action, type(exc).__name__)
        raise SecretsUnavailable(
            f"The system keyring refused to {action} the password ({type(exc).__name__})."
        ) from exc


def store_secret(account: str, secret: str) -> None:
    _call("store", keyring.set_password, SERVICE, account, secret)


def read_secret(account: str) -> str | None:
    result: str | None = _call("read", keyring.get_password, SERVICE, account)
    return result


def forget_secret(account: str) -> None:
    try:
        _call("delete", keyring.delete_password, SERVICE, account)
    except SecretsUnavailable as exc:
        if isinstance(exc.__cause__, keyring.errors.PasswordDeleteError):
            return
        raise
