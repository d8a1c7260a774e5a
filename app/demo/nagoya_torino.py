"""The small demo: a Nagoya delegation in Turin, across the night Europe moves to summer time
(Sunday 26 March 2028, 02:00 → 03:00 in Europe/Rome)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from app.demo.builder import NAGOYA_DELEGATION, TURIN_DELEGATION, MissionBuilder
from app.demo.companies import NAGOYA_CHAMBER, TURIN_CHAMBER, company
from app.demo.people import EN, IT, JA, Person, italian, japanese
from app.model import AgendaKind, BadgeCategory, Delegation, Mission, Participant, Side

NAME = "Nagoya → Torino, March 2028"
NAME_IT = "Nagoya → Torino, marzo 2028"
NAME_JA = "名古屋 → トリノ 2028年3月"
SEED = 20280325
SAT, SUN, MON, TUE = (date(2028, 3, d) for d in (25, 26, 27, 28))

NAGOYA_GUESTS = (
    "Chubu Seimitsu Kogyo", "Kakamigahara Aero Components", "Nagoya Fukugo Zairyo",
    "Aichi Suiso Solutions", "Atsuta Robotics", "Hatcho Jozo", "Chikusa Sensing",
    "Minokamo Aerostructures", "Kariya Thermal Systems",
)  # fmt: skip
TURIN_HOSTS = (
    "Meccanica Subalpina S.p.A.", "Aerostrutture Caselle S.p.A.", "Robotica Pinerolese S.r.l.",
    "Compositi Avanzati Torinesi S.r.l.", "Idrogeno Piemonte S.r.l.", "Gianduja Reale S.r.l.",
    "Sensoristica Chierese S.r.l.", "Moncalieri Powertrain S.r.l.", "Orbita Spazio S.r.l.",
)  # fmt: skip

NAMED: dict[str, list[Person]] = {
    NAGOYA_CHAMBER.name: [
        japanese("Torii", "Nobuyuki", "Vice Chairman", ("ja",), JA, BadgeCategory.VIP,
                 kanji=("鳥居", "信之"), kana=("とりい", "のぶゆき")),
        japanese("Niwa", "Yumi", "Manager, International Division", ("ja", "en"), JA,
                 BadgeCategory.STAFF, kanji=("丹羽", "由美"), kana=("にわ", "ゆみ")),
    ],
    TURIN_CHAMBER.name: [
        italian("Maurizio", "Operti", "Presidente", ("it", "en"), IT, BadgeCategory.VIP),
        italian("Elena", "Cravero", "Responsabile missioni internazionali", ("it", "en", "ja"),
                IT, BadgeCategory.STAFF),
    ],
    "Hatcho Jozo": [
        japanese("Sugiura", "Yuko", "Export Manager", ("ja", "it", "en"), JA,
                 kanji=("杉浦", "裕子"), kana=("すぎうら", "ゆうこ")),
    ],
    "Aerostrutture Caselle S.p.A.": [
        italian("Francesca", "Allasia", "Direttrice commerciale", ("it", "en"), IT,
                BadgeCategory.SPEAKER),
    ],
}  # fmt: skip

INTERPRETERS: list[tuple[Person, str, bool]] = [
    (japanese("Ogura", "Mai", "Interpreter (Italian–Japanese)", ("ja", "it", "en"), JA,
              BadgeCategory.INTERPRETER, kanji=("小倉", "舞"), kana=("おぐら", "まい")),
     "interpretitorino.example", True),
    (italian("Giulia", "Rinaudo", "Interprete (italiano–giapponese)", ("it", "ja", "en"), EN,
             BadgeCategory.INTERPRETER), "interpretitorino.example", True),
]  # fmt: skip


def build() -> Mission:
    """The mission graph, in memory; the same every time."""
    mission = Mission(
        name=NAME,
        name_it=NAME_IT,
        name_ja=NAME_JA,
        host_city="Torino",
        timezone="Europe/Rome",
        start_date=SAT,
        end_date=TUE,
        organiser="Nagoya Chamber of Commerce & Industry",
        organiser_email="kokusai@nagoya-cci.example",
    )
    b = MissionBuilder(mission, SEED, registration_opens=datetime(2028, 1, 31, 0, 0, tzinfo=UTC))
    for people in NAMED.values():
        b.reserve(people)
    nagoya = b.delegation(Side.NAGOYA, NAGOYA_DELEGATION)
    turin = b.delegation(Side.TURIN, TURIN_DELEGATION)
    b.organisation(NAGOYA_CHAMBER, nagoya, NAMED[NAGOYA_CHAMBER.name])
    for name in NAGOYA_GUESTS:
        size = b.rng.choices((1, 2), (60, 40))[0]
        b.organisation(company(name), nagoya, NAMED.get(name, ()), size)
    b.organisation(TURIN_CHAMBER, turin, NAMED[TURIN_CHAMBER.name])
    for name in TURIN_HOSTS:
        size = b.rng.choices((1, 2), (75, 25))[0]
        b.organisation(company(name), turin, NAMED.get(name, ()), size)
    nagoya.head = b.orgs[NAGOYA_CHAMBER.name].participants[0]
    turin.head = b.orgs[TURIN_CHAMBER.name].participants[0]
    interpreters = [
        b.interpreter(person, domain, italian_number,
                      "Italian–Japanese; booked by the Nagoya chamber through a Turin agency.")
        for person, domain, italian_number in INTERPRETERS
    ]  # fmt: skip

    guests = [b.orgs[name] for name in NAGOYA_GUESTS]
    hosts = [b.orgs[name] for name in TURIN_HOSTS]
    teams = [o for o in (*guests, *hosts) if len(o.participants) >= 2]
    b.constrain({"Hatcho Jozo": 4, "Gianduja Reale S.r.l.": 4}, [b.rng.choice(teams).name])
    _programme(b, nagoya, interpreters)
    b.requests(guests, hosts, eager_picks=(2, 4), mutual=0.3, other_picks=(0, 1), no_thanks=2)
    return mission


def _programme(b: MissionBuilder, guests: Delegation, interpreters: list[Participant]) -> None:
    """Venues, four days of agenda (Saturday to Tuesday), the B2B session, who is away."""
    incontra = b.venue(
        "Torino Incontra – Camera di commercio di Torino",
        "トリノ商工会議所 会議センター「トリノ・インコントラ」",
        "Via Nino Costa 8, 10123 Torino",
        None,
        "Torino",
    )
    plant = b.venue(
        "Aerostrutture Caselle, Caselle plant",
        "アエロストルットゥーレ・カゼッレ カゼッレ工場",
        "Strada Aeroporto 25, 10072 Caselle Torinese (TO)",
        None,
        "Caselle Torinese",
        "Aerostrutture Caselle, stabilimento di Caselle",
    )
    museum = b.venue(
        "MAUTO – Museo Nazionale dell'Automobile",
        "トリノ国立自動車博物館(MAUTO)",
        "Corso Unità d'Italia 40, 10126 Torino",
        None,
        "Torino",
    )
    restaurant = b.venue(
        "Ristorante La Credenza Sabauda",
        "リストランテ・ラ・クレデンツァ・サバウダ",
        "Via Lagrange 12, 10123 Torino",
        None,
        "Torino",
    )
    airport = b.venue(
        "Aeroporto di Torino-Caselle", "トリノ・カゼッレ空港",
        "Strada San Maurizio 12, 10072 Caselle Torinese (TO)", None, "Caselle Torinese",
    )  # fmt: skip

    K = AgendaKind
    b.agenda(
        K.TRANSFER,
        (
            "Arrival at Torino Caselle and bus to the hotel",
            "Arrivo a Torino Caselle e trasferimento in pullman all'hotel",
            "トリノ・カゼッレ空港到着・ホテルへバス移動",
        ),
        airport,
        (SAT, "16:40"),
        (SAT, "18:00"),
        guests,
    )
    b.agenda(
        K.COMPANY_VISIT,
        (
            "Visit to the National Automobile Museum (MAUTO)",
            "Visita al Museo Nazionale dell'Automobile (MAUTO)",
            "トリノ国立自動車博物館(MAUTO)見学",
        ),
        museum,
        (SUN, "10:00"),
        (SUN, "12:30"),
        guests,
        (
            "The bus leaves the hotel at 09:30 summer time (CEST): set your watch forward "
            "one hour before you go to sleep.",
            "Il pullman parte dall'hotel alle 09:30, ora legale (CEST): prima di dormire "
            "spostate l'orologio avanti di un'ora.",
            "バスは夏時間（CEST）の9:30にホテルを出発します。就寝前に時計を1時間進めてください。",
        ),
    )
    b.agenda(
        K.DINNER,
        ("Welcome dinner", "Cena di benvenuto", "歓迎夕食会"),
        restaurant,
        (SUN, "19:30"),
        (SUN, "22:00"),
    )
    b.agenda(
        K.PLENARY,
        (
            "Plenary: Nagoya and Turin, partners in the transition",
            "Plenaria: Nagoya e Torino, partner nella transizione",
            "全体会議:トランジションのパートナー、名古屋とトリノ",
        ),
        incontra,
        (MON, "09:30"),
        (MON, "11:30"),
    )
    b.agenda(
        K.SIGNING_CEREMONY,
        (
            "Signing of the cooperation agreement between the two chambers",
            "Firma dell'accordo di cooperazione tra le due Camere di commercio",
            "両商工会議所間の協力協定調印式",
        ),
        incontra,
        (MON, "11:45"),
        (MON, "12:15"),
    )
    b.agenda(
        K.DINNER,
        ("Business lunch", "Pranzo di lavoro", "昼食会"),
        incontra,
        (MON, "12:30"),
        (MON, "13:45"),
    )
    b.agenda(
        K.COMPANY_VISIT,
        (
            "Visit to Aerostrutture Caselle: fuselage panels and composites",
            "Visita ad Aerostrutture Caselle: pannelli di fusoliera e compositi",
            "アエロストルットゥーレ・カゼッレ視察:胴体パネルと複合材",
        ),
        plant,
        (TUE, "09:00"),
        (TUE, "11:30"),
        guests,
        (
            "Bus from the hotel at 08:15, with luggage. Passport needed at the gate.",
            "Pullman dall'hotel alle 08:15, con i bagagli. All'ingresso serve il passaporto.",
            "8:15にホテルからバスで出発します（荷物をお持ちください）。入構にはパスポートが必要です。",
        ),
    )
    b.agenda(K.TRANSFER, ("Bus to Torino Caselle airport for departures",
                          "Pullman per l'aeroporto di Torino Caselle, partenze",
                          "トリノ・カゼッレ空港へバス移動(帰国)"),
             plant, (TUE, "11:45"), (TUE, "12:15"), guests)  # fmt: skip

    # 10 slots: the coffee break lengthens the afternoon by its 20 minutes.
    b.b2b_session(
        ("B2B session", "Sessione B2B", "B2B商談会"), incontra, MON, ("14:00", "17:40"),
        tables=10, breaks=[("15:40", "16:00")],
    )  # fmt: skip

    b.unavailable(
        b.orgs["Kariya Thermal Systems"].participants[0],
        (SAT, "16:00"),
        (SUN, "11:00"),
        "Arrives on Sunday morning via Munich",
    )
    b.unavailable(
        b.orgs["Orbita Spazio S.r.l."].participants[0],
        (MON, "16:40"),
        (MON, "17:40"),
        "Leaves early",
    )
    b.unavailable(interpreters[0], (MON, "14:00"), (MON, "14:40"),
                  "Interpreting the heads of delegation's press interview")  # fmt: skip
