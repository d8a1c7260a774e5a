"""What a suggested pair says about itself: the sectors and the words of the profiles that make
the two organisations worth introducing, in Italian, Japanese and English."""

from __future__ import annotations

from app.common.wording import Wording
from app.model.enums import Sector

SECTOR_NAMES: dict[Sector, Wording] = {
    Sector.AUTOMOTIVE: Wording(
        "suggestions.sector.automotive", en="automotive", it="automotive", ja="自動車"
    ),
    Sector.AEROSPACE: Wording(
        "suggestions.sector.aerospace", en="aerospace", it="aerospazio", ja="航空宇宙"
    ),
    Sector.ROBOTICS: Wording(
        "suggestions.sector.robotics", en="robotics", it="robotica", ja="ロボット"
    ),
    Sector.MACHINERY: Wording(
        "suggestions.sector.machinery", en="machinery", it="meccanica", ja="機械"
    ),
    Sector.MATERIALS: Wording(
        "suggestions.sector.materials", en="materials", it="materiali", ja="素材"
    ),
    Sector.ELECTRONICS: Wording(
        "suggestions.sector.electronics", en="electronics", it="elettronica", ja="電子"
    ),
    Sector.GREEN_TRANSITION: Wording(
        "suggestions.sector.green_transition",
        en="green transition",
        it="transizione verde",
        ja="グリーントランスフォーメーション",
    ),
    Sector.DIGITAL: Wording(
        "suggestions.sector.digital", en="digital", it="digitale", ja="デジタル"
    ),
    Sector.ENERGY: Wording("suggestions.sector.energy", en="energy", it="energia", ja="エネルギー"),
    Sector.DESIGN: Wording("suggestions.sector.design", en="design", it="design", ja="デザイン"),
    Sector.FOOD: Wording("suggestions.sector.food", en="food", it="agroalimentare", ja="食品"),
    Sector.FINANCE: Wording("suggestions.sector.finance", en="finance", it="finanza", ja="金融"),
    Sector.INSTITUTION: Wording(
        "suggestions.sector.institution", en="institutions", it="istituzioni", ja="公的機関"
    ),
    Sector.SERVICES: Wording(
        "suggestions.sector.services", en="services", it="servizi", ja="サービス"
    ),
}

BOTH_IN = Wording(
    "suggestions.both_in",
    en="Both {sectors}",
    it="Entrambe nel settore {sectors}",
    ja="両社とも{sectors}",
)
COMPLEMENT = Wording(
    "suggestions.complement",
    en="{a} meets {b}",
    it="{a} incontra {b}",
    ja="{a}と{b}が補完",
)
PROFILES_SHARE = Wording(
    "suggestions.profiles_share",
    en="profiles share: {keywords}",
    it="profili in comune: {keywords}",
    ja="共通のキーワード：{keywords}",
)
PARTS = Wording(
    "suggestions.parts", en="{first}; {rest}", it="{first}; {rest}", ja="{first}／{rest}"
)
COMMA = Wording(
    "suggestions.comma", en="{first}, {rest}", it="{first}, {rest}", ja="{first}・{rest}"
)
SLASH = Wording("suggestions.slash", en="{first}/{rest}", it="{first}/{rest}", ja="{first}・{rest}")
