"""Translated names for the domain's closed vocabularies, and the colour of each side.

Each string is spelled out in a ``translate`` call so that lupdate can find it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from app.model.enums import BadgeCategory, DocumentLanguage, NameOrder, Sector, Side

translate = QCoreApplication.translate  # lupdate finds calls named "translate"

# Turin's granata (the city's maroon) and Nagoya's gold (the castle's shachihoko).
SIDE_COLOURS = {Side.TURIN: "#8c1d40", Side.NAGOYA: "#c98a00"}


def side_colour(side: Side | None) -> QColor | None:
    return QColor(SIDE_COLOURS[side]) if side is not None else None


def side_label(side: Side | None) -> str:
    if side is Side.TURIN:
        return translate("Labels", "Turin")
    if side is Side.NAGOYA:
        return translate("Labels", "Nagoya")
    return ""


def sector_label(sector: Sector) -> str:
    labels = {
        Sector.AUTOMOTIVE: translate("Labels", "Automotive"),
        Sector.AEROSPACE: translate("Labels", "Aerospace"),
        Sector.ROBOTICS: translate("Labels", "Robotics"),
        Sector.MACHINERY: translate("Labels", "Machinery"),
        Sector.MATERIALS: translate("Labels", "Materials"),
        Sector.ELECTRONICS: translate("Labels", "Electronics"),
        Sector.GREEN_TRANSITION: translate("Labels", "Green transition"),
        Sector.DIGITAL: translate("Labels", "Digital"),
        Sector.ENERGY: translate("Labels", "Energy"),
        Sector.DESIGN: translate("Labels", "Design"),
        Sector.FOOD: translate("Labels", "Food"),
        Sector.FINANCE: translate("Labels", "Finance"),
        Sector.INSTITUTION: translate("Labels", "Institution"),
        Sector.SERVICES: translate("Labels", "Services"),
    }
    return labels.get(sector, sector.value)


def badge_label(category: BadgeCategory) -> str:
    labels = {
        BadgeCategory.DELEGATE: translate("Labels", "Delegate"),
        BadgeCategory.SPEAKER: translate("Labels", "Speaker"),
        BadgeCategory.VIP: translate("Labels", "VIP"),
        BadgeCategory.STAFF: translate("Labels", "Staff"),
        BadgeCategory.PRESS: translate("Labels", "Press"),
        BadgeCategory.INTERPRETER: translate("Labels", "Interpreter"),
    }
    return labels.get(category, category.value)


def document_language_label(language: DocumentLanguage) -> str:
    labels = {
        DocumentLanguage.IT: translate("Labels", "Italian"),
        DocumentLanguage.JA: translate("Labels", "Japanese"),
        DocumentLanguage.EN: translate("Labels", "English"),
    }
    return labels.get(language, language.value)


def name_order_label(order: NameOrder) -> str:
    if order is NameOrder.FAMILY_FIRST:
        return translate("Labels", "Family name first (TANAKA Hiroshi)")
    return translate("Labels", "Given name first (Mario Rossi)")
