#!/usr/bin/env python3
"""Loads the visitor demo dataset for cisce-2025 into registration-service through its public API.

Day capacities (the public days fill up, so some registrations are waitlisted), five verified institutions,
several thousand registrations over every category (academics at verified institutions confirmed at once, the
others pending until the organiser verifies most of them), four delegations, some cancellations that promote
waitlisted visitors, and gate check-ins across the five days (first entries and re-entries). cisce-2025 lies in the
past, so the organizer records it (the API refuses past days to anyone else). Names, e-mails and phone numbers are
generated from a seed: nobody real. Idempotent: an Idempotency-Key on every registration and group, a fixed nonce on
every scan, and a repeated decision is a 409 taken as done. Standard library only.

usage: load_registrations.py [--url http://127.0.0.1:8083] --token ORGANIZER_JWT --gate-token GATE_JWT
"""
import argparse
import concurrent.futures
import datetime
import random
import sys
import time

from load_demo import ALL_CHAINS, COUNTRIES, SYLLABLES, Api

EDITION = "cisce-2025"
DAYS = [datetime.date(2025, 7, 16) + datetime.timedelta(days=i) for i in range(5)]
PUBLIC_DAYS = DAYS[3:]
CAPACITY = {DAYS[0]: 1600, DAYS[1]: 1600, DAYS[2]: 1500, DAYS[3]: 1500, DAYS[4]: 1400}
INSTITUTIONS = [("tsinghua.edu.cn", "Tsinghua University"), ("pku.edu.cn", "Peking University"),
                ("ruc.edu.cn", "Renmin University of China"), ("bjtu.edu.cn", "Beijing Jiaotong University"),
                ("ustb.edu.cn", "University of Science and Technology Beijing")]
UNVERIFIED = [("bit.edu.cn", "Beijing Institute of Technology"), ("shu.edu.cn", "Shanghai University"),
              ("uni-heidelberg.de", "Heidelberg University")]
CATEGORIES = [("PROFESSIONAL", 45), ("PUBLIC", 25), ("MEDIA", 4), ("RESEARCHER", 8), ("TEACHER", 6), ("STUDENT", 12)]
SURNAMES = ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Xu", "Sun", "Ma", "Zhu"]
BEIJING = datetime.timezone(datetime.timedelta(hours=8))


def person(rng, n):
    first = "".join(rng.choice(SYLLABLES) for _ in range(2)).capitalize()
    return {"firstName": first, "lastName": rng.choice(SURNAMES), "email": f"visitor{n}.{first.lower()}@example.com",
            "phone": f"+86138{n:08d}"}


def registration(rng, n):
    category = rng.choices([c for c, _ in CATEGORIES], [w for _, w in CATEGORIES])[0]
    if category == "PUBLIC":
        days = sorted(rng.sample(PUBLIC_DAYS, rng.randint(1, 2)))
    else:
        start = rng.randrange(len(DAYS))
        days = DAYS[start:start + rng.randint(1, 3)]
    body = person(rng, n) | {
        "editionId": EDITION, "category": category,
        "countryCode": "CN" if rng.random() < 0.85 else rng.choice(COUNTRIES[:40]),
        "days": [d.isoformat() for d in days], "interests": rng.sample(ALL_CHAINS, rng.randint(1, 3)),
        "consent": {"privacyPolicyVersion": "2025-03"}}
    if category in ("PROFESSIONAL", "MEDIA"):
        body |= {"organization": f"Demo Organisation {n % 400}", "jobTitle": "Buyer" if category == "PROFESSIONAL" else "Reporter"}
    if category in ("RESEARCHER", "TEACHER", "STUDENT"):
        domain, name = rng.choice(INSTITUTIONS) if rng.random() < 0.7 else rng.choice(UNVERIFIED)
        body["academic"] = {"institution": name, "institutionalEmail": f"v{n}@mails.{domain}"}
        if category == "STUDENT":
            body["academic"]["studentNumber"] = f"2025{n:06d}"
    return body


def groups(rng):
    """Four delegations: two from verified institutions, one to verify, one of foreign buyers."""
    specs = [("STUDENT", "Tsinghua University", "tsinghua.edu.cn", 25, DAYS[1:3], "CN"),
             ("TEACHER", "Peking University", "pku.edu.cn", 10, DAYS[2:3], "CN"),
             ("STUDENT", "Beijing Institute of Technology", "bit.edu.cn", 20, DAYS[0:2], "CN"),
             ("PROFESSIONAL", "Kazakhstan buyers' mission", None, 15, DAYS[0:3], "KZ")]
    result = []
    for g, (category, institution, domain, size, days, country) in enumerate(specs):
        def member(i):
            body = person(rng, 900000 + g * 1000 + i)
            if domain:
                body["institutionalEmail"] = f"g{g}m{i}@mails.{domain}"
                if category == "STUDENT":
                    body["studentNumber"] = f"G{g}{i:05d}"
            else:
                body |= {"organization": institution, "jobTitle": "Buyer"}
            return body
        leader = member(999)
        if category == "STUDENT":  # a teacher leads the students
            leader["category"] = "TEACHER"
            leader.pop("studentNumber", None)
        result.append({"editionId": EDITION, "category": category, "institution": institution, "countryCode": country,
                       "days": [d.isoformat() for d in days], "interests": rng.sample(ALL_CHAINS, 2),
                       "consent": {"privacyPolicyVersion": "2025-03"}, "leader": leader,
                       "members": [member(i) for i in range(size)]})
    return result


def register(api, seed, n, body):
    status, created, headers = api.expect({201, 409}, "POST", "/api/v1/registrations", body,
                                          {"Idempotency-Key": f"demo-{seed}-registration-{n}"})
    if status == 201:
        return created
    # Registered by an earlier run whose stored answer has expired: the organizer is told where it is.
    location = headers["Location"]
    return api.expect({200}, "GET", location[location.index("/api/v1"):])[1]


def badge(api, registration):
    if registration.get("badgeToken"):
        return registration["badgeToken"]
    status, body, _ = api.call("GET", f"/api/v1/registrations/{registration['id']}/badge?format=json")
    return body["token"] if status == 200 else None


def scans(rng, registrations):
    """A first entry on most of a confirmed visitor's days, some re-entries later that day."""
    result = []
    for n, reg in registrations:
        for day in reg["days"]:
            if rng.random() > 0.75:
                continue
            d = datetime.date.fromisoformat(day)
            first = datetime.datetime(d.year, d.month, d.day, rng.randint(9, 15), rng.randrange(60), tzinfo=BEIJING)
            result.append((n, day, 0, first))
            if rng.random() < 0.15:
                result.append((n, day, 1, first + datetime.timedelta(minutes=rng.randint(30, 150))))
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--url", default="http://127.0.0.1:8083")
    parser.add_argument("--token", required=True)
    parser.add_argument("--gate-token", required=True)
    parser.add_argument("--seed", type=int, default=2025)
    parser.add_argument("--registrations", type=int, default=4000)
    parser.add_argument("--concurrency", type=int, default=8)
    args = parser.parse_args()
    api, gate = Api(args.url, args.token), Api(args.url, args.gate_token)
    rng = random.Random(args.seed)

    deadline = time.time() + 120
    while api.call("GET", f"/api/v1/editions/{EDITION}", anonymous=True)[0] != 200:
        if time.time() > deadline:
            raise RuntimeError(f"registration-service has not heard of {EDITION}")
        time.sleep(0.5)
    api.expect({200}, "PUT", f"/api/v1/editions/{EDITION}/days",
               [{"date": d.isoformat(), "capacity": c} for d, c in CAPACITY.items()])
    api.expect({200}, "PUT", f"/api/v1/editions/{EDITION}/institutions",
               [{"domain": d, "name": name} for d, name in INSTITUTIONS])

    bodies = [(n, registration(rng, n)) for n in range(1, args.registrations + 1)]
    with concurrent.futures.ThreadPoolExecutor(args.concurrency) as pool:
        created = list(pool.map(lambda nb: (nb[0], register(api, args.seed, *nb)), bodies))
    for g, body in enumerate(groups(rng)):
        status, group, headers = api.expect({201, 409}, "POST", "/api/v1/groups", body,
                                            {"Idempotency-Key": f"demo-{args.seed}-group-{g}"})
        if status == 201 and group["status"] == "PENDING_VERIFICATION":
            api.expect({200, 409}, "POST", f"/api/v1/groups/{group['id']}/verify")

    # The organiser verifies most pending academics and rejects a few; some visitors cancel (promoting others).
    pending = [r for _, r in created if r["status"] == "PENDING_VERIFICATION"]
    for i, r in enumerate(pending):
        if i % 10 == 0:
            api.expect({200, 409}, "POST", f"/api/v1/registrations/{r['id']}/reject", {"reason": "Demo: not enrolled"})
        elif i % 10 < 8:
            api.expect({200, 409}, "POST", f"/api/v1/registrations/{r['id']}/verify")
    confirmed = [(n, r) for n, r in created if r["status"] == "CONFIRMED"]
    for n, r in confirmed[::60]:
        api.expect({200, 409}, "POST", f"/api/v1/registrations/{r['id']}/cancel")
    cancelled = {r["id"] for _, r in confirmed[::60]}

    visitors = [(n, r) for n, r in confirmed if r["id"] not in cancelled]
    tokens = dict(zip([n for n, _ in visitors],
                      concurrent.futures.ThreadPoolExecutor(args.concurrency).map(lambda nr: badge(api, nr[1]), visitors)))

    def scan(entry):
        n, day, k, at = entry
        if tokens.get(n):
            gate.expect({200}, "POST", "/api/v1/checkins", {"badgeToken": tokens[n], "gateId": f"gate-{n % 6 + 1}",
                                                             "scannedAt": at.isoformat(), "nonce": f"demo-{args.seed}-{n}-{day}-{k}"})

    entries = scans(rng, visitors)
    with concurrent.futures.ThreadPoolExecutor(args.concurrency) as pool:
        list(pool.map(scan, entries))

    _, days, _ = api.expect({200}, "GET", f"/api/v1/editions/{EDITION}/days", anonymous=True)
    statuses = {}
    for status in ("CONFIRMED", "PENDING_VERIFICATION", "WAITLISTED", "REJECTED", "CANCELLED"):
        statuses[status] = api.expect({200}, "GET", f"/api/v1/registrations?editionId={EDITION}&status={status}&size=1")[1]["total"]
    print(f"{EDITION}: " + ", ".join(f"{k.lower()} {v}" for k, v in statuses.items()) + f"; {len(entries)} scans")
    print(f"{'day':<12}{'capacity':>9}{'confirmed':>11}{'remaining':>11}")
    for day in days.get("days", days if isinstance(days, list) else []):
        print(f"{day['date']:<12}{day['capacity']:>9}{day['confirmed']:>11}{day['remaining']:>11}")


if __name__ == "__main__":
    try:
        main()
    except RuntimeError as e:
        sys.exit(f"registration demo data: {e}")
