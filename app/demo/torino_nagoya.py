"""The large demo: the Turin delegation's three days in Nagoya, October 2027."""

from __future__ import annotations

from datetime import UTC, date, datetime

from app.demo.builder import NAGOYA_DELEGATION, TURIN_DELEGATION, MissionBuilder
from app.demo.companies import (
    NAGOYA_CHAMBER,
    NAGOYA_CITY,
    NAGOYA_COMPANIES,
    NAGOYA_PRESS,
    TURIN_CHAMBER,
    TURIN_CITY,
    TURIN_COMPANIES,
    TURIN_PRESS,
)
from app.demo.people import EN, IT, JA, Person, italian, japanese
from app.model import AgendaKind, BadgeCategory, Delegation, Mission, Participant, Sector, Side

NAME = "Torino → Nagoya, October 2027"
NAME_IT = "Torino → Nagoya, ottobre 2027"
NAME_JA = "トリノ → 名古屋 2027年10月"
SEED = 20271012
DAY1, DAY2, DAY3 = date(2027, 10, 12), date(2027, 10, 13), date(2027, 10, 14)

VIP, SPEAKER, STAFF, PRESS = (
    BadgeCategory.VIP,
    BadgeCategory.SPEAKER,
    BadgeCategory.STAFF,
    BadgeCategory.PRESS,
)
INTERPRETER = BadgeCategory.INTERPRETER

# People named on purpose: heads, officials, speakers, and the edge cases a coordinator meets.
NAMED: dict[str, list[Person]] = {
    TURIN_CHAMBER.name: [
        italian("Maurizio", "Operti", "Presidente", ("it", "en"), IT, VIP),
        italian("Elena", "Cravero", "Responsabile missioni internazionali",
                ("it", "en", "ja"), IT, STAFF),
        italian("Paolo", "Vigna", "Ufficio internazionalizzazione", ("it", "en"), IT, STAFF),
    ],
    TURIN_CITY.name: [
        italian("Silvia", "Bosio", "Assessora allo sviluppo economico", ("it", "en"), IT, VIP),
    ],
    TURIN_PRESS.name: [italian("Marco", "Ghibaudo", "Giornalista", ("it",), IT, PRESS)],
    NAGOYA_CHAMBER.name: [
        japanese("Yamauchi", "Shigeru", "Chairman", ("ja",), JA, VIP,
                 kanji=("山内", "茂"), kana=("やまうち", "しげる")),
        japanese("Niwa", "Yumi", "Manager, International Division", ("ja", "en"), JA, STAFF,
                 kanji=("丹羽", "由美"), kana=("にわ", "ゆみ")),
        japanese("Kato", "Takumi", "International Division", ("ja", "en"), EN, STAFF,
                 kanji=("加藤", "拓海"), kana=("かとう", "たくみ")),
    ],
    NAGOYA_CITY.name: [
        japanese("Kawai", "Masahiro", "Director General, Economic Affairs Bureau",
                 ("ja", "en"), JA, VIP, kanji=("河合", "正宏"), kana=("かわい", "まさひろ")),
    ],
    NAGOYA_PRESS.name: [
        japanese("Ishii", "Tomoko", "Reporter", ("ja",), JA, PRESS,
                 kanji=("石井", "智子"), kana=("いしい", "ともこ")),
        japanese("Nomura", "Ryota", "Photographer", ("ja",), JA, PRESS,
                 kanji=("野村", "亮太"), kana=("のむら", "りょうた")),
    ],
    "Meccanica Subalpina S.p.A.": [
        italian("Giorgio", "Bertolotto", "Amministratore delegato", ("it", "en"), IT, SPEAKER),
        italian("Luca", "Gribaudo", "Export Manager Asia", ("it", "en", "ja"), EN),
    ],
    "Aerostrutture Caselle S.p.A.": [
        italian("Francesca", "Allasia", "Direttrice commerciale", ("it", "en"), IT, SPEAKER),
    ],
    "Carrozzeria Superga S.r.l.": [italian("Niccolò", "Bertè", "Head of Design")],
    "Tessuti Tecnici Biellesi S.p.A.": [
        italian("Maria Vittoria Benedetta", "Provana di Collegno", "Amministratrice delegata",
                ("it", "en", "fr"), EN),
    ],
    "CyberAlpi S.r.l.": [italian("Davide", "D'Agostino", "CTO", ("it", "en"), EN)],
    "Chubu Seimitsu Kogyo": [
        japanese("Kondo", "Hiroshi", "President",
                 kanji=("近藤", "博"), kana=("こんどう", "ひろし")),
    ],
    "Aichi Suiso Solutions": [
        japanese("Sakakibara", "Hideki", "President & CEO", ("ja", "en"), JA, SPEAKER,
                 kanji=("榊原", "秀樹"), kana=("さかきばら", "ひでき")),
    ],
    "Chubu Uchu Gijutsu": [
        japanese("Hirano", "Aya", "Representative Director", ("ja", "en"), EN, SPEAKER,
                 kanji=("平野", "彩"), kana=("ひらの", "あや")),
    ],
    "Hatcho Jozo": [
        japanese("Sugiura", "Yuko", "Export Manager", ("ja", "it", "en"), JA,
                 kanji=("杉浦", "裕子"), kana=("すぎうら", "ゆうこ")),
    ],
    "Suzuka Motorsport Engineering": [
        japanese("Hotta", "Kenta", "Chief Designer", ("ja", "en", "it"), JA,
                 kanji=("堀田", "健太"), kana=("ほった", "けんた")),
    ],
    # A Nagoya company's foreign manager: no name in kanji or kana.
    "Nagoya Drone Systems": [
        Person("Daniel", "Whitford", "Head of Global Partnerships", ("en", "ja"), EN),
    ],
}  # fmt: skip

INTERPRETERS: list[tuple[Person, str, bool]] = [
    (japanese("Asai", "Chinatsu", "Interpreter (Italian–Japanese)", ("ja", "it", "en"), JA,
              INTERPRETER, kanji=("浅井", "千夏"), kana=("あさい", "ちなつ")),
     "tsuyaku-tokai.example", False),
    (japanese("Murata", "Eri", "Interpreter (Italian–Japanese)", ("ja", "it"), JA, INTERPRETER,
              kanji=("村田", "恵理"), kana=("むらた", "えり")),
     "tsuyaku-tokai.example", False),
    (italian("Federica", "Bellone", "Interprete (italiano–giapponese)", ("it", "ja", "en"), IT,
             INTERPRETER), "interpretitorino.example", True),
    (italian("Stefano", "Marchisio", "Interprete (italiano–giapponese)", ("it", "ja"), IT,
             INTERPRETER), "interpretitorino.example", True),
]  # fmt: skip


def build() -> Mission:
    """The mission graph, in memory; the same every time."""
    mission = Mission(
        name=NAME,
        name_it=NAME_IT,
        name_ja=NAME_JA,
        host_city="Nagoya",
        timezone="Asia/Tokyo",
        start_date=DAY1,
        end_date=DAY3,
        organiser="Camera di commercio di Torino",
        organiser_email="missioni.internazionali@to.camcom.example",
    )
    b = MissionBuilder(mission, SEED, registration_opens=datetime(2027, 8, 23, 7, 0, tzinfo=UTC))
    for people in NAMED.values():
        b.reserve(people)
    turin = b.delegation(Side.TURIN, TURIN_DELEGATION)
    nagoya = b.delegation(Side.NAGOYA, NAGOYA_DELEGATION)
    for c in (TURIN_CHAMBER, TURIN_CITY, TURIN_PRESS, *TURIN_COMPANIES):
        size = b.rng.choices((1, 2, 3), (45, 45, 10))[0] if c.b2b else None
        b.organisation(c, turin, NAMED.get(c.name, ()), size)
    for c in (NAGOYA_CHAMBER, NAGOYA_CITY, NAGOYA_PRESS, *NAGOYA_COMPANIES):
        size = b.rng.choices((1, 2, 3), (66, 31, 3))[0] if c.b2b else None
        b.organisation(c, nagoya, NAMED.get(c.name, ()), size)
    turin.head = b.orgs[TURIN_CHAMBER.name].participants[0]
    nagoya.head = b.orgs[NAGOYA_CHAMBER.name].participants[0]
    interpreters = [
        b.interpreter(person, domain, italian_number,
                      "Consecutive and simultaneous Italian–Japanese; booked by the Turin chamber.")
        for person, domain, italian_number in INTERPRETERS
    ]  # fmt: skip

    turin_b2b = [b.orgs[c.name] for c in TURIN_COMPANIES]
    nagoya_b2b = [b.orgs[c.name] for c in NAGOYA_COMPANIES]
    capped = b.rng.sample([*turin_b2b, *nagoya_b2b], 8)
    teams = [o for o in (*turin_b2b, *nagoya_b2b) if len(o.participants) >= 2]
    b.constrain(
        {o.name: b.rng.choice((4, 5, 6, 8)) for o in capped},
        [o.name for o in b.rng.sample(teams, 3)],
    )
    _programme(b, turin, interpreters)
    b.requests(
        turin_b2b, nagoya_b2b, eager_picks=(3, 8), mutual=0.42, other_picks=(0, 3), no_thanks=12
    )
    return mission


def _programme(b: MissionBuilder, delegation: Delegation, interpreters: list[Participant]) -> None:
    """Venues, the three days of agenda, the B2B sessions and who is away when."""
    chamber = b.venue(
        "Nagoya Chamber of Commerce & Industry",
        "名古屋商工会議所",
        "2-10-19 Sakae, Naka-ku, Nagoya, Aichi 460-8422",
        "〒460-8422 愛知県名古屋市中区栄2-10-19",
        "Nagoya",
        "Camera di commercio e industria di Nagoya",
    )
    kariya = b.venue(
        "Chubu Seimitsu Kogyo, Kariya plant",
        "中部精密工業 刈谷工場",
        "2-3-15 Showa-cho, Kariya, Aichi 448-0029",
        "〒448-0029 愛知県刈谷市昭和町2-3-15",
        "Kariya",
        "Chubu Seimitsu Kogyo, stabilimento di Kariya",
    )
    toyota = b.venue(
        "Aichi Suiso Solutions, Toyota plant",
        "愛知水素ソリューションズ 豊田工場",
        "3-21 Hosoya-cho, Toyota, Aichi 471-0032",
        "〒471-0032 愛知県豊田市細谷町3-21",
        "Toyota",
        "Aichi Suiso Solutions, stabilimento di Toyota",
    )
    airfield = b.venue(
        "Komaki Kokuki Seiko, Toyoyama works",
        "小牧航機精工 豊山工場",
        "1-5 Toyoba, Toyoyama-cho, Nishikasugai-gun, Aichi 480-0202",
        "〒480-0202 愛知県西春日井郡豊山町豊場1-5",
        "Toyoyama",
        "Komaki Kokuki Seiko, stabilimento di Toyoyama",
    )
    hotel = b.venue(
        "Hotel Meijo Grand Nagoya",
        "ホテル名城グランド名古屋",
        "3-8-1 Meieki, Nakamura-ku, Nagoya, Aichi 450-0002",
        "〒450-0002 愛知県名古屋市中村区名駅3-8-1",
        "Nagoya",
    )
    airport = b.venue(
        "Chubu Centrair International Airport",
        "中部国際空港セントレア",
        "1-1 Centrair, Tokoname, Aichi 479-0881",
        "〒479-0881 愛知県常滑市セントレア1-1",
        "Tokoname",
        "Aeroporto internazionale Chubu Centrair",
    )
    prefecture = b.venue(
        "Aichi Prefectural Government", "愛知県庁",
        "3-1-2 Sannomaru, Naka-ku, Nagoya, Aichi 460-8501",
        "〒460-8501 愛知県名古屋市中区三の丸3-1-2", "Nagoya", "Prefettura di Aichi",
    )  # fmt: skip

    def people_of(*sectors: Sector, limit: int | None = None) -> list[Participant]:
        found = [
            p
            for o in b.orgs.values()
            if o.delegation is delegation and set(sectors).intersection(o.sectors)
            for p in o.participants
        ]
        return found[:limit]

    automotive_group = [*people_of(Sector.AUTOMOTIVE, limit=18), interpreters[0]]
    # The two visits are at the same hours (Kariya, Toyota City): nobody is on both.
    green = people_of(Sector.GREEN_TRANSITION, Sector.ENERGY)
    hydrogen_group = [
        *[p for p in green if p not in automotive_group][:10],
        b.orgs[TURIN_CITY.name].participants[0],
        interpreters[1],
    ]
    courtesy_group = [
        b.orgs[TURIN_CHAMBER.name].participants[0],
        b.orgs[TURIN_CITY.name].participants[0],
        b.orgs[NAGOYA_CHAMBER.name].participants[0],
        interpreters[2],
    ]

    K = AgendaKind
    b.agenda(
        K.TRANSFER,
        (
            "Arrival at Chubu Centrair and bus to the hotel",
            "Arrivo a Chubu Centrair e trasferimento in pullman all'hotel",
            "中部国際空港到着・ホテルへバス移動",
        ),
        airport,
        (DAY1, "07:20"),
        (DAY1, "08:50"),
        delegation,
    )
    b.agenda(
        K.TRANSFER,
        (
            "Bus from the hotel to the Nagoya Chamber",
            "Pullman dall'hotel alla Camera di commercio di Nagoya",
            "ホテルから名古屋商工会議所へバス移動",
        ),
        hotel,
        (DAY1, "09:40"),
        (DAY1, "10:05"),
        delegation,
    )
    b.agenda(
        K.PLENARY,
        (
            "Opening plenary: Turin and Nagoya, twin industrial cities",
            "Plenaria di apertura: Torino e Nagoya, città industriali gemelle",
            "開会全体会議:姉妹産業都市トリノと名古屋",
        ),
        chamber,
        (DAY1, "10:30"),
        (DAY1, "12:30"),
        description=(
            "Welcome by the presidents of both chambers; keynotes on electric "
            "drivetrains, hydrogen and aerospace supply chains.",
            "Saluto dei presidenti delle due Camere di commercio; interventi sulle "
            "trasmissioni elettriche, sull'idrogeno e sulle filiere aerospaziali.",
            "両商工会議所会頭による歓迎挨拶。電動パワートレイン、水素、航空宇宙サプライチェーンに"
            "関する基調講演。",
        ),
    )
    b.agenda(
        K.DINNER,
        ("Networking lunch", "Pranzo di networking", "交流昼食会"),
        chamber,
        (DAY1, "12:30"),
        (DAY1, "13:45"),
    )
    b.agenda(
        K.COMPANY_VISIT,
        (
            "Visit to Chubu Seimitsu Kogyo, Kariya: gears for e-axles",
            "Visita a Chubu Seimitsu Kogyo, Kariya: ingranaggi per e-axle",
            "中部精密工業(刈谷市)視察:電動アクスル用ギア",
        ),
        kariya,
        (DAY1, "14:30"),
        (DAY1, "17:00"),
        automotive_group,
        "Bus from the Chamber at 13:50. Safety shoes are provided at the plant.",
    )
    b.agenda(
        K.COMPANY_VISIT,
        (
            "Visit to Aichi Suiso Solutions, Toyota City: fuel cells",
            "Visita ad Aichi Suiso Solutions, Toyota City: celle a combustibile",
            "愛知水素ソリューションズ(豊田市)視察:燃料電池",
        ),
        toyota,
        (DAY1, "14:30"),
        (DAY1, "17:00"),
        hydrogen_group,
        "Bus from the Chamber at 13:45.",
    )
    b.agenda(
        K.COMPANY_VISIT,
        (
            "Aerospace visit: Komaki Kokuki Seiko at Nagoya Airfield",
            "Visita aerospaziale: Komaki Kokuki Seiko all'aeroporto di Nagoya",
            "航空宇宙視察:小牧航機精工(名古屋飛行場)",
        ),
        airfield,
        (DAY2, "08:45"),
        (DAY2, "11:45"),
        delegation,
        "Bus from the hotel at 08:00. Bring your passport for the security check; "
        "no photographs inside the hangars.",
    )
    b.agenda(
        K.SIGNING_CEREMONY,
        (
            "Signing of the Memorandum of Understanding between the two chambers",
            "Firma del Memorandum d'intesa tra le due Camere di commercio",
            "両商工会議所間の覚書調印式",
        ),
        hotel,
        (DAY2, "18:45"),
        (DAY2, "19:15"),
    )
    b.agenda(
        K.DINNER,
        ("Gala dinner", "Cena di gala", "ガラディナー"),
        hotel,
        (DAY2, "19:30"),
        (DAY2, "22:00"),
        description=(
            "Dress code: business.",
            "Abbigliamento: business.",
            "服装：ビジネスアタイア",
        ),
    )
    b.agenda(
        K.OTHER,
        (
            "Courtesy call on the Governor of Aichi Prefecture",
            "Visita di cortesia al Governatore della Prefettura di Aichi",
            "愛知県知事表敬訪問",
        ),
        prefecture,
        (DAY3, "09:00"),
        (DAY3, "10:30"),
        courtesy_group,
    )
    b.agenda(
        K.DINNER,
        ("Farewell lunch", "Pranzo di commiato", "送別昼食会"),
        chamber,
        (DAY3, "12:45"),
        (DAY3, "13:50"),
    )
    b.agenda(K.TRANSFER, ("Bus to Chubu Centrair for departures",
                          "Pullman per Chubu Centrair, partenze",
                          "中部国際空港へバス移動(帰国)"),
             chamber, (DAY3, "14:00"), (DAY3, "15:10"), delegation)  # fmt: skip

    b.b2b_session(
        ("B2B session 1", "Sessione B2B 1", "B2B商談会 1"), chamber, DAY2, ("14:00", "18:00"),
        tables=30, breaks=[("16:00", "16:20")],
    )  # fmt: skip
    # 10 slots either way: the coffee break lengthens the morning by its 20 minutes.
    b.b2b_session(
        ("B2B session 2", "Sessione B2B 2", "B2B商談会 2"), chamber, DAY3, ("09:00", "12:40"),
        tables=30, breaks=[("10:40", "11:00")],
    )  # fmt: skip

    b.unavailable(
        b.orgs["Kasugai Seiki"].participants[0],
        (DAY2, "14:00"),
        (DAY2, "15:40"),
        "Arrives late from Tokyo by Shinkansen",
    )
    b.unavailable(
        b.orgs["Owari Press Kogyo"].participants[0],
        (DAY3, "09:00"),
        (DAY3, "10:00"),
        "Board meeting",
    )
    b.unavailable(
        b.orgs["Leghe Leggere Trofarello S.r.l."].participants[0],
        (DAY3, "11:20"),
        (DAY3, "12:40"),
        "Leaves early: flight from Centrair at 13:40",
    )
    b.unavailable(interpreters[2], (DAY3, "08:30"), (DAY3, "11:50"),
                  "Interpreting at the courtesy call to Aichi Prefecture")  # fmt: skip
