#!/usr/bin/env python3
"""Loads the booth demo dataset into booth-service through its public API, after load_demo.py.

Each demo edition gets one hall per chain plus a services hall (gross 100,000 m² for 2023, 120,000 m² for 2024
and 2025) and a grid of booths (about 400 in 2023, more later). Approved exhibitors get confirmed bookings in
their chain's hall, a few more hold a booth, the rest of the booths stay free. Then edition cisce-2026 gets the
2025 layout, re-booking from 2025 offers every confirmed booth again, and about 100 exhibitors whose 2026
application is approved re-sign. Deterministic for a seed and idempotent: Idempotency-Key on every creating
POST; a repeated import, hold, confirmation or re-booking changes nothing. Standard library only.

usage: load_booths.py [--exhibitor-url http://127.0.0.1:8081] [--booth-url http://127.0.0.1:8082] --token JWT
"""
import argparse
import concurrent.futures
import datetime
import random
import sys
import time

from load_demo import ALL_CHAINS, EDITIONS, VENUE, Api

# Edition -> number of booths; the halls are the same size for every chain of an edition.
BOOTHS = {"cisce-2023": 400, "cisce-2024": 460, "cisce-2025": 480}
HALL = {"cisce-2023": (150, 100, (100, 100)), "cisce-2024": (150, 100, (150, 100)), "cisce-2025": (150, 100, (150, 100))}
HALL_CODES = ["W1", "W2", "W3", "W4", "E1", "E2", "E3", "E4"]
CHAIN_NAMES = {
    "SMART_VEHICLES": ("Smart Vehicles", "智能汽车链"), "GREEN_AGRICULTURE": ("Green Agriculture", "绿色农业链"),
    "CLEAN_ENERGY": ("Clean Energy", "清洁能源链"), "DIGITAL_TECHNOLOGY": ("Digital Technology", "数字科技链"),
    "HEALTHY_LIVING": ("Healthy Living", "健康生活链"), "ADVANCED_MANUFACTURING": ("Advanced Manufacturing", "先进制造链"),
    "SUPPLY_CHAIN_SERVICES": ("Supply Chain Services", "供应链服务展区"),
}
# Booth types by share, with their size in metres (width, depth) and price per m² (CNY).
TYPES = [("ISLAND", 0.15, (18, 12)), ("PENINSULA", 0.2, (12, 9)), ("RAW_SPACE", 0.25, (12, 12)),
         ("CORNER", 0.2, (9, 6)), ("STANDARD", 0.2, (6, 6))]
RATE = {"ISLAND": 1300, "PENINSULA": 1400, "RAW_SPACE": 1200, "CORNER": 1600, "STANDARD": 1500}
AISLE = 4
CONFIRMED_SHARE, HELD_SHARE = 0.85, 0.05
NEXT = {"id": "cisce-2026", "name": {"en": "4th China International Supply Chain Expo", "zh": "第四届中国国际供应链促进博览会"},
        "startDate": "2027-06-22", "endDate": "2027-06-26", "publicDays": ["2027-06-25", "2027-06-26"],
        "chains": ALL_CHAINS}
RESIGNED = 100
# cisce-2026 keeps the 2025 layout (same halls, same booth codes): that is what re-booking matches on.
BOOTHS[NEXT["id"]], HALL[NEXT["id"]] = BOOTHS["cisce-2025"], HALL["cisce-2025"]


def layout(edition, rng):
    """Halls and their booths: [(hall body, [booth bodies])], the same for the same edition and seed."""
    width, depth, services = HALL[edition["id"]]
    chains = [c for c in edition["chains"] if c in CHAIN_NAMES]
    per_hall = BOOTHS[edition["id"]] // len(chains)
    halls = []
    for i, chain in enumerate(chains + [None]):
        code = HALL_CODES[i] if i < len(HALL_CODES) else f"S{i}"
        en, zh = CHAIN_NAMES[chain] if chain else ("Services and Media", "服务与媒体区")
        w, d = (width, depth) if chain else services
        hall = {"editionId": edition["id"], "code": code, "name": {"en": f"Hall {code} · {en}", "zh": f"{code}馆 · {zh}"},
                "zone": chain, "width": w, "depth": d}
        count = per_hall + (BOOTHS[edition["id"]] - per_hall * len(chains) if i == 0 else 0) if chain else 6
        halls.append((hall, booths(code, w, d, count, rng, raw_only=chain is None)))
    return halls


def booths(hall_code, width, depth, count, rng, raw_only=False):
    """Rows of booths from the top-left corner, an aisle between rows; stops when the hall is full."""
    result, x, y, row_depth = [], AISLE, AISLE, 0
    while len(result) < count:
        kind = "RAW_SPACE" if raw_only else rng.choices([t[0] for t in TYPES], [t[1] for t in TYPES])[0]
        w, d = next(t[2] for t in TYPES if t[0] == kind)
        if x + w > width - AISLE:
            x, y, row_depth = AISLE, y + row_depth + AISLE, 0
        if y + d > depth - AISLE:
            break
        result.append({"code": f"{hall_code}-{len(result) + 1:03d}", "type": kind, "x": x, "y": y, "width": w,
                       "depth": d, "price": {"amount": w * d * RATE[kind], "currency": "CNY"}})
        x, row_depth = x + w, max(row_depth, d)
    return result


def pages(api, path):
    page = 0
    while True:
        _, body, _ = api.expect({200}, "GET", f"{path}{'&' if '?' in path else '?'}size=100&page={page}")
        yield from body["items"]
        if (page + 1) * 100 >= body["total"]:
            return
        page += 1


def await_known(booths_api, edition_id, timeout=120):
    deadline = time.time() + timeout
    while booths_api.call("GET", f"/api/v1/editions/{edition_id}", anonymous=True)[0] != 200:
        if time.time() > deadline:
            raise RuntimeError(f"booth-service has not heard of edition {edition_id}")
        time.sleep(0.5)


def load_halls(booths_api, edition, rng):
    """Creates the edition's halls and imports their booths; returns {hall code: [booths as stored]}."""
    await_known(booths_api, edition["id"])
    stored = {}
    for hall, rows in layout(edition, rng):
        status, body, headers = booths_api.expect({201, 409}, "POST", "/api/v1/halls", hall,
                                                  {"Idempotency-Key": f"demo-hall-{edition['id']}-{hall['code']}"})
        hall_id = body["id"] if status == 201 else headers["Location"].rsplit("/", 1)[1]
        existing = list(pages(booths_api, f"/api/v1/booths?hallId={hall_id}"))
        if not existing:
            booths_api.expect({200, 201}, "POST", f"/api/v1/halls/{hall_id}/booths:import", {"booths": rows})
            existing = list(pages(booths_api, f"/api/v1/booths?hallId={hall_id}"))
        stored[hall["code"]] = (hall, sorted(existing, key=lambda b: b["code"]))
    return stored


def approved(exhibitor_api, edition_id):
    """Approved applications of the edition by chain, in a stable order (the organisation's name, then id)."""
    names = {e["id"]: e["name"].get("en", "") for e in pages(exhibitor_api, f"/api/v1/exhibitors?editionId={edition_id}")}
    by_chain = {}
    for a in pages(exhibitor_api, f"/api/v1/applications?editionId={edition_id}&status=APPROVED"):
        by_chain.setdefault(a["chain"], []).append(a["exhibitorId"])
    return {c: sorted(ids, key=lambda i: (names.get(i, ""), i)) for c, ids in by_chain.items()}


def hold(booths_api, booth_id, exhibitor_id, key, timeout=120):
    """Holds a booth, waiting while booth-service has not yet heard of the exhibitor's application."""
    deadline = time.time() + timeout
    while True:
        status, body, headers = booths_api.call("POST", "/api/v1/bookings", {"boothId": booth_id, "exhibitorId": exhibitor_id},
                                                {"Idempotency-Key": key})
        if status == 201:
            return body
        if status == 409 and "application" in (body or {}).get("detail", "") and time.time() < deadline:
            time.sleep(1)  # the application's event has not arrived yet
            continue
        if status == 409:
            return None  # the booth is taken: booked by an earlier run
        raise RuntimeError(f"POST /api/v1/bookings: {status} {body}")


def book(booths_api, edition_id, stored, by_chain, concurrency):
    def one(booth, exhibitor_id, confirm):
        booking = hold(booths_api, booth["id"], exhibitor_id, f"demo-booking-{edition_id}-{booth['code']}")
        if booking and confirm:
            booths_api.expect({200, 409}, "POST", f"/api/v1/bookings/{booking['id']}/confirm")

    jobs = []
    for code, (hall, hall_booths) in stored.items():
        exhibitors = by_chain.get(hall["zone"], []) if hall["zone"] else []
        confirmed = min(len(exhibitors), int(len(hall_booths) * CONFIRMED_SHARE))
        held = min(len(exhibitors) - confirmed, int(len(hall_booths) * HELD_SHARE))
        for i, booth in enumerate(hall_booths[:confirmed + held]):
            jobs.append((booth, exhibitors[i], i < confirmed))
    with concurrent.futures.ThreadPoolExecutor(concurrency) as pool:
        for future in concurrent.futures.as_completed([pool.submit(one, *job) for job in jobs]):
            future.result()


def next_edition(exhibitor_api, booths_api, seed, concurrency):
    """cisce-2026: the 2025 layout, re-booking from 2025, and about 100 exhibitors re-signing."""
    exhibitor_api.expect({201, 409}, "POST", "/api/v1/editions",
                         {k: NEXT[k] for k in ("id", "name", "startDate", "endDate", "chains", "publicDays")} | {"venue": VENUE})
    load_halls(booths_api, NEXT, random.Random(f"{seed}-cisce-2025"))
    confirmed_2025 = sorted({b["exhibitorId"] for b in pages(booths_api, "/api/v1/bookings?editionId=cisce-2025&status=CONFIRMED")})
    resigning = random.Random(seed).sample(confirmed_2025, min(RESIGNED, len(confirmed_2025)))
    chains = {a["exhibitorId"]: a for a in pages(exhibitor_api, "/api/v1/applications?editionId=cisce-2025&status=APPROVED")}

    def apply(exhibitor_id):
        previous = chains[exhibitor_id]
        status, body, headers = exhibitor_api.expect({201, 409}, "POST", f"/api/v1/exhibitors/{exhibitor_id}/applications",
                                                     {"editionId": "cisce-2026", "chain": previous["chain"],
                                                      "segment": previous["segment"], "requestedAreaSqm": previous["requestedAreaSqm"]})
        application_id = body["id"] if status == 201 else headers["Location"].rsplit("/", 1)[1]
        exhibitor_api.expect({200, 409}, "POST", f"/api/v1/applications/{application_id}/approve")

    with concurrent.futures.ThreadPoolExecutor(concurrency) as pool:
        for future in concurrent.futures.as_completed([pool.submit(apply, e) for e in resigning]):
            future.result()
    deadline = (datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(days=60)).replace(microsecond=0)
    booths_api.expect({200, 201}, "POST", "/api/v1/rebooking", {"fromEditionId": "cisce-2025", "toEditionId": "cisce-2026",
                                                               "deadline": deadline.isoformat().replace("+00:00", "Z")})
    offers = {b["exhibitorId"]: b for b in pages(booths_api, "/api/v1/bookings?editionId=cisce-2026") if b.get("rebookedFrom")}

    def resign(exhibitor_id):
        booking = offers.get(exhibitor_id)
        if booking is None:
            return
        deadline_at = time.time() + 120
        while True:  # the approval's event may not have reached booth-service yet
            status, body, _ = booths_api.call("POST", f"/api/v1/bookings/{booking['id']}/confirm")
            if status == 200 or (status == 409 and body.get("detail", "").find("CONFIRMED") >= 0) or time.time() > deadline_at:
                return
            time.sleep(1)

    with concurrent.futures.ThreadPoolExecutor(concurrency) as pool:
        for future in concurrent.futures.as_completed([pool.submit(resign, e) for e in resigning]):
            future.result()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--exhibitor-url", default="http://127.0.0.1:8081")
    parser.add_argument("--booth-url", default="http://127.0.0.1:8082")
    parser.add_argument("--token", required=True)
    parser.add_argument("--seed", type=int, default=2023)
    parser.add_argument("--concurrency", type=int, default=8)
    args = parser.parse_args()
    exhibitor_api, booths_api = Api(args.exhibitor_url, args.token), Api(args.booth_url, args.token)

    for edition in EDITIONS:
        stored = load_halls(booths_api, edition, random.Random(f"{args.seed}-{edition['id']}"))
        book(booths_api, edition["id"], stored, approved(exhibitor_api, edition["id"]), args.concurrency)
    next_edition(exhibitor_api, booths_api, args.seed, args.concurrency)

    print(f"{'edition':<12}{'halls':>6}{'area m²':>10}{'booths':>8}{'confirmed':>11}{'held':>6}{'free':>6}")
    for edition_id in [e["id"] for e in EDITIONS] + ["cisce-2026"]:
        halls = list(pages(booths_api, f"/api/v1/halls?editionId={edition_id}"))
        area = sum(float(h["width"]) * float(h["depth"]) for h in halls)
        counts = {"AVAILABLE": 0, "HELD": 0, "CONFIRMED": 0}
        for booth in pages(booths_api, f"/api/v1/booths?editionId={edition_id}"):
            counts[booth["status"]] += 1
        print(f"{edition_id:<12}{len(halls):>6}{area:>10,.0f}{sum(counts.values()):>8}{counts['CONFIRMED']:>11}"
              f"{counts['HELD']:>6}{counts['AVAILABLE']:>6}")
    _, report, _ = booths_api.expect({200}, "GET", "/api/v1/rebooking/cisce-2026")
    print(f"re-booking 2025 → 2026: {report}")


if __name__ == "__main__":
    try:
        main()
    except RuntimeError as e:
        sys.exit(f"booth demo data: {e}")
