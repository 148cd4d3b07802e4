from __future__ import annotations

from networking_app.domain.profile import Profile
from networking_app.domain.vocabulary import Circle, Language, PersonalityMode
from networking_app.paths import AppPaths
from networking_app.storage.settings import cadence_days, load_profile, save_profile, set_setting


def test_profile_round_trip(database: AppPaths) -> None:
    assert load_profile() == Profile()
    profile = Profile(
        name="Camille Durand",
        pitch="Je construis des produits…",
        signature="Camille\n06 00 00 00 00",
        personality=PersonalityMode.INTROVERT,
        language=Language.FRENCH,
    )
    save_profile(profile)
    assert load_profile() == profile


def test_cadences_default_to_the_guide_and_follow_the_user(database: AppPaths) -> None:
    assert [cadence_days(c) for c in Circle] == [21, 60, 180, None]
    set_setting("cadence.close", 14)
    assert cadence_days(Circle.CLOSE) == 14


def test_saved_templates_replace_and_reset(database: object) -> None:
    from networking_app.domain.templates import TemplateText
    from networking_app.domain.vocabulary import Language, TemplateKind
    from networking_app.storage.templates import reset_template, save_template, saved_template

    assert saved_template(TemplateKind.THANK, Language.FRENCH) is None
    save_template(TemplateText(TemplateKind.THANK, Language.FRENCH, "Merci", "v1"))
    save_template(TemplateText(TemplateKind.THANK, Language.FRENCH, "Merci", "v2"))
    saved = saved_template(TemplateKind.THANK, Language.FRENCH)
    assert saved is not None and saved.body == "v2"
    assert saved_template(TemplateKind.THANK, Language.ENGLISH) is None
    reset_template(TemplateKind.THANK, Language.FRENCH)
    assert saved_template(TemplateKind.THANK, Language.FRENCH) is None
