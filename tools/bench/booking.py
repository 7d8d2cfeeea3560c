#!/usr/bin/env python3
"""Benchmark of booth holds against the running suite, beside PostgreSQL's bare insert (pgbench), as a table.

(a) contended: CLIENTS concurrent clients, released together, try to hold BOOTHS fresh booths (clients / booths per
    booth), ROUNDS rounds; every round must have exactly BOOTHS winners and every other answer a 409.
(b) uncontended: WORKERS connections hold HOLDS distinct booths as fast as they can (sent by Load, the Java load
    generator of expo-launcher, so that the client leaves the cores to the server; EXPO_BENCH_LOAD_CP its classpath).
(c) pgbench: the bare insert of a booking row (same partial unique index) into a scratch database, same workers.
Set-up goes through the public APIs (an edition `bench-booking`, 200 organisations with submitted applications,
a 1 km² hall); every run adds fresh booths, so it can run again. Standard library only, and Java for Load.

usage: booking.py TOKEN EXHIBITOR_URL BOOTH_URL PGHOST PGPORT [CLIENTS BOOTHS ROUNDS WORKERS HOLDS]
"""
import concurrent.futures
import json
import sys
import threading
import time
import uuid

from benchlib import Client, expect, load, location_id, percentile, pgbench, statuses_text

EDITION = "bench-booking"


def set_up(token, exhibitor_url, booth_url, organisations):
    ex = Client(exhibitor_url, token)
    expect(ex, {201, 409}, "POST", "/api/v1/editions", {
        "id": EDITION, "name": {"en": "Booking benchmark"}, "startDate": "2027-01-10", "endDate": "2027-01-12",
        "chains": ["CLEAN_ENERGY"], "publicDays": []})
    exhibitors = []
    for n in range(organisations):
        created = expect(ex, {201}, "POST", "/api/v1/exhibitors", {
            "name": {"en": f"Benchmark Organisation {n}"}, "countryCode": "DE", "organizationType": "ENTERPRISE",
            "contact": {"name": "Bench", "email": "bench@example.com"}}, {"Idempotency-Key": f"bench-booking-org-{n}"})[1]
        expect(ex, {201, 409}, "POST", f"/api/v1/exhibitors/{created['id']}/applications",
               {"editionId": EDITION, "chain": "CLEAN_ENERGY", "segment": "MIDSTREAM", "requestedAreaSqm": 9})
        exhibitors.append(created["id"])
    bo = Client(booth_url, token)
    deadline = time.time() + 120
    while bo.call("GET", f"/api/v1/editions/{EDITION}")[0] != 200:
        if time.time() > deadline:
            sys.exit("booth-service has not heard of the benchmark edition")
        time.sleep(0.5)
    hall = location_id(*expect(bo, {201, 409}, "POST", "/api/v1/halls", {
        "editionId": EDITION, "code": "BENCH", "name": {"en": "Benchmark hall"}, "zone": None, "width": 1000,
        "depth": 1000}, {"Idempotency-Key": "bench-booking-hall"}))
    # Every exhibitor's application must be known to booth-service before the clock starts: hold and cancel once.
    probe = new_booths(bo, hall, 1)[0]
    for exhibitor in exhibitors:
        while True:
            status, payload, _ = bo.call("POST", "/api/v1/bookings", {"boothId": probe, "exhibitorId": exhibitor})
            if status == 201:
                expect(bo, {200}, "POST", f"/api/v1/bookings/{payload['id']}/cancel")
                break
            if time.time() > deadline:
                sys.exit(f"booth-service does not know the application of {exhibitor}: {status} {payload}")
            time.sleep(0.5)
    return exhibitors, hall, bo


def new_booths(client, hall, count):
    """Fresh 3 m × 3 m booths in free rows of the hall, by rows of 300, in imports of at most 2,000 (the most one
    import takes)."""
    ids = []
    while len(ids) < count:
        _, listing, _ = expect(client, {200}, "GET", f"/api/v1/booths?hallId={hall}&size=1")
        start = listing["total"]
        rows = []
        for i in range(start, start + min(2000, count - len(ids))):
            rows.append({"code": f"BENCH-{uuid.uuid4().hex[:12]}", "type": "STANDARD", "x": (i % 300) * 3,
                         "y": (i // 300) * 3, "width": 3, "depth": 3, "price": {"amount": 9000, "currency": "CNY"}})
        _, imported, _ = expect(client, {201}, "POST", f"/api/v1/halls/{hall}/booths:import", {"booths": rows})
        ids += [b["id"] for b in sorted(imported["booths"], key=lambda b: b["index"])]
    return ids


def contended(token, booth_url, hall, exhibitors, clients, booths, rounds, setup_client):
    workers = [Client(booth_url, token) for _ in range(clients)]
    rows, latencies, others = [], [], 0
    with concurrent.futures.ThreadPoolExecutor(clients) as pool:
        for r in range(rounds):
            targets = new_booths(setup_client, hall, booths)
            barrier = threading.Barrier(clients)

            def attempt(i):
                barrier.wait()
                started = time.perf_counter()
                status, _, _ = workers[i].call("POST", "/api/v1/bookings",
                                               {"boothId": targets[i % booths], "exhibitorId": exhibitors[i % len(exhibitors)]})
                return status, (time.perf_counter() - started) * 1000

            results = list(pool.map(attempt, range(clients)))
            winners = sum(1 for s, _ in results if s == 201)
            conflicts = sum(1 for s, _ in results if s == 409)
            others += clients - winners - conflicts
            latencies += [ms for _, ms in results]
            rows.append((r + 1, winners, conflicts, clients - winners - conflicts))
    return rows, latencies, others


def uncontended(token, booth_url, hall, exhibitors, workers, holds, setup_client, warmup=0):
    """Holds of distinct fresh booths by Load, `workers` connections, `holds` measured after `warmup`, each request
    its own booth (one body a line). Returns (holds per second, Load's result)."""
    targets = new_booths(setup_client, hall, warmup + holds)
    bodies = [json.dumps({"boothId": booth, "exhibitorId": exhibitors[i % len(exhibitors)]})
              for i, booth in enumerate(targets)]
    result = load(booth_url + "/api/v1/bookings", "POST", [f"Authorization: Bearer {token}"], bodies=bodies,
                  connections=workers, requests=holds, warmup=warmup)
    return result["perSecond"], result


BOOKING_TABLE = """
    create table booking (id uuid primary key, booth_id uuid not null, exhibitor_id uuid not null,
        status varchar(20) not null, expires_at timestamptz, version bigint not null default 0,
        created_at timestamptz not null, updated_at timestamptz not null);
    create unique index booking_one_active_per_booth on booking (booth_id) where status in ('HELD', 'CONFIRMED');"""
BOOKING_INSERT = ("insert into booking values (gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), 'HELD', "
                  "now() + interval '30 minutes', 0, now(), now());\n")


def main():
    token, exhibitor_url, booth_url, pghost, pgport = sys.argv[1:6]
    clients, booths, rounds, workers, holds = (int(v) for v in (sys.argv[6:11] or [200, 20, 10, 8, 2000]))
    exhibitors, hall, setup_client = set_up(token, exhibitor_url, booth_url, clients)

    rows, latencies, others = contended(token, booth_url, hall, exhibitors, clients, booths, rounds, setup_client)
    print(f"(a) contended holds: {clients} clients released together on {booths} fresh booths per round")
    print(f"{'round':>5} {'201':>5} {'409':>5} {'other':>6}  verdict")
    for r, won, lost, other in rows:
        print(f"{r:>5} {won:>5} {lost:>5} {other:>6}  {'ok' if won == booths and other == 0 else 'WRONG'}")
    print(f"latency over {len(latencies)} requests: p50 {percentile(latencies, 50):.1f} ms, "
          f"p99 {percentile(latencies, 99):.1f} ms")
    print()

    rate, result = uncontended(token, booth_url, hall, exhibitors, workers, holds, setup_client)
    pg_tps, pg_latencies = pgbench(pghost, pgport, "expo_bench_booking", BOOKING_TABLE, BOOKING_INSERT, workers)
    print(f"(b) uncontended holds vs (c) the bare insert, {workers} concurrent clients")
    print(f"{'benchmark':<40} {'per s':>8} {'p50 ms':>8} {'p99 ms':>8}  statuses")
    print(f"{'POST /api/v1/bookings (HTTP, outbox)':<40} {rate:>8.0f} {result['p50']:>8.1f} "
          f"{result['p99']:>8.1f}  {statuses_text(result['statuses'])}")
    print(f"{'pgbench: insert into booking (SQL only)':<40} {pg_tps:>8.0f} {percentile(pg_latencies, 50):>8.1f} "
          f"{percentile(pg_latencies, 99):>8.1f}")
    print(f"holds per second ÷ bare inserts per second: {rate / pg_tps:.2f}")
    if any(won != booths or other for _, won, _, other in rows):
        sys.exit("a contended round did not have exactly one winner per booth")


if __name__ == "__main__":
    main()
