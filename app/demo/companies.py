"""The invented organisations of the demo: Turin-area and Nagoya-area companies, chambers,
cities and press. Any likeness to a real company is unintended."""

from __future__ import annotations

from dataclasses import dataclass

from app.model import Sector


@dataclass(frozen=True)
class Company:
    """An organisation as the registration sheet gives it, before it joins a mission."""

    name: str
    city: str
    sectors: tuple[Sector, ...]
    profile: str
    name_ja: str | None = None
    name_kana: str | None = None
    profile_ja: str | None = None
    domain: str | None = None  # e-mail domain; derived from the name when not given
    b2b: bool = True  # chambers, cities and press do not take part in the B2B meetings


def _sectors(text: str) -> tuple[Sector, ...]:
    return tuple(Sector(word) for word in text.split())


def jp(
    name: str, kanji: str, kana: str, city: str, sectors: str, profile: str, profile_ja: str
) -> Company:
    """A Japanese company: Latin, kanji and kana names, profiles in English and Japanese."""
    return Company(name, city, _sectors(sectors), profile, kanji, kana, profile_ja)


def it(
    name: str,
    city: str,
    sectors: str,
    profile: str,
    name_ja: str | None = None,
    profile_ja: str | None = None,
) -> Company:
    """An Italian company; a few carry a katakana name and a Japanese profile."""
    return Company(name, city, _sectors(sectors), profile, name_ja, None, profile_ja)


TURIN_CHAMBER = Company(
    "Camera di commercio di Torino",
    "Torino",
    (Sector.INSTITUTION,),
    "The chamber of commerce of Turin and its province; it organises the missions to Nagoya.",
    name_ja="トリノ商工会議所",
    profile_ja="トリノ県の商工会議所。名古屋ミッションを主催しています。",
    domain="to.camcom.example",
    b2b=False,
)
TURIN_CITY = Company(
    "Città di Torino",
    "Torino",
    (Sector.INSTITUTION,),
    "The City of Turin, twinned with Nagoya since 2005.",
    name_ja="トリノ市",
    profile_ja="2005年より名古屋市と姉妹都市提携。",
    domain="comune.torino.example",
    b2b=False,
)
TURIN_PRESS = Company(
    "Cronache Industriali Torino",
    "Torino",
    (Sector.SERVICES,),
    "Weekly business paper of the Turin industrial district.",
    domain="cronacheindustriali.example",
    b2b=False,
)
NAGOYA_CHAMBER = Company(
    "Nagoya Chamber of Commerce & Industry",
    "Nagoya",
    (Sector.INSTITUTION,),
    "The chamber of commerce of Nagoya, founded in 1881; it hosts the Turin missions.",
    name_ja="名古屋商工会議所",
    name_kana="なごやしょうこうかいぎしょ",
    profile_ja="1881年設立の名古屋の商工会議所。トリノからのミッションを受け入れています。",
    domain="nagoya-cci.example",
    b2b=False,
)
NAGOYA_CITY = Company(
    "City of Nagoya",
    "Nagoya",
    (Sector.INSTITUTION,),
    "The City of Nagoya, twinned with Turin since 2005.",
    name_ja="名古屋市",
    name_kana="なごやし",
    profile_ja="2005年よりトリノ市と姉妹都市提携。",
    domain="city.nagoya.example",
    b2b=False,
)
NAGOYA_PRESS = Company(
    "Tokai Business Journal",
    "Nagoya",
    (Sector.SERVICES,),
    "Business daily of the Tokai region.",
    name_ja="東海ビジネスジャーナル",
    name_kana="とうかいびじねすじゃーなる",
    profile_ja="東海地方の経済紙。",
    domain="tokai-bj.example",
    b2b=False,
)

TURIN_COMPANIES: tuple[Company, ...] = (
    it(
        "Meccanica Subalpina S.p.A.", "Torino", "automotive machinery",
        "Transmissions and gear sets for light commercial vehicles and off-highway machines.",
        "メッカニカ・スバルピーナ",
        "小型商用車およびオフハイウェイ機械向けのトランスミッション・ギアセットを製造。",
    ),
    it(
        "Stampi Dora S.r.l.", "Collegno", "automotive machinery",
        "Sheet-metal stamping dies and die try-out for car body panels.",
    ),
    it(
        "Aerostrutture Caselle S.p.A.", "Caselle Torinese", "aerospace materials",
        "Fuselage panels and composite aerostructures for commercial aircraft, next to "
        "Torino Caselle airport.",
        "アエロストルットゥーレ・カゼッレ",
        "トリノ・カゼッレ空港に隣接し、民間航空機向け胴体パネルおよび複合材構造を製造。",
    ),
    it(
        "Sangone Avionica S.r.l.", "Orbassano", "aerospace electronics",
        "Avionics boards, flight-test instrumentation and harnesses.",
    ),
    it(
        "Carrozzeria Superga S.r.l.", "Moncalieri", "design automotive",
        "Car design studio: concept cars, one-offs and styling models for carmakers.",
        "カロッツェリア・スペルガ",
        "カーデザインスタジオ:コンセプトカー、ワンオフ、自動車メーカー向けスタイリングモデル。",
    ),
    it(
        "Robotica Pinerolese S.r.l.", "Pinerolo", "robotics automotive",
        "Robotic welding and sealing cells for body-in-white lines.",
    ),
    it(
        "Cobotix Torino S.r.l.", "Torino", "robotics digital",
        "Collaborative robots and vision software for small-batch assembly.",
    ),
    it(
        "Polimeri Canavese S.p.A.", "Ivrea", "materials automotive",
        "Technical polymers and compounds for under-the-hood parts.",
    ),
    it(
        "Ivrea Digital Lab S.r.l.", "Ivrea", "digital",
        "Industrial software and data platforms, in the footsteps of Ivrea's computing "
        "tradition.",
    ),
    it(
        "Officine Meccaniche Grugliasco S.p.A.", "Grugliasco", "automotive machinery",
        "Precision machining of engine, gearbox and e-axle housings.",
    ),
    it(
        "Moncalieri Powertrain S.r.l.", "Moncalieri", "automotive green_transition",
        "Electric motors and inverters for city cars and light commercial vehicles.",
    ),
    it(
        "Batterie Sabaude S.r.l.", "Torino", "automotive energy green_transition",
        "Battery modules and packs for vans, boats and stationary storage.",
    ),
    it(
        "Idrogeno Piemonte S.r.l.", "Settimo Torinese", "green_transition energy",
        "Electrolysers and hydrogen storage for industrial sites and bus depots.",
    ),
    it(
        "Fonderie Val Susa S.p.A.", "Avigliana", "automotive materials",
        "Aluminium gravity and low-pressure castings for chassis and suspensions.",
    ),
    it(
        "Orbita Spazio S.r.l.", "Torino", "aerospace electronics",
        "Space-qualified structures and thermal control for small satellites and modules.",
        "オルビタ・スパツィオ",
        "小型衛星・宇宙モジュール向けの宇宙認定構造体および熱制御システム。",
    ),
    it(
        "Compositi Avanzati Torinesi S.r.l.", "Venaria Reale", "aerospace automotive materials",
        "Carbon-fibre parts for aircraft interiors, supercars and motorsport.",
    ),
    it(
        "Sensoristica Chierese S.r.l.", "Chieri", "electronics automotive aerospace",
        "Pressure and temperature sensors for vehicles, aircraft and hydrogen systems.",
    ),
    it(
        "Cablaggi Nichelino S.p.A.", "Nichelino", "automotive electronics",
        "Wiring harnesses for cars, agricultural machinery and rail.",
    ),
    it(
        "Studio Quadrilatero Design", "Torino", "design",
        "Industrial and interaction design for vehicles and consumer products.",
    ),
    it(
        "Crocetta Ingegneria S.r.l.", "Torino", "automotive services",
        "Vehicle engineering services: CAE, homologation and prototype builds.",
    ),
    it(
        "Attrezzature Rivoli S.r.l.", "Rivoli", "aerospace machinery",
        "Assembly jigs and tooling for aerostructures and car bodies.",
    ),
    it(
        "Cuscinetti Airasca S.r.l.", "Airasca", "automotive machinery",
        "Rolling bearings for wheel hubs, gearboxes and robots.",
    ),
    it(
        "Vernici Stura S.r.l.", "Torino", "materials green_transition",
        "Water-based and powder coatings with low emissions.",
    ),
    it(
        "Tessuti Tecnici Biellesi S.p.A.", "Biella", "design automotive",
        "Wool and technical fabrics for fashion and premium car interiors.",
    ),
    it(
        "Gianduja Reale S.r.l.", "Torino", "food",
        "Gianduiotti and spreads made with Piedmont hazelnuts.",
        "ジャンドゥーヤ・レアーレ",
        "ピエモンテ産ヘーゼルナッツを使ったジャンドゥイオッティとスプレッド。",
    ),
    it(
        "Cantina Cooperativa delle Langhe", "Alba", "food",
        "Barolo, Barbaresco and Nebbiolo d'Alba from 180 grower members.",
    ),
    it(
        "DataPo S.r.l.", "Torino", "digital automotive",
        "Connected-vehicle data platforms and fleet analytics.",
    ),
    it(
        "CyberAlpi S.r.l.", "Torino", "digital",
        "Cybersecurity for industrial control systems and connected vehicles.",
    ),
    it(
        "Guarnizioni Lanzo S.r.l.", "Lanzo Torinese", "automotive materials",
        "Rubber seals and gaskets for doors, battery packs and fuel-cell stacks.",
    ),
    it(
        "Ingranaggi Carmagnola S.p.A.", "Carmagnola", "automotive machinery",
        "Ground gears for e-bikes, robots and electric drivetrains.",
    ),
    it(
        "Leghe Leggere Trofarello S.r.l.", "Trofarello", "aerospace materials",
        "Aluminium-lithium and titanium sheet processing for aircraft.",
    ),
    it(
        "Elettronica Beinasco S.r.l.", "Beinasco", "electronics automotive",
        "Power electronics and on-board chargers for electric vehicles.",
    ),
    it(
        "Motori Aeronautici Rivalta S.p.A.", "Rivalta di Torino", "aerospace machinery",
        "Parts and repairs for aero-engine gearboxes and turbines.",
    ),
    it(
        "Collaudi Aerospaziali Torino S.r.l.", "San Mauro Torinese", "aerospace services",
        "Environmental, vibration and fatigue testing of aerospace equipment.",
    ),
    it(
        "Automazione Santena S.r.l.", "Santena", "robotics automotive",
        "Automated assembly and test lines for automotive components.",
    ),
    it(
        "Riciclo Metalli Settimo S.r.l.", "Settimo Torinese", "green_transition materials",
        "Recycling of aluminium scrap and battery black mass.",
    ),
    it(
        "Energia Solare Alpina S.r.l.", "Pinerolo", "energy green_transition",
        "Solar and agrivoltaic plants, and energy communities for industrial districts.",
    ),
    it(
        "Visione Artificiale Torino S.r.l.", "Torino", "digital robotics",
        "AI machine-vision inspection of paint, welds and composites.",
    ),
)  # fmt: skip

NAGOYA_COMPANIES: tuple[Company, ...] = (
    jp(
        "Chubu Seimitsu Kogyo", "中部精密工業", "ちゅうぶせいみつこうぎょう", "Kariya",
        "automotive machinery",
        "Precision gears and shafts for e-axles and hybrid transmissions, ground to micron "
        "tolerances.",
        "電動アクスル・ハイブリッド変速機用の精密ギア・シャフトをミクロン単位の精度で加工。",
    ),
    jp(
        "Owari Press Kogyo", "尾張プレス工業", "おわりぷれすこうぎょう", "Komaki", "automotive",
        "Body-in-white stampings and hot-formed high-strength steel parts for passenger cars.",
        "乗用車向けの車体プレス部品およびホットスタンプ高張力鋼部品を製造。",
    ),
    jp(
        "Mikawa Die Cast", "三河ダイカスト", "みかわだいかすと", "Okazaki",
        "automotive materials",
        "Large aluminium die castings for battery housings and motor cases.",
        "電池ケースやモーターケース向けの大型アルミダイカスト。",
    ),
    jp(
        "Tokai Gear Works", "東海ギヤ製作所", "とうかいぎやせいさくしょ", "Anjo",
        "automotive machinery",
        "Gear cutting and heat treatment for drivetrains and construction machinery.",
        "駆動系および建設機械向けの歯切り・熱処理。",
    ),
    jp(
        "Kakamigahara Aero Components", "各務原航空部品", "かかみがはらこうくうぶひん",
        "Kakamigahara", "aerospace",
        "Machined titanium and aluminium parts for fuselage sections and landing gear; "
        "JIS Q 9100 certified.",
        "胴体構造および降着装置向けのチタン・アルミ機械加工部品。JIS Q 9100認証取得。",
    ),
    jp(
        "Komaki Kokuki Seiko", "小牧航機精工", "こまきこうきせいこう", "Toyoyama",
        "aerospace machinery",
        "Assembly of wing and fuselage sub-structures next to Nagoya Airfield; tooling and "
        "jigs.",
        "名古屋飛行場に隣接し、主翼・胴体サブ構造の組立および治工具の製作を行う。",
    ),
    jp(
        "Nagoya Fukugo Zairyo", "名古屋複合材料", "なごやふくごうざいりょう", "Nagoya",
        "aerospace automotive materials",
        "Carbon-fibre composites: prepreg lay-up, autoclave and out-of-autoclave curing.",
        "炭素繊維複合材(CFRP)のプリプレグ積層、オートクレーブおよび脱オートクレーブ成形。",
    ),
    jp(
        "Yahagi Denki Kogyo", "矢作電機工業", "やはぎでんきこうぎょう", "Okazaki",
        "automotive electronics",
        "Wire harnesses and high-voltage cabling for hybrid and battery-electric vehicles.",
        "ハイブリッド車・電気自動車向けワイヤーハーネスおよび高電圧ケーブル。",
    ),
    jp(
        "Atsuta Robotics", "熱田ロボティクス", "あつたろぼてぃくす", "Nagoya",
        "robotics automotive",
        "Welding and handling robot cells for body shops; integration for Tier-1 suppliers.",
        "車体工場向け溶接・ハンドリングロボットセル、ティア1向けシステムインテグレーション。",
    ),
    jp(
        "Shonai Kasei", "庄内化成", "しょうないかせい", "Kasugai", "automotive materials",
        "Injection-moulded engineering plastics for interiors and lightweight structures.",
        "内装部品および軽量構造部品向けエンジニアリングプラスチックの射出成形。",
    ),
    jp(
        "Chita Seiko", "知多製鋼", "ちたせいこう", "Tokai", "automotive materials",
        "Special steel bars and forgings for crankshafts, gears and bearings.",
        "クランクシャフト・ギア・軸受向けの特殊鋼棒鋼および鍛造品。",
    ),
    jp(
        "Seto Ceramics Giken", "瀬戸セラミックス技研", "せとせらみっくすぎけん", "Seto",
        "electronics materials",
        "Technical ceramics for sensors, insulators and semiconductor equipment, rooted in "
        "Seto's pottery tradition.",
        "瀬戸焼の伝統を生かしたセンサー・碍子・半導体製造装置向けのファインセラミックス。",
    ),
    jp(
        "Tokoname Tokushu Togyo", "常滑特殊陶業", "とこなめとくしゅとうぎょう", "Tokoname",
        "automotive",
        "Ceramic elements for exhaust sensors and glow plugs; developing fuel-cell parts.",
        "排ガスセンサー・グロープラグ用セラミック素子。燃料電池向け部品を開発中。",
    ),
    jp(
        "Kiso Sangyo Kikai", "木曽産業機械", "きそさんぎょうきかい", "Inuyama", "machinery",
        "Special-purpose machine tools and transfer lines for engine and e-motor parts.",
        "エンジン・eモーター部品加工用の専用工作機械およびトランスファーライン。",
    ),
    jp(
        "Meiko Logistics", "名港ロジスティクス", "めいこうろじすてぃくす", "Nagoya",
        "services automotive",
        "Freight forwarding and customs brokerage through the Port of Nagoya, specialised "
        "in automotive parts.",
        "名古屋港を拠点とする自動車部品専門のフォワーディング・通関業務。",
    ),
    jp(
        "Chubu Denshi Sekkei", "中部電子設計", "ちゅうぶでんしせっけい", "Nagoya",
        "electronics automotive",
        "Contract design of electronic control units and battery management systems.",
        "電子制御ユニット(ECU)および電池管理システム(BMS)の受託設計。",
    ),
    jp(
        "Isewan Energy", "伊勢湾エナジー", "いせわんえなじー", "Yokkaichi",
        "energy green_transition",
        "Hydrogen and ammonia supply projects for the Ise Bay industrial area.",
        "伊勢湾臨海工業地帯における水素・アンモニア供給プロジェクト。",
    ),
    jp(
        "Aichi Suiso Solutions", "愛知水素ソリューションズ", "あいちすいそそりゅーしょんず",
        "Toyota", "green_transition automotive energy",
        "Fuel-cell stacks and hydrogen refuelling equipment for trucks, buses and forklifts.",
        "トラック・バス・フォークリフト向け燃料電池スタックおよび水素充填設備。",
    ),
    jp(
        "Nishio Denchi Zairyo", "西尾電池材料", "にしおでんちざいりょう", "Nishio",
        "automotive materials",
        "Cathode materials and separators for lithium-ion cells; pilot line for solid-state "
        "batteries.",
        "リチウムイオン電池用正極材・セパレーター。全固体電池のパイロットラインを保有。",
    ),
    jp(
        "Hekinan Recycle Tech", "碧南リサイクルテック", "へきなんりさいくるてっく", "Hekinan",
        "green_transition",
        "Recovery of lithium, nickel and cobalt from end-of-life batteries and production "
        "scrap.",
        "使用済み電池や製造工程スクラップからのリチウム・ニッケル・コバルト回収。",
    ),
    jp(
        "Hatcho Jozo", "八丁醸造", "はっちょうじょうぞう", "Okazaki", "food",
        "Hatcho miso and soy-based seasonings aged in wooden vats; already exporting to "
        "Europe.",
        "木桶で熟成させる八丁味噌および大豆調味料。欧州へ輸出実績あり。",
    ),
    jp(
        "Arimatsu Textile", "有松テキスタイル", "ありまつてきすたいる", "Nagoya", "design",
        "Arimatsu shibori tie-dyed fabrics for fashion, interiors and car upholstery.",
        "ファッション・インテリア・自動車内装向けの有松絞り生地。",
    ),
    jp(
        "Nagoya Software Kobo", "名古屋ソフトウェア工房", "なごやそふとうぇあこうぼう",
        "Nagoya", "digital",
        "Production-planning and traceability software for small and mid-sized factories.",
        "中小製造業向けの生産計画・トレーサビリティソフトウェア。",
    ),
    jp(
        "Sakae Digital Works", "栄デジタルワークス", "さかえでじたるわーくす", "Nagoya",
        "digital automotive",
        "Embedded and in-vehicle infotainment software; AUTOSAR and over-the-air updates.",
        "組込み・車載インフォテインメントソフトウェア。AUTOSARおよびOTA更新に対応。",
    ),
    jp(
        "Chikusa Sensing", "千種センシング", "ちくさせんしんぐ", "Nagoya",
        "electronics automotive robotics",
        "LiDAR and radar modules for driver assistance and autonomous mobile robots.",
        "運転支援および自律移動ロボット向けのLiDAR・レーダーモジュール。",
    ),
    jp(
        "Kasugai Seiki", "春日井精機", "かすがいせいき", "Kasugai", "aerospace machinery",
        "Five-axis machining centres and fixtures for aircraft structural parts.",
        "航空機構造部品向け5軸マシニングセンタおよび治具。",
    ),
    jp(
        "Inuyama Koku Kiki", "犬山航空機器", "いぬやまこうくうきき", "Inuyama",
        "aerospace electronics",
        "Cabin electronics, harnesses and lighting for regional jets and helicopters.",
        "リージョナルジェット・ヘリコプター向けの客室電子機器、ハーネスおよび照明。",
    ),
    jp(
        "Ichinomiya Sen'i Kogyo", "一宮繊維工業", "いちのみやせんいこうぎょう", "Ichinomiya",
        "automotive design",
        "Wool and technical textiles from the Bishu district for seats, headliners and "
        "fashion.",
        "尾州産地のウール・機能性テキスタイル。シート、天井材、ファッション向け。",
    ),
    jp(
        "Obu Bane Seisakusho", "大府バネ製作所", "おおぶばねせいさくしょ", "Obu", "automotive",
        "Coil and flat springs for suspensions, seats and valve trains.",
        "サスペンション・シート・動弁系向けのコイルばね・板ばね。",
    ),
    jp(
        "Chiryu Bearing", "知立ベアリング", "ちりゅうべありんぐ", "Chiryu",
        "automotive machinery",
        "Hub bearings and low-friction bearings for electric vehicles and robots.",
        "電気自動車・ロボット向けのハブベアリングおよび低摩擦軸受。",
    ),
    jp(
        "Handa Kinzoku", "半田金属", "はんだきんぞく", "Handa", "aerospace materials",
        "Titanium and nickel-alloy forgings for aero engines and landing gear.",
        "航空エンジン・降着装置向けチタン・ニッケル合金鍛造品。",
    ),
    jp(
        "Toyokawa Yuatsu", "豊川油圧", "とよかわゆあつ", "Toyokawa", "aerospace machinery",
        "Hydraulic actuators and valves for flight controls and industrial presses.",
        "飛行制御および産業用プレス向けの油圧アクチュエーター・バルブ。",
    ),
    jp(
        "Gamagori Kogaku", "蒲郡光学", "がまごおりこうがく", "Gamagori",
        "electronics automotive",
        "Optical lenses and camera modules for vehicles and machine vision.",
        "車載およびマシンビジョン向けの光学レンズ・カメラモジュール。",
    ),
    jp(
        "Chubu Kosoku Kako", "中部高速加工", "ちゅうぶこうそくかこう", "Nagoya",
        "aerospace machinery",
        "High-speed machining of thin-walled aluminium parts; prototypes in two weeks.",
        "薄肉アルミ部品の高速切削加工。試作品を2週間で納品。",
    ),
    jp(
        "Nagoya Jido Seigyo", "名古屋自動制御", "なごやじどうせいぎょ", "Nagoya",
        "robotics machinery",
        "PLC control panels and factory automation for assembly lines.",
        "組立ライン向けPLC制御盤およびファクトリーオートメーション。",
    ),
    jp(
        "Mizuho Automation", "瑞穂オートメーション", "みずほおーとめーしょん", "Nagoya",
        "robotics",
        "Collaborative robot applications: screwdriving, inspection and kitting.",
        "協働ロボットの応用:ねじ締め、検査、キッティング。",
    ),
    jp(
        "Tenpaku Engineering", "天白エンジニアリング", "てんぱくえんじにありんぐ", "Nagoya",
        "automotive services",
        "Vehicle and component testing: durability, NVH and EMC laboratories.",
        "車両・部品の受託試験:耐久、NVH、EMC試験設備。",
    ),
    jp(
        "Miyoshi Toso", "三好塗装", "みよしとそう", "Miyoshi", "automotive green_transition",
        "Painting lines and low-VOC coating processes for car bodies and parts.",
        "車体・部品向け塗装ライン、低VOC塗装プロセス。",
    ),
    jp(
        "Nisshin Kanagata", "日進金型", "にっしんかながた", "Nisshin", "automotive machinery",
        "Progressive and transfer dies for body and battery-case stampings.",
        "車体・電池ケース用の順送型・トランスファー金型。",
    ),
    jp(
        "Tajimi Ceramic Design", "多治見セラミックデザイン", "たじみせらみっくでざいん",
        "Tajimi", "design",
        "Mino-ware tiles and tableware designed for European interiors and hotels.",
        "欧州のインテリア・ホテル向けにデザインした美濃焼タイル・食器。",
    ),
    jp(
        "Seki Sessaku Kogu", "関切削工具", "せきせっさくこうぐ", "Seki",
        "machinery automotive aerospace",
        "Carbide drills and end mills for steel, titanium and CFRP, drawing on Seki's seven "
        "centuries of blade making.",
        "700年の刃物の伝統を受け継ぐ、鋼・チタン・CFRP加工用の超硬ドリル・エンドミル。",
    ),
    jp(
        "Minokamo Aerostructures", "美濃加茂エアロストラクチャー",
        "みのかもえあろすとらくちゃー", "Minokamo", "aerospace",
        "Composite panels and fairings for civil aircraft and eVTOL prototypes.",
        "民間航空機およびeVTOL試作機向けの複合材パネル・フェアリング。",
    ),
    jp(
        "Tsushima Densen", "津島電線", "つしまでんせん", "Tsushima", "automotive electronics",
        "Enamelled copper wire and hairpin conductors for e-motor stators.",
        "eモーターステーター用エナメル銅線およびヘアピン導体。",
    ),
    jp(
        "Kuwana Imono", "桑名鋳物", "くわないもの", "Kuwana", "machinery materials",
        "Cast-iron machine beds and valve bodies from Kuwana's historic foundry district.",
        "鋳物の町・桑名で工作機械ベッドやバルブボディを鋳造。",
    ),
    jp(
        "Suzuka Motorsport Engineering", "鈴鹿モータースポーツエンジニアリング",
        "すずかもーたーすぽーつえんじにありんぐ", "Suzuka", "automotive design",
        "Race-car chassis parts, aerodynamics and small-series builds for sports cars.",
        "レーシングカーのシャシー部品、空力開発、スポーツカーの少量生産。",
    ),
    jp(
        "Yokkaichi Kagaku", "四日市化学", "よっかいちかがく", "Yokkaichi",
        "materials green_transition",
        "Bio-based resins and recycled polymers for cars and packaging.",
        "自動車・包装向けのバイオマス樹脂および再生ポリマー。",
    ),
    jp(
        "Nagoya Drone Systems", "名古屋ドローンシステムズ", "なごやどろーんしすてむず",
        "Nagoya", "aerospace robotics digital",
        "Inspection drones and flight software for plants, bridges and power lines.",
        "工場・橋梁・送電線向け点検ドローンおよび飛行制御ソフトウェア。",
    ),
    jp(
        "Chubu Uchu Gijutsu", "中部宇宙技術", "ちゅうぶうちゅうぎじゅつ", "Nagoya",
        "aerospace electronics",
        "Small-satellite structures, reaction wheels and ground test equipment.",
        "小型衛星の構体、リアクションホイールおよび地上試験装置。",
    ),
    jp(
        "Tokai Cyber Security", "東海サイバーセキュリティ", "とうかいさいばーせきゅりてぃ",
        "Nagoya", "digital",
        "Security assessments of factory networks and vehicle ECUs (ISO/SAE 21434).",
        "工場ネットワークおよび車載ECUのセキュリティ診断(ISO/SAE 21434)。",
    ),
    jp(
        "Kariya Thermal Systems", "刈谷サーマルシステムズ", "かりやさーまるしすてむず",
        "Kariya", "automotive energy",
        "Heat pumps and battery thermal management modules for electric vehicles.",
        "電気自動車向けヒートポンプおよび電池熱マネジメントモジュール。",
    ),
    jp(
        "Anjo Smart Factory", "安城スマートファクトリー", "あんじょうすまーとふぁくとりー",
        "Anjo", "digital robotics",
        "IoT retrofits for older machine tools: sensors, dashboards, predictive maintenance.",
        "既存工作機械のIoT化:センサー、ダッシュボード、予知保全。",
    ),
    jp(
        "Koromo Kogyo", "挙母工業", "ころもこうぎょう", "Toyota", "automotive",
        "Seat frames and mechanisms for compact cars and minivans.",
        "コンパクトカー・ミニバン向けシートフレームおよび機構部品。",
    ),
    jp(
        "Okazaki Interior", "岡崎インテリア", "おかざきいんてりあ", "Okazaki",
        "automotive design",
        "Interior trim, door panels and premium leather finishes.",
        "内装トリム、ドアパネル、高級レザー仕上げ。",
    ),
    jp(
        "Chubu Green Power", "中部グリーンパワー", "ちゅうぶぐりーんぱわー", "Nagoya",
        "energy green_transition",
        "Rooftop solar and power-purchase agreements for factories in the Chubu region.",
        "中部地方の工場向け屋根置き太陽光発電および電力購入契約(PPA)。",
    ),
    jp(
        "Meiho Capital", "名宝キャピタル", "めいほうきゃぴたる", "Nagoya", "finance",
        "Venture capital for manufacturing start-ups in Aichi, Gifu and Mie.",
        "愛知・岐阜・三重のものづくりスタートアップへのベンチャー投資。",
    ),
    jp(
        "Owari Lighting", "尾張ライティング", "おわりらいてぃんぐ", "Ichinomiya",
        "automotive electronics",
        "LED headlamps and signal lamps for cars and motorcycles.",
        "自動車・二輪車向けLEDヘッドランプおよび信号灯。",
    ),
    jp(
        "Komaki Ground Support", "小牧グランドサポート", "こまきぐらんどさぽーと", "Komaki",
        "aerospace services",
        "Maintenance, repair and overhaul (MRO) of business jets and helicopters.",
        "ビジネスジェット・ヘリコプターの整備・修理・オーバーホール(MRO)。",
    ),
)  # fmt: skip

# What a company looks for, by its first sector: (English, Japanese); {market} and
# {market_ja} name the other side's country.
SEEKING: dict[Sector, tuple[str, str]] = {
    Sector.AUTOMOTIVE: (
        "Looking for carmakers and Tier-1 suppliers in {market} as customers and "
        "co-development partners.",
        "{market_ja}の自動車メーカー・ティア1との取引および共同開発を希望。",
    ),
    Sector.AEROSPACE: (
        "Seeking partners in aircraft and space programmes in {market}.",
        "{market_ja}の航空機・宇宙プログラムへの参画パートナーを求めています。",
    ),
    Sector.ROBOTICS: (
        "Open to distributors and system integrators in Italy and Japan.",
        "日伊の販売代理店・システムインテグレーターを募集。",
    ),
    Sector.MACHINERY: (
        "Looking for distributors and co-development with machine builders.",
        "販売代理店および機械メーカーとの共同開発先を探しています。",
    ),
    Sector.MATERIALS: (
        "Interested in joint R&D and qualification with new customers.",
        "新規顧客との共同研究開発・材料認定に関心があります。",
    ),
    Sector.ELECTRONICS: (
        "Seeking design-in opportunities and local partners.",
        "デザインイン案件および現地パートナーを募集。",
    ),
    Sector.GREEN_TRANSITION: (
        "Looking for pilot projects and technology partners.",
        "実証プロジェクトおよび技術パートナーを探しています。",
    ),
    Sector.DIGITAL: (
        "Looking for manufacturing customers and resellers.",
        "製造業の顧客および販売パートナーを募集。",
    ),
    Sector.ENERGY: (
        "Interested in joint projects and industrial offtakers.",
        "共同プロジェクトおよび産業需要家に関心があります。",
    ),
    Sector.DESIGN: (
        "Open to collaborations with manufacturers and brands.",
        "メーカー・ブランドとのコラボレーションを歓迎します。",
    ),
    Sector.FOOD: (
        "Looking for importers, distributors and restaurants.",
        "輸入業者・卸売業者・レストランとの取引を希望。",
    ),
    Sector.FINANCE: (
        "Meeting companies that plan to invest in Japan or Italy.",
        "日本・イタリアへの投資を検討する企業との面談を希望。",
    ),
    Sector.SERVICES: (
        "Supporting companies entering the Japanese and Italian markets.",
        "日本・イタリア市場への参入企業を支援します。",
    ),
}


def company(name: str) -> Company:
    """The company of either list with this Latin name."""
    for c in (*TURIN_COMPANIES, *NAGOYA_COMPANIES):
        if c.name == name:
            return c
    raise KeyError(name)
