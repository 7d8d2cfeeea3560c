#!/usr/bin/env python3
"""Loads the CISCE demo dataset into exhibitor-service through its public API, so that every event flows.

Editions cisce-2023, cisce-2024 and cisce-2025 with approved exhibitors matching the published figures
(2023: 515 exhibitors, 26 % international from 55 countries and regions besides China; 2024: 620, 32 %, 70;
2025: 651, 35 %, 75), spread over chains and segments, many organisations returning from year to year, plus
some rejected, withdrawn and pending applications. Names are generated from a seed: no real company is
claimed to exhibit. Running it again changes nothing (Idempotency-Key on every organisation; a repeated
application or approval is a 409 that is taken as done). Standard library only.

usage: load_demo.py [--url http://127.0.0.1:8081] [--seed 2023] [--concurrency 8] --token ORGANIZER_JWT
"""
import argparse
import concurrent.futures
import json
import random
import sys
import time
import urllib.error
import urllib.request

ALL_CHAINS = ["SMART_VEHICLES", "GREEN_AGRICULTURE", "CLEAN_ENERGY", "DIGITAL_TECHNOLOGY", "HEALTHY_LIVING",
              "ADVANCED_MANUFACTURING", "SUPPLY_CHAIN_SERVICES"]
EDITIONS = [
    {"id": "cisce-2023", "name": {"en": "1st China International Supply Chain Expo", "zh": "首届中国国际供应链促进博览会"},
     "startDate": "2023-11-28", "endDate": "2023-12-02", "publicDays": ["2023-12-01", "2023-12-02"],
     "chains": [c for c in ALL_CHAINS if c != "ADVANCED_MANUFACTURING"],
     "exhibitors": 515, "international": 132, "countries": 55},
    {"id": "cisce-2024", "name": {"en": "2nd China International Supply Chain Expo", "zh": "第二届中国国际供应链促进博览会"},
     "startDate": "2024-11-26", "endDate": "2024-11-30", "publicDays": ["2024-11-29", "2024-11-30"],
     "chains": ALL_CHAINS, "exhibitors": 620, "international": 198, "countries": 70},
    {"id": "cisce-2025", "name": {"en": "3rd China International Supply Chain Expo", "zh": "第三届中国国际供应链促进博览会"},
     "startDate": "2025-07-16", "endDate": "2025-07-20", "publicDays": ["2025-07-19", "2025-07-20"],
     "chains": ALL_CHAINS, "exhibitors": 651, "international": 228, "countries": 75},
]
VENUE = {"en": "China International Exhibition Center (Shunyi), Beijing", "zh": "中国国际展览中心（顺义馆）"}
# Countries and regions besides the host (CN), in the order editions take them up.
COUNTRIES = ["US", "DE", "JP", "KR", "FR", "GB", "IT", "SG", "MY", "TH", "ID", "VN", "AU", "NZ", "CA", "NL",
             "CH", "SE", "FI", "DK", "NO", "AT", "BE", "ES", "PT", "IE", "PL", "CZ", "HU", "RU", "KZ", "UZ",
             "MN", "PK", "IN", "BD", "LK", "NP", "AE", "SA", "QA", "EG", "ZA", "KE", "ET", "NG", "BR", "AR",
             "CL", "MX", "PE", "HK", "MO", "TW", "TR", "IL", "GR", "RS", "BY", "AZ", "KH", "LA", "MM", "PH",
             "BN", "IR", "IQ", "JO", "MA", "TN", "GH", "TZ", "UG", "CO", "EC", "UY", "CU", "IS", "LU", "SK"]
RETURNING = 0.7
SEGMENTS = ["UPSTREAM", "MIDSTREAM", "DOWNSTREAM"]
PRODUCTS = {
    "SMART_VEHICLES": ["Drive units", "Lidar sensors", "Vehicle controllers", "Charging modules", "Cockpit displays"],
    "GREEN_AGRICULTURE": ["Seed breeding", "Cold-chain logistics", "Smart irrigation", "Bio-fertilisers", "Grain drones"],
    "CLEAN_ENERGY": ["PV modules", "Battery cells", "Wind turbine bearings", "Hydrogen electrolysers", "Inverters"],
    "DIGITAL_TECHNOLOGY": ["Chips", "Industrial software", "Cloud services", "Optical modules", "Servers"],
    "HEALTHY_LIVING": ["Medical imaging", "Active ingredients", "Rehabilitation devices", "Nutrition", "Diagnostics"],
    "ADVANCED_MANUFACTURING": ["Industrial robots", "CNC machine tools", "Precision bearings", "3D printers", "Sensors"],
    "SUPPLY_CHAIN_SERVICES": ["Freight forwarding", "Trade finance", "Certification", "Supply-chain consulting", "Warehousing"],
}
SYLLABLES = ["an", "bel", "cor", "dal", "en", "far", "gen", "hol", "iv", "jun", "kel", "lor", "mar", "nor", "os",
             "pra", "quin", "ros", "sel", "tor", "ul", "var", "wen", "xan", "yor", "zel"]
WORDS = ["Systems", "Technologies", "Industries", "Mobility", "Energy", "Robotics", "Foods", "Materials",
         "Logistics", "Devices", "Networks", "Instruments"]
FORMS = ["Ltd.", "GmbH", "Inc.", "S.A.", "AG", "Co., Ltd.", "B.V.", "Oy", "AB", "S.p.A."]
ZH_A = list("华中东鑫瑞博新天宏恒兴海安泰盛金正远嘉联")
ZH_B = list("科智能源达通信创业成光汇联动力材料装备")


class Org:
    def __init__(self, n, country, rng):
        self.n, self.country = n, country
        core = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
        word = rng.choice(WORDS)
        form = "Co., Ltd." if country == "CN" else rng.choice(FORMS)
        self.name_en = f"{core} {word} {form}"
        self.name_zh = "".join(rng.choice(ZH_A) for _ in range(2)) + "".join(rng.choice(ZH_B) for _ in range(2)) + "有限公司"
        weights = [85, 5, 4, 3, 2, 1 if country != "CN" else 0]
        self.type = rng.choices(["ENTERPRISE", "RESEARCH_INSTITUTE", "UNIVERSITY", "ASSOCIATION",
                                 "GOVERNMENT_AGENCY", "INTERNATIONAL_ORGANIZATION"], weights)[0]
        self.chain_preference = rng.choice(ALL_CHAINS)
        self.participations = []  # (edition, chain, segment, area, products, outcome)

    def body(self):
        slug = self.name_en.split()[0].lower()
        return {"name": {"en": self.name_en, "zh": self.name_zh}, "countryCode": self.country,
                "organizationType": self.type, "website": f"https://www.{slug}-{self.n}.example",
                "description": {"en": f"Generated demo organisation no. {self.n}; not a real company."},
                "contact": {"name": "Demo Contact", "email": f"contact{self.n}@{slug}.example"}}


def plan(seed):
    """Every organisation and its applications, the same for the same seed."""
    rng = random.Random(seed)
    orgs, previous = [], []

    def new_org(country):
        org = Org(len(orgs) + 1, country, rng)
        orgs.append(org)
        return org

    for edition in EDITIONS:
        countries = COUNTRIES[:edition["countries"]]
        returning = [o for o in previous if o.country == "CN" or o.country in countries]
        rng.shuffle(returning)
        chosen_intl, chosen_cn = [], []
        # Exactly edition["countries"] countries: one exhibitor per country first, returning ones preferred.
        for country in countries:
            match = next((o for o in returning if o.country == country and o not in chosen_intl), None)
            chosen_intl.append(match or new_org(country))
        intl_back = [o for o in returning if o.country != "CN" and o not in chosen_intl]
        while len(chosen_intl) < edition["international"]:
            if intl_back and rng.random() < RETURNING:
                chosen_intl.append(intl_back.pop())
            else:
                chosen_intl.append(new_org(rng.choice(countries)))
        cn_back = [o for o in returning if o.country == "CN"]
        while len(chosen_cn) < edition["exhibitors"] - edition["international"]:
            if cn_back and rng.random() < RETURNING:
                chosen_cn.append(cn_back.pop())
            else:
                chosen_cn.append(new_org("CN"))
        for org in chosen_intl + chosen_cn:
            org.participations.append(application(edition, org, "approve", rng))
        # Some applications that did not make it: rejected, withdrawn, still pending.
        for outcome in ["reject"] * 12 + ["withdraw"] * 8 + [None] * 6:
            org = new_org("CN" if rng.random() < 0.6 else rng.choice(countries))
            org.participations.append(application(edition, org, outcome, rng))
        previous = chosen_intl + chosen_cn
    return orgs


def application(edition, org, outcome, rng):
    chain = org.chain_preference if org.chain_preference in edition["chains"] else rng.choice(edition["chains"])
    products = rng.sample(PRODUCTS[chain], rng.randint(1, 3))
    return {"editionId": edition["id"], "chain": chain, "segment": rng.choice(SEGMENTS),
            "requestedAreaSqm": 9 * rng.randint(1, 40), "products": products}, outcome


class Api:
    def __init__(self, url, token):
        self.url, self.token = url.rstrip("/"), token

    # A 429 changed nothing: wait the Retry-After it names (the rest of the client's minute) and send it again.
    RATE_LIMITED_TRIES = 5

    def call(self, method, path, body=None, headers=None, anonymous=False):
        for _ in range(self.RATE_LIMITED_TRIES - 1):
            status, payload, response_headers = self.send(method, path, body, headers, anonymous)
            if status != 429:
                return status, payload, response_headers
            time.sleep(int(response_headers.get("Retry-After", "1")))
        return self.send(method, path, body, headers, anonymous)

    def send(self, method, path, body=None, headers=None, anonymous=False):
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(self.url + path, data=data, method=method)
        if not anonymous:
            request.add_header("Authorization", "Bearer " + self.token)
        if data is not None:
            request.add_header("Content-Type", "application/json")
        for name, value in (headers or {}).items():
            request.add_header(name, value)
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                return response.status, json.loads(response.read() or b"null"), response.headers
        except urllib.error.HTTPError as e:
            return e.code, json.loads(e.read() or b"null"), e.headers

    def expect(self, allowed, method, path, body=None, headers=None, anonymous=False):
        status, payload, response_headers = self.call(method, path, body, headers, anonymous)
        if status not in allowed:
            raise RuntimeError(f"{method} {path}: {status} {payload}")
        return status, payload, response_headers


def load_org(api, seed, org):
    _, created, _ = api.expect({201}, "POST", "/api/v1/exhibitors", org.body(),
                               {"Idempotency-Key": f"demo-{seed}-org-{org.n}"})
    for request, outcome in org.participations:
        status, body, headers = api.expect({201, 409}, "POST", f"/api/v1/exhibitors/{created['id']}/applications", request)
        application_id = body["id"] if status == 201 else headers["Location"].rsplit("/", 1)[1]
        if outcome:
            decision = {"reason": "Demo: the zone is fully booked"} if outcome == "reject" else None
            api.expect({200, 409}, "POST", f"/api/v1/applications/{application_id}/{outcome}", decision)


def figures(api, edition_id):
    ids, countries, international, page = set(), set(), 0, 0
    while True:
        # As the public sees it: approved exhibitors of the edition only.
        _, body, _ = api.expect({200}, "GET", f"/api/v1/exhibitors?editionId={edition_id}&size=100&page={page}",
                                anonymous=True)
        for item in body["items"]:
            ids.add(item["id"])
            if item["countryCode"] != "CN":
                international += 1
                countries.add(item["countryCode"])
        if (page + 1) * 100 >= body["total"]:
            return len(ids), international, len(countries)
        page += 1


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--url", default="http://127.0.0.1:8081")
    parser.add_argument("--token", required=True)
    parser.add_argument("--seed", type=int, default=2023)
    parser.add_argument("--concurrency", type=int, default=8)
    args = parser.parse_args()
    api = Api(args.url, args.token)

    for edition in EDITIONS:
        body = {k: edition[k] for k in ("id", "name", "startDate", "endDate", "chains", "publicDays")}
        api.expect({201, 409}, "POST", "/api/v1/editions", dict(body, venue=VENUE))
    orgs = plan(args.seed)
    with concurrent.futures.ThreadPoolExecutor(args.concurrency) as pool:
        for future in concurrent.futures.as_completed([pool.submit(load_org, api, args.seed, o) for o in orgs]):
            future.result()

    print(f"{'edition':<12}{'exhibitors':>11}{'international':>15}{'share':>8}{'countries/regions':>19}")
    for edition in EDITIONS:
        total, international, countries = figures(api, edition["id"])
        print(f"{edition['id']:<12}{total:>11}{international:>15}{international / total:>8.0%}{countries:>19}")
    print(f"{len(orgs)} organisations")


if __name__ == "__main__":
    try:
        main()
    except RuntimeError as e:
        sys.exit(f"demo data: {e}")
