"""Email drafts as .eml files (RFC 5322) and mailto: links, safe against header injection.

An exported draft carries ``X-Unsent: 1`` so that Thunderbird and Outlook open it as a
message to edit and send, not as a received one.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime
from urllib.parse import quote

# A deliberately plain address check: one @, no spaces or controls, a dot in the domain.
_ADDRESS = re.compile(r"^[^\s@<>()\[\],;:\"\\]+@[^\s@<>()\[\],;:\"\\]+\.[^\s@<>()\[\],;:\"\\]+$")
_CONTROLS = re.compile(r"[\x00-\x1f\x7f\u0085\u2028\u2029]+")


@dataclass(frozen=True)
class EmailDraft:
    subject: str
    body: str
    to_name: str = ""
    to_address: str = ""
    from_name: str = ""
    from_address: str = ""


def header_text(value: str) -> str:
    """One line of header text: every line break or control becomes a single space."""
    return " ".join(_CONTROLS.sub(" ", value).split())


def valid_address(address: str) -> bool:
    return bool(_ADDRESS.match(address.strip()))


def _mailbox(name: str, address: str) -> Address | None:
    address = address.strip()
    if not valid_address(address):
        return None
    local, _, domain = address.rpartition("@")
    try:
        return Address(display_name=header_text(name), username=local, domain=domain)
    except (ValueError, IndexError):
        return None


def to_message(draft: EmailDraft, when: datetime) -> EmailMessage:
    """The draft as a message; an invalid or missing address leaves that header out."""
    message = EmailMessage(policy=policy.SMTP)
    sender = _mailbox(draft.from_name, draft.from_address)
    if sender is not None:
        message["From"] = sender
    recipient = _mailbox(draft.to_name, draft.to_address)
    message["To"] = recipient if recipient is not None else ""
    message["Subject"] = header_text(draft.subject)
    message["Date"] = format_datetime(when if when.tzinfo else when.astimezone())
    message["X-Unsent"] = "1"
    body = draft.body.replace("\r\n", "\n").replace("\r", "\n")
    if not body.endswith("\n"):
        body += "\n"
    message.set_content(body, charset="utf-8", cte="quoted-printable")
    return message


def to_eml(draft: EmailDraft, when: datetime) -> bytes:
    """The bytes of an .eml file (CRLF line ends, UTF-8, RFC 2047 headers when needed)."""
    return to_message(draft, when).as_bytes()


def mailto_url(draft: EmailDraft) -> str:
    """A mailto: link that opens the draft in the default mail client."""
    address = draft.to_address.strip() if valid_address(draft.to_address) else ""
    query = f"subject={quote(header_text(draft.subject))}&body={quote(draft.body)}"
    return f"mailto:{quote(address, safe='@')}?{query}"


def file_stem(text: str, fallback: str = "draft") -> str:
    """A file name stem from free text: letters, digits and dashes, at most 60 chars."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    stem = re.sub(r"[^A-Za-z0-9]+", "-", ascii_text).strip("-").lower()[:60].strip("-")
    return stem or fallback
