"""Name pools for the demo people: Japanese names as (romaji, kanji, hiragana), Italian names.

Family names lean towards those common in Aichi and Piedmont.
"""

from __future__ import annotations

JapaneseName = tuple[str, str, str]  # (Hepburn romaji as on a passport, kanji, hiragana)

JAPANESE_FAMILY_NAMES: tuple[JapaneseName, ...] = (
    ("Kato", "加藤", "かとう"),
    ("Suzuki", "鈴木", "すずき"),
    ("Ito", "伊藤", "いとう"),
    ("Yamada", "山田", "やまだ"),
    ("Tanaka", "田中", "たなか"),
    ("Watanabe", "渡辺", "わたなべ"),
    ("Kondo", "近藤", "こんどう"),
    ("Mizuno", "水野", "みずの"),
    ("Sugiura", "杉浦", "すぎうら"),
    ("Hattori", "服部", "はっとり"),
    ("Takahashi", "高橋", "たかはし"),
    ("Yamamoto", "山本", "やまもと"),
    ("Nakamura", "中村", "なかむら"),
    ("Kobayashi", "小林", "こばやし"),
    ("Yoshida", "吉田", "よしだ"),
    ("Sato", "佐藤", "さとう"),
    ("Inoue", "井上", "いのうえ"),
    ("Kimura", "木村", "きむら"),
    ("Hayashi", "林", "はやし"),
    ("Shimizu", "清水", "しみず"),
    ("Mori", "森", "もり"),
    ("Ikeda", "池田", "いけだ"),
    ("Hashimoto", "橋本", "はしもと"),
    ("Ishikawa", "石川", "いしかわ"),
    ("Ogawa", "小川", "おがわ"),
    ("Okada", "岡田", "おかだ"),
    ("Goto", "後藤", "ごとう"),
    ("Hasegawa", "長谷川", "はせがわ"),
    ("Murakami", "村上", "むらかみ"),
    ("Sakai", "酒井", "さかい"),
    ("Kawai", "河合", "かわい"),
    ("Asano", "浅野", "あさの"),
    ("Niwa", "丹羽", "にわ"),
    ("Torii", "鳥居", "とりい"),
    ("Okumura", "奥村", "おくむら"),
    ("Hotta", "堀田", "ほった"),
    ("Ando", "安藤", "あんどう"),
    ("Takeuchi", "竹内", "たけうち"),
    ("Fujii", "藤井", "ふじい"),
    ("Noguchi", "野口", "のぐち"),
    ("Ota", "太田", "おおた"),
    ("Nomura", "野村", "のむら"),
    ("Sakakibara", "榊原", "さかきばら"),
    ("Kamiya", "神谷", "かみや"),
    ("Isobe", "磯部", "いそべ"),
    ("Hirano", "平野", "ひらの"),
    ("Miyata", "宮田", "みやた"),
    ("Ishii", "石井", "いしい"),
    ("Honda", "本多", "ほんだ"),
)

JAPANESE_GIVEN_NAMES_M: tuple[JapaneseName, ...] = (
    ("Hiroshi", "博", "ひろし"),
    ("Takashi", "隆", "たかし"),
    ("Kenji", "健二", "けんじ"),
    ("Makoto", "誠", "まこと"),
    ("Satoshi", "聡", "さとし"),
    ("Yuta", "悠太", "ゆうた"),
    ("Daisuke", "大輔", "だいすけ"),
    ("Kazuya", "和也", "かずや"),
    ("Naoki", "直樹", "なおき"),
    ("Tetsuya", "哲也", "てつや"),
    ("Shinji", "真司", "しんじ"),
    ("Masahiro", "正宏", "まさひろ"),
    ("Koji", "浩二", "こうじ"),
    ("Takumi", "拓海", "たくみ"),
    ("Ryota", "亮太", "りょうた"),
    ("Shota", "翔太", "しょうた"),
    ("Hideki", "秀樹", "ひでき"),
    ("Toshiyuki", "俊之", "としゆき"),
    ("Kenta", "健太", "けんた"),
    ("Akira", "明", "あきら"),
    ("Tomohiro", "智宏", "ともひろ"),
    ("Junichi", "純一", "じゅんいち"),
    ("Yasuhiro", "康弘", "やすひろ"),
    ("Nobuyuki", "信之", "のぶゆき"),
    ("Tsuyoshi", "剛", "つよし"),
    ("Shigeru", "茂", "しげる"),
)

JAPANESE_GIVEN_NAMES_F: tuple[JapaneseName, ...] = (
    ("Yuko", "裕子", "ゆうこ"),
    ("Keiko", "恵子", "けいこ"),
    ("Naoko", "直子", "なおこ"),
    ("Tomoko", "智子", "ともこ"),
    ("Ayumi", "歩", "あゆみ"),
    ("Mayumi", "真由美", "まゆみ"),
    ("Yui", "結衣", "ゆい"),
    ("Haruka", "遥", "はるか"),
    ("Misaki", "美咲", "みさき"),
    ("Sayaka", "沙也加", "さやか"),
    ("Emi", "恵美", "えみ"),
    ("Rie", "理恵", "りえ"),
    ("Akiko", "明子", "あきこ"),
    ("Kaori", "香織", "かおり"),
    ("Mika", "美香", "みか"),
    ("Nanami", "七海", "ななみ"),
    ("Chihiro", "千尋", "ちひろ"),
    ("Aya", "彩", "あや"),
)

ITALIAN_FAMILY_NAMES: tuple[str, ...] = (
    "Bertolotto", "Gribaudo", "Cravero", "Giordano", "Rosso", "Bianco", "Bertone", "Chiesa",
    "Cerutti", "Audisio", "Perotti", "Garrone", "Sacchetto", "Druetta", "Bruno", "Colombo",
    "Ricci", "Marino", "Costa", "Fontana", "Barbero", "Allasia", "Gili", "Boero", "Tosco",
    "Revelli", "Chiarle", "Migliore", "Pautasso", "Mollo", "Bonino", "Ghione", "Arduino",
    "Sola", "Peyron", "Dematteis", "Vottero", "Bergesio", "Ravera", "Conti", "Greco",
    "Esposito", "Romano", "Lombardo", "Russo", "Ferraris", "Cavallero", "Ghibaudo",
)  # fmt: skip

ITALIAN_GIVEN_NAMES: tuple[str, ...] = (
    "Marco", "Giulia", "Francesca", "Alessandro", "Chiara", "Paolo", "Elena", "Luca",
    "Federica", "Stefano", "Silvia", "Andrea", "Martina", "Matteo", "Valentina", "Davide",
    "Roberta", "Giorgio", "Laura", "Simone", "Sara", "Fabrizio", "Ilaria", "Riccardo",
    "Beatrice", "Lorenzo", "Anna", "Tommaso", "Cristina", "Gabriele", "Alessia", "Enrico",
    "Monica", "Massimo", "Paola", "Daniele", "Elisa", "Pietro", "Serena", "Carlo",
)  # fmt: skip

# Dietary notes a registration form collects for the dinners.
DIETARY_NOTES: tuple[str, ...] = (
    "Vegetarian",
    "No pork",
    "Allergic to shellfish",
    "Gluten-free",
    "No alcohol",
    "Allergic to nuts",
)
