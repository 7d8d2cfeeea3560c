#!/usr/bin/env python3
"""Benchmark of registration-service against the running suite, beside PostgreSQL's bare insert, as tables.

(a) POST /api/v1/registrations at WORKERS connections (organizer: no rate limit), REGISTRATIONS of them,
    beside pgbench inserting one visitor row plus one outbox row per transaction (same run, scratch database).
(b) POST /api/v1/checkins at RATE scans per second for SECONDS (open loop: each scan leaves on its schedule),
    badges of the registrations from (a), today being a day of the benchmark edition.
(c) A waitlist promotion storm: PLACES registrations fill a day, PLACES more are waitlisted; cancelling the first
    PLACES (WORKERS at a time) must promote every waitlisted one.
Set-up goes through the public APIs: an edition `bench-registration-<time>` (today in Beijing among its days).
(a) and (b) send their requests with Load, the Java load generator of expo-launcher (benchlib.load; its classpath
from EXPO_BENCH_LOAD_CP), so that the client does not take the cores from the server; (c) checks an outcome per
request and keeps its Python clients.

usage: registration.py TOKEN GATE_TOKEN EXHIBITOR_URL REGISTRATION_URL PGHOST PGPORT [WORKERS REGISTRATIONS RATE SECONDS PLACES]
"""
import concurrent.futures
import datetime
import json
import sys
import threading
import time

from benchlib import Client, expect, load, percentile, pgbench, statuses_text

BEIJING = datetime.timezone(datetime.timedelta(hours=8))
VISITOR_AND_OUTBOX = """
    create table registration (id uuid primary key, edition_id varchar not null, category varchar(20) not null,
        status varchar(30) not null, first_name varchar(200), last_name varchar(200), email varchar(254),
        email_normalized varchar(254), phone varchar(20), country_code varchar(2), days varchar not null,
        manage_token_hash varchar(64), version bigint not null default 0, created_at timestamptz not null,
        updated_at timestamptz not null);
    create unique index registration_one_per_person on registration (edition_id, email_normalized)
        where status in ('PENDING_VERIFICATION', 'CONFIRMED', 'WAITLISTED');
    create table outbox_event (id bigserial primary key, event_id uuid not null unique, topic varchar not null,
        aggregate_id varchar not null, record_key varchar not null, type varchar not null,
        occurred_at timestamptz not null, payload varchar not null, status varchar not null default 'PENDING');"""
VISITOR_INSERT = """\\set n random(1, 1000000000)
begin;
insert into registration values (gen_random_uuid(), 'bench', 'PROFESSIONAL', 'CONFIRMED', 'Mei', 'Lin',
    'v' || :n || '@example.com', 'v' || :n || '-' || gen_random_uuid() || '@example.com', '+8613800000000', 'CN',
    '2027-01-10', md5(random()::text), 0, now(), now());
insert into outbox_event (event_id, topic, aggregate_id, record_key, type, occurred_at, payload)
    values (gen_random_uuid(), 'expo.registrations', 'x', 'x', 'expo.registration.created.v1', now(),
    '{"category": "PROFESSIONAL", "status": "CONFIRMED", "days": ["2027-01-10"], "version": 0}');
commit;
"""


def body(edition, n, day, category="PROFESSIONAL"):
    return {"editionId": edition, "category": category, "firstName": "Bench", "lastName": f"Visitor{n}",
            "email": f"bench{n}@{edition}.example.com", "phone": "+8613800000000", "countryCode": "CN",
            "organization": "Benchmark Co.", "jobTitle": "Buyer", "days": [day], "interests": [],
            "consent": {"privacyPolicyVersion": "2025-03"}}


def set_up(token, exhibitor_url, registration_url):
    today = datetime.datetime.now(BEIJING).date()
    edition = f"bench-registration-{int(time.time())}"
    expect(Client(exhibitor_url, token), {201}, "POST", "/api/v1/editions", {
        "id": edition, "name": {"en": "Registration benchmark"}, "startDate": (today - datetime.timedelta(days=1)).isoformat(),
        "endDate": (today + datetime.timedelta(days=3)).isoformat(), "chains": ["CLEAN_ENERGY"], "publicDays": []})
    client = Client(registration_url, token)
    deadline = time.time() + 120
    while client.call("GET", f"/api/v1/editions/{edition}")[0] != 200:
        if time.time() > deadline:
            sys.exit("registration-service has not heard of the benchmark edition")
        time.sleep(0.5)
    return edition, today, client


def registrations(token, url, edition, day, workers, count, warmup=0):
    """POST /api/v1/registrations by Load, `workers` connections, `count` measured after `warmup`; unique e-mails
    through the request's index. Returns (per second, Load's result, the badge tokens of all created, warm-up too)."""
    result = load(url + "/api/v1/registrations", "POST", [f"Authorization: Bearer {token}"],
                  body=json.dumps(body(edition, "{n}", day)), connections=workers, requests=count, warmup=warmup,
                  capture="badgeToken")
    return result["perSecond"], result, result["captured"]


def checkins(gate_token, url, badges, rate, seconds, connections=64, warmup=0):
    """Open loop by Load: scan i is due at start + i/rate and its latency counts from then (its own, whatever the
    scans before it took). Scan i carries badge i % len(badges) and a nonce of its own, scannedAt the time the scans
    were made (now). Returns (achieved scans per second, Load's result, {result or status: count})."""
    total = int(rate * seconds)
    scanned = datetime.datetime.now(datetime.timezone.utc).isoformat()
    run = f"{time.time():.3f}"
    bodies = [json.dumps({"badgeToken": badges[i % len(badges)], "gateId": f"bench-gate-{i % 8}", "scannedAt": scanned,
                          "nonce": f"bench-{run}-{i}"}) for i in range(warmup + total)]
    result = load(url + "/api/v1/checkins", "POST", [f"Authorization: Bearer {gate_token}"], bodies=bodies,
                  connections=connections, requests=total, warmup=warmup, rate=rate, capture="result")
    # the results of the measured scans: the captured ones minus the warm-up's (answered first, all 200)
    measured = result["captured"][-result["statuses"].get(200, 0):] if result["statuses"].get(200) else []
    results = {}
    for r in measured:
        results[r] = results.get(r, 0) + 1
    for status, n in result["statuses"].items():
        if status != 200:
            results[status] = results.get(status, 0) + n
    if result["errors"]:
        results["errors"] = result["errors"]
    return result["perSecond"], result, results


def storm(token, url, edition, day, places, workers, client):
    expect(client, {200}, "PUT", f"/api/v1/editions/{edition}/days", [{"date": day.isoformat(), "capacity": places}])
    clients = [Client(url, token) for _ in range(workers)]
    confirmed, waitlisted = [], []
    lock = threading.Lock()

    def register(w):
        for n in range(w, 2 * places, workers):
            _, payload, _ = expect(clients[w], {201}, "POST", "/api/v1/registrations",
                                   body(edition, 10_000_000 + n, day.isoformat()))
            with lock:
                (confirmed if payload["status"] == "CONFIRMED" else waitlisted).append(payload["id"])

    with concurrent.futures.ThreadPoolExecutor(workers) as pool:
        list(pool.map(register, range(workers)))

    def cancel(w):
        for i in range(w, len(confirmed), workers):
            expect(clients[w], {200}, "POST", f"/api/v1/registrations/{confirmed[i]}/cancel")

    started = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(workers) as pool:
        list(pool.map(cancel, range(workers)))
    elapsed = time.perf_counter() - started
    promoted = sum(1 for r in waitlisted
                   if expect(client, {200}, "GET", f"/api/v1/registrations/{r}")[1]["status"] == "CONFIRMED")
    return len(confirmed), len(waitlisted), promoted, elapsed


def main():
    token, gate_token, exhibitor_url, url, pghost, pgport = sys.argv[1:7]
    workers, count, rate, seconds, places = (int(v) for v in (sys.argv[7:12] or [8, 2000, 300, 10, 500]))
    edition, today, client = set_up(token, exhibitor_url, url)

    per_second, result, badges = registrations(token, url, edition, today.isoformat(), workers, count)
    pg_tps, pg_latencies = pgbench(pghost, pgport, "expo_bench_registration", VISITOR_AND_OUTBOX, VISITOR_INSERT, workers)
    print(f"(a) registrations vs the bare insert of a visitor row and an outbox row, {workers} concurrent clients")
    print(f"{'benchmark':<44} {'per s':>8} {'p50 ms':>8} {'p99 ms':>8}  statuses")
    print(f"{'POST /api/v1/registrations (HTTP, outbox)':<44} {per_second:>8.0f} {result['p50']:>8.1f} "
          f"{result['p99']:>8.1f}  {statuses_text(result['statuses'])}")
    print(f"{'pgbench: visitor row + outbox row (SQL only)':<44} {pg_tps:>8.0f} {percentile(pg_latencies, 50):>8.1f} "
          f"{percentile(pg_latencies, 99):>8.1f}")
    print(f"registrations per second ÷ bare transactions per second: {per_second / pg_tps:.2f} (aim ≥ 0.25)")
    print()
    if not badges:
        sys.exit("no registration gave a badge token: no scans to make")

    achieved, scans, results = checkins(gate_token, url, badges, rate, seconds)
    print(f"(b) check-ins at {rate} scans/s for {seconds} s (open loop, {len(badges)} badges)")
    print(f"{'scans':>6} {'achieved/s':>11} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8} {'late':>5}  results")
    print(f"{scans['requests']:>6} {achieved:>11.0f} {scans['p50']:>8.1f} "
          f"{scans['p99']:>8.1f} {scans['max']:>8.1f} {scans['late']:>5}  "
          f"{statuses_text(results)}  (aim p99 ≤ 20 ms)")
    print()

    day = today + datetime.timedelta(days=1)
    confirmed, waitlisted, promoted, elapsed = storm(token, url, edition, day, places, workers, client)
    print(f"(c) promotion storm on {day}: capacity {places}")
    print(f"{'confirmed':>10} {'waitlisted':>11} {'cancelled':>10} {'promoted':>9} {'seconds':>8}")
    print(f"{confirmed:>10} {waitlisted:>11} {confirmed:>10} {promoted:>9} {elapsed:>8.1f}")
    if promoted != waitlisted:
        sys.exit("not every waitlisted registration was promoted")


if __name__ == "__main__":
    main()
