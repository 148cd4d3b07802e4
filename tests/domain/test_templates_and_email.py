"""Placeholder filling and .eml drafts: what a mail client and the user will see."""

from __future__ import annotations

import email
from datetime import UTC, datetime
from email import policy

from hypothesis import given
from hypothesis import strategies as st

from networking_app.domain.email_draft import EmailDraft, file_stem, mailto_url, to_eml
from networking_app.domain.templates import TemplateText, fill, placeholders, render
from networking_app.domain.vocabulary import Language, TemplateKind

WHEN = datetime(2026, 11, 28, 9, 30, tzinfo=UTC)


def parse(raw: bytes) -> email.message.EmailMessage:
    return email.message_from_bytes(raw, policy=policy.default)  # type: ignore[return-value]


def test_fill_replaces_known_fields_and_reports_the_rest() -> None:
    text, missing = fill("Bonjour {first_name}, {article_link} {:)}", {"first_name": "Élodie"})
    assert text == "Bonjour Élodie, {article_link} {:)}"
    assert missing == ["article_link"]
    assert placeholders("{a} {b} {a}") == ["a", "b"]


def test_render_fills_subject_and_body() -> None:
    template = TemplateText(TemplateKind.THANK, Language.FRENCH, "Merci {first_name}", "{x}")
    rendered = render(template, {"first_name": "Zoë"})
    assert (rendered.subject, rendered.body, rendered.missing) == ("Merci Zoë", "{x}", ("x",))


def test_eml_round_trips_non_ascii_and_opens_as_a_draft() -> None:
    draft = EmailDraft(
        subject="Présentation à François Müller",
        body="Bonjour Zoë,\nMerci d’avance — vraiment.\n",
        to_name="Zoë Dupré",
        to_address="zoe@example.org",
        from_name="Camille Lefèvre",
        from_address="camille@example.com",
    )
    raw = to_eml(draft, WHEN)
    assert raw.isascii()
    message = parse(raw)
    assert message["X-Unsent"] == "1"
    assert message["Subject"] == draft.subject
    assert message["To"].addresses[0].display_name == "Zoë Dupré"
    assert message["To"].addresses[0].addr_spec == "zoe@example.org"
    assert message.get_content().replace("\r\n", "\n") == draft.body
    assert b"\r\n" in raw


def test_header_injection_stays_in_the_header_text() -> None:
    draft = EmailDraft(
        subject="Hello\r\nBcc: victim@example.com",
        body="x",
        to_name="Eve\nCc: all@example.com",
        to_address="eve@example.com\nBcc: more@example.com",
    )
    message = parse(to_eml(draft, WHEN))
    assert message["Bcc"] is None and message["Cc"] is None
    assert message["Subject"] == "Hello Bcc: victim@example.com"
    assert message["To"] == ""  # the address was not a valid one


def test_no_address_exports_with_an_empty_to() -> None:
    message = parse(to_eml(EmailDraft(subject="s", body="b"), WHEN))
    assert message["To"] == "" and message["From"] is None


@given(st.text(), st.text(), st.text())
def test_any_text_gives_a_parseable_message(subject: str, body: str, name: str) -> None:
    draft = EmailDraft(subject=subject, body=body, to_name=name, to_address="a@b.org")
    message = parse(to_eml(draft, WHEN))
    assert len(message.keys()) == len(set(message.keys()))
    assert set(message.keys()) <= {
        "To", "Subject", "Date", "X-Unsent", "MIME-Version", "Content-Type",
        "Content-Transfer-Encoding",
    }  # fmt: skip


def test_mailto_and_file_stem() -> None:
    url = mailto_url(EmailDraft("Café & co", "a b\nc", to_address="x@y.fr"))
    assert url == "mailto:x@y.fr?subject=Caf%C3%A9%20%26%20co&body=a%20b%0Ac"
    assert file_stem("Élodie / Müller: intro?") == "elodie-muller-intro"
    assert file_stem("日本") == "draft"
