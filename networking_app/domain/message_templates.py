"""Built-in message templates of the daily review, in English and French, and their values.

The texts follow the guide: give before you ask, be honest about the delay ("ça fait
longtemps, je pensais à toi en voyant…"), propose a coffee with no ask, congratulate,
share something relevant, thank, follow up with what was promised. The user's edited
copies (:mod:`networking_app.storage.templates`) take precedence over these.
"""

from __future__ import annotations

from networking_app.domain.contacts import ContactDraft
from networking_app.domain.profile import Profile
from networking_app.domain.templates import TemplateText
from networking_app.domain.vocabulary import Language, TemplateKind

#: The placeholders :func:`template_values` fills (from the contact, then your profile).
#: Others, like ``{article_link}``, stay in the draft for the user to fill.
PLACEHOLDERS = (
    "first_name",
    "name",
    "organisation",
    "role",
    "my_name",
    "my_signature",
    "my_pitch",
)

_EN = {
    TemplateKind.RECONNECT: (
        "It's been a while, {first_name}",
        "Hi {first_name},\n\n"
        "It's been a while — I was thinking of you the other day and wondered how things"
        " are going for you at {organisation}.\n\n"
        "Would you have time for a coffee in the coming weeks? Nothing specific to ask, just"
        " the pleasure of catching up.\n\n"
        "{my_signature}",
    ),
    TemplateKind.CONGRATULATE: (
        "Congratulations, {first_name}!",
        "Hi {first_name},\n\n"
        "I just saw the news — congratulations! Well deserved.\n\n"
        "I hope the new chapter is off to a great start. If there is anything I can do to"
        " help, just say.\n\n"
        "{my_signature}",
    ),
    TemplateKind.SHARE: (
        "Thought of you: {article_title}",
        "Hi {first_name},\n\n"
        "I came across this and thought of you: {article_link}\n\n"
        "{why_relevant}\n\n"
        "No need to reply — I just thought you would find it useful.\n\n"
        "{my_signature}",
    ),
    TemplateKind.THANK: (
        "Thank you, {first_name}",
        "Hi {first_name},\n\n"
        "Thank you again for {what_they_did}. It really helped, and I wanted you to know how"
        " it turned out: {outcome}\n\n"
        "If I can return the favour in any way, I would be glad to.\n\n"
        "{my_signature}",
    ),
    TemplateKind.FOLLOW_UP: (
        "Following up on our conversation",
        "Hi {first_name},\n\n"
        "Thank you again for our conversation. As promised, {what_i_promised}\n\n"
        "I hope it helps — tell me what you think, and let me know if I can do anything"
        " else for you.\n\n"
        "{my_signature}",
    ),
}

_FR = {
    TemplateKind.RECONNECT: (
        "Ça fait longtemps, {first_name}",
        "Bonjour {first_name},\n\n"
        "Ça fait longtemps ! Je pensais à toi l'autre jour et je me demandais comment les"
        " choses se passent pour toi chez {organisation}.\n\n"
        "Aurais-tu un moment pour un café dans les semaines qui viennent ? Rien de précis"
        " à te demander, juste le plaisir de prendre des nouvelles.\n\n"
        "{my_signature}",
    ),
    TemplateKind.CONGRATULATE: (
        "Félicitations, {first_name} !",
        "Bonjour {first_name},\n\n"
        "Je viens de voir la nouvelle : félicitations ! C'est bien mérité.\n\n"
        "J'espère que ce nouveau chapitre commence bien. Si je peux t'aider en quoi que ce"
        " soit, n'hésite pas.\n\n"
        "{my_signature}",
    ),
    TemplateKind.SHARE: (
        "J'ai pensé à toi : {article_title}",
        "Bonjour {first_name},\n\n"
        "Je suis tombé·e sur ceci et j'ai pensé à toi : {article_link}\n\n"
        "{why_relevant}\n\n"
        "Pas besoin de répondre, je me suis dit que ça pourrait t'être utile.\n\n"
        "{my_signature}",
    ),
    TemplateKind.THANK: (
        "Merci, {first_name}",
        "Bonjour {first_name},\n\n"
        "Merci encore pour {what_they_did}. Ça m'a vraiment aidé·e, et je voulais te dire"
        " comment ça s'est terminé : {outcome}\n\n"
        "Si je peux te rendre la pareille, ce sera avec plaisir.\n\n"
        "{my_signature}",
    ),
    TemplateKind.FOLLOW_UP: (
        "Suite à notre échange",
        "Bonjour {first_name},\n\n"
        "Merci encore pour notre échange. Comme promis, {what_i_promised}\n\n"
        "J'espère que ça t'aidera. Dis-moi ce que tu en penses, et n'hésite pas si je peux"
        " faire autre chose pour toi.\n\n"
        "{my_signature}",
    ),
}


def builtin_template(kind: TemplateKind, language: Language) -> TemplateText:
    """The built-in text of ``kind`` in ``language`` (English unless French is asked)."""
    table = _FR if language is Language.FRENCH else _EN
    if kind not in table:
        raise ValueError(f"no built-in review template for {kind}")
    subject, body = table[kind]
    concrete = Language.FRENCH if language is Language.FRENCH else Language.ENGLISH
    return TemplateText(kind, concrete, subject, body)


def template_values(contact: ContactDraft, profile: Profile) -> dict[str, str]:
    """Placeholder values from the contact and the user's profile (empty ones stay visible)."""
    return {
        "first_name": contact.given_name.strip() or contact.nickname.strip() or contact.name,
        "name": contact.name,
        "organisation": contact.organisation.strip(),
        "role": contact.role.strip(),
        "my_name": profile.name.strip(),
        "my_signature": profile.signature.strip() or profile.name.strip(),
        "my_pitch": profile.pitch.strip(),
    }
