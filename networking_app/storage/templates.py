"""The user's own copies of message templates (built-in texts live in the domain)."""

from __future__ import annotations

from networking_app.domain.templates import TemplateText
from networking_app.domain.vocabulary import Language, TemplateKind
from networking_app.storage.models import Template, db


def saved_template(kind: TemplateKind, language: Language) -> TemplateText | None:
    """The user's edited template of ``kind`` in ``language``, if they saved one."""
    row = (
        Template.select()
        .where((Template.kind == kind.value) & (Template.language == language.value))
        .order_by(Template.id.desc())
        .first()
    )
    if row is None:
        return None
    return TemplateText(kind, language, row.subject, row.body, row.name)


def save_template(template: TemplateText) -> None:
    """Keep ``template`` as the user's version of its kind and language."""
    with db.atomic():
        Template.delete().where(
            (Template.kind == template.kind.value) & (Template.language == template.language.value)
        ).execute()
        Template.create(
            kind=template.kind.value,
            language=template.language.value,
            name=template.name,
            subject=template.subject,
            body=template.body,
        )


def reset_template(kind: TemplateKind, language: Language) -> None:
    """Forget the user's version: the built-in text applies again."""
    Template.delete().where(
        (Template.kind == kind.value) & (Template.language == language.value)
    ).execute()
