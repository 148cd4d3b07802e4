"""Translated words for the stored vocabularies (domain values stay English codes)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from networking_app.domain.vocabulary import (
    Channel,
    Circle,
    MethodKind,
    RelationshipKind,
    TargetCategory,
)


def circle_labels() -> dict[Circle, str]:
    return {
        Circle.CLOSE: QCoreApplication.translate("Labels", "Close circle"),
        Circle.EXTENDED: QCoreApplication.translate("Labels", "Extended circle"),
        Circle.WEAK: QCoreApplication.translate("Labels", "Weak ties"),
        Circle.TARGET: QCoreApplication.translate("Labels", "To meet"),
    }


def target_category_labels() -> dict[TargetCategory, str]:
    return {
        TargetCategory.OWN_INDUSTRY: QCoreApplication.translate("Labels", "Own industry"),
        TargetCategory.ADJACENT_INDUSTRY: QCoreApplication.translate("Labels", "Adjacent industry"),
        TargetCategory.COMPLEMENTARY_FUNCTION: QCoreApplication.translate(
            "Labels", "Complementary function"
        ),
        TargetCategory.POTENTIAL_MENTOR: QCoreApplication.translate("Labels", "Potential mentor"),
        TargetCategory.AMBITIOUS_PEER: QCoreApplication.translate("Labels", "Ambitious peer"),
    }


def channel_labels() -> dict[Channel, str]:
    return {
        Channel.EVENT: QCoreApplication.translate("Labels", "Event"),
        Channel.ONLINE: QCoreApplication.translate("Labels", "Online / LinkedIn"),
        Channel.ASSOCIATION: QCoreApplication.translate("Labels", "Association"),
        Channel.ALUMNI: QCoreApplication.translate("Labels", "Alumni"),
        Channel.INTRODUCTION: QCoreApplication.translate("Labels", "Introduction"),
        Channel.OTHER: QCoreApplication.translate("Labels", "Other"),
    }


def method_kind_labels() -> dict[MethodKind, str]:
    return {
        MethodKind.EMAIL: QCoreApplication.translate("Labels", "Email"),
        MethodKind.PHONE: QCoreApplication.translate("Labels", "Phone"),
        MethodKind.URL: QCoreApplication.translate("Labels", "Web"),
        MethodKind.SOCIAL: QCoreApplication.translate("Labels", "Social"),
    }


def relationship_labels() -> dict[RelationshipKind, str]:
    return {
        RelationshipKind.KNOWS: QCoreApplication.translate("Labels", "knows"),
        RelationshipKind.WORKS_WITH: QCoreApplication.translate("Labels", "works with"),
        RelationshipKind.INTRODUCED: QCoreApplication.translate("Labels", "introduced"),
    }


def plural(n: int, one: str, many: str) -> str:
    """Pick the already-translated singular or plural form and fill in ``{n}``.

    The singular is for 1 in English ("0 contacts"), for 0 and 1 in French ("0 contact").
    """
    french = QLocale().language() == QLocale.Language.French
    return (one if n == 1 or (n == 0 and french) else many).replace("{n}", str(n))


def since_label(days: int | None) -> str:
    """How long ago, in words: "today", "3 days", "3 weeks", "5 months", "2 years", "never"."""
    if days is None:
        return QCoreApplication.translate("Labels", "never")
    if days <= 0:
        return QCoreApplication.translate("Labels", "today")
    if days < 14:
        return plural(
            days,
            QCoreApplication.translate("Labels", "{n} day"),
            QCoreApplication.translate("Labels", "{n} days"),
        )
    if days < 60:
        return plural(
            days // 7,
            QCoreApplication.translate("Labels", "{n} week"),
            QCoreApplication.translate("Labels", "{n} weeks"),
        )
    if days < 730:
        return plural(
            days // 30,
            QCoreApplication.translate("Labels", "{n} month"),
            QCoreApplication.translate("Labels", "{n} months"),
        )
    return plural(
        days // 365,
        QCoreApplication.translate("Labels", "{n} year"),
        QCoreApplication.translate("Labels", "{n} years"),
    )
