"""The two emails of an introduction request, built in English and French from the guide.

(a) The opt-in request to the introducer: short context, the clear ask, why this person,
an easy way out, thanks. (b) The forwardable email, written for the target and short
enough to forward unchanged: who you are (the 30-second pitch), why them, the specific
ask, how to reach you. The user's edited copies replace these (storage.templates).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from networking_app.domain.email_draft import EmailDraft
from networking_app.domain.templates import Rendered, TemplateText, render
from networking_app.domain.vocabulary import IntroStatus, Language, TemplateKind

INTRO_KINDS = (TemplateKind.INTRO_OPT_IN, TemplateKind.INTRO_FORWARDABLE)

#: Placeholders the two templates may use (the compose page lists them).
FIELDS = (
    "introducer_first_name",
    "target_name",
    "target_first_name",
    "target_description",
    "context",
    "why",
    "ask",
    "my_name",
    "pitch",
    "signature",
)

_BUILTIN: dict[tuple[TemplateKind, Language], tuple[str, str]] = {
    (TemplateKind.INTRO_OPT_IN, Language.ENGLISH): (
        "Would you introduce me to {target_name}?",
        "Hi {introducer_first_name},\n"
        "\n"
        "{context}\n"
        "\n"
        "I would love to meet {target_description}. {why}\n"
        "\n"
        "My ask is small and specific: {ask}\n"
        "\n"
        "Would you be comfortable introducing us? If so, I will send you a short email"
        " you can forward as it is, so it takes you a minute.\n"
        "\n"
        "If you can't, or the timing is wrong, I'll completely understand.\n"
        "\n"
        "Thank you, either way — and I will let you know how it goes.\n"
        "\n"
        "{signature}\n",
    ),
    (TemplateKind.INTRO_OPT_IN, Language.FRENCH): (
        "Pourrais-tu me présenter à {target_name} ?",
        "Bonjour {introducer_first_name},\n"
        "\n"
        "{context}\n"
        "\n"
        "J'aimerais beaucoup rencontrer {target_description}. {why}\n"
        "\n"
        "Ma demande est simple et précise : {ask}\n"
        "\n"
        "Serais-tu d'accord pour nous mettre en relation ? Si oui, je t'envoie un court"
        " email que tu n'auras qu'à transférer tel quel : une minute de ton temps.\n"
        "\n"
        "Si tu ne peux pas, ou si le moment n'est pas le bon, je comprendrai totalement.\n"
        "\n"
        "Merci dans tous les cas — et je te tiendrai au courant de la suite.\n"
        "\n"
        "{signature}\n",
    ),
    (TemplateKind.INTRO_FORWARDABLE, Language.ENGLISH): (
        "Introduction: {my_name} and {target_name}",
        "Hello {target_first_name},\n"
        "\n"
        "{pitch}\n"
        "\n"
        "Why I am writing to you: {why}\n"
        "\n"
        "My request: {ask}\n"
        "\n"
        "If you are open to it, simply reply to this email; here is how to reach me:\n"
        "\n"
        "{signature}\n"
        "\n"
        "Thank you for your time,\n"
        "{my_name}\n",
    ),
    (TemplateKind.INTRO_FORWARDABLE, Language.FRENCH): (
        "Mise en relation : {my_name} et {target_name}",
        "Bonjour {target_first_name},\n"
        "\n"
        "{pitch}\n"
        "\n"
        "Pourquoi je vous écris : {why}\n"
        "\n"
        "Ma demande : {ask}\n"
        "\n"
        "Si cela vous convient, répondez simplement à cet email ; voici comment me joindre :\n"
        "\n"
        "{signature}\n"
        "\n"
        "Merci pour votre temps,\n"
        "{my_name}\n",
    ),
}

#: Placeholders whose line is dropped when they have no value (they are optional).
_OPTIONAL = ("context",)


def builtin_template(kind: TemplateKind, language: Language) -> TemplateText:
    """The guide's text for ``kind`` in ``language`` (English for anything but French)."""
    lang = Language.FRENCH if language is Language.FRENCH else Language.ENGLISH
    subject, body = _BUILTIN[(kind, lang)]
    return TemplateText(kind, lang, subject, body)


@dataclass(frozen=True)
class IntroParties:
    """The people and words an introduction's emails are made of."""

    introducer_name: str
    target_name: str
    why: str
    ask: str
    context: str = ""
    target_role: str = ""
    target_organisation: str = ""
    my_name: str = ""
    pitch: str = ""
    signature: str = ""


def _first_name(name: str) -> str:
    return name.split()[0] if name.split() else name


def _sentence(text: str) -> str:
    """Trimmed, and ending like a sentence so the next line reads well."""
    text = " ".join(text.split())
    return text if not text or text[-1] in ".!?…»)" else text + "."


def values(parties: IntroParties) -> dict[str, str]:
    """The placeholder values of both templates."""
    target = parties.target_name.strip()
    where = " · ".join(p for p in (parties.target_role, parties.target_organisation) if p)
    description = f"{target} ({where})" if where else target
    return {
        "introducer_first_name": _first_name(parties.introducer_name.strip()),
        "target_name": target,
        "target_first_name": _first_name(target),
        "target_description": description,
        "context": _sentence(parties.context),
        "why": _sentence(parties.why),
        "ask": _sentence(parties.ask),
        "my_name": parties.my_name.strip(),
        "pitch": parties.pitch.strip(),
        "signature": parties.signature.strip() or parties.my_name.strip(),
    }


def render_intro(template: TemplateText, fields: Mapping[str, str]) -> Rendered:
    """Fill ``template``; a line holding only an optional, empty placeholder is dropped."""
    body = template.body
    for name in _OPTIONAL:
        if not fields.get(name):
            lines = body.split("\n")
            kept = [ln for ln in lines if ln.strip() != "{" + name + "}"]
            body = "\n".join(kept).replace("\n\n\n", "\n\n")
    rendered = render(
        TemplateText(template.kind, template.language, template.subject, body), fields
    )
    return Rendered(rendered.subject, rendered.body.strip("\n") + "\n", rendered.missing)


def opt_in_draft(
    subject: str, body: str, introducer_name: str, introducer_email: str, me: str = ""
) -> EmailDraft:
    """The opt-in request, addressed to the introducer's preferred email ("" leaves To empty)."""
    return EmailDraft(
        subject, body, to_name=introducer_name, to_address=introducer_email, from_name=me
    )


def forwardable_draft(subject: str, body: str, me: str = "") -> EmailDraft:
    """The forwardable email: no To, the introducer forwards it to the target."""
    return EmailDraft(subject, body, from_name=me)


# -- what each step writes on the timeline ------------------------------------------------------

_STEP_SUMMARY: dict[tuple[IntroStatus, Language], str] = {
    (IntroStatus.ASKED, Language.ENGLISH): "Asked for an introduction to {target}",
    (IntroStatus.ASKED, Language.FRENCH): "Demande d'introduction auprès de {target}",
    (IntroStatus.MET, Language.ENGLISH): "Met, introduced by {introducer}",
    (IntroStatus.MET, Language.FRENCH): "Rencontre, grâce à l'introduction de {introducer}",
    (IntroStatus.CLOSED, Language.ENGLISH): "Thanked for the introduction to {target}",
    (IntroStatus.CLOSED, Language.FRENCH): "Remerciements pour l'introduction auprès de {target}",
    (IntroStatus.DECLINED, Language.ENGLISH): "Thanked for considering an introduction to {target}",
    (
        IntroStatus.DECLINED,
        Language.FRENCH,
    ): "Remerciements malgré le refus (introduction à {target})",
}


def step_summary(
    status: IntroStatus, language: str, target: str, introducer: str, after_decline: bool = False
) -> str:
    """The timeline summary a step writes, in the request's language ("" when none)."""
    lang = Language.FRENCH if language == Language.FRENCH.value else Language.ENGLISH
    key = IntroStatus.DECLINED if after_decline and status is IntroStatus.CLOSED else status
    text = _STEP_SUMMARY.get((key, lang), "")
    return text.format(target=target, introducer=introducer)
