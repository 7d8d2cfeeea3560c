#!/usr/bin/env python3
"""Benchmark of registration-service against the running suite, beside PostgreSQL's bare insert, as tables.

(a) POST /api/v1/registrations at WORKERS concurrent clients (organizer: no rate limit), REGISTRATIONS of them,
    beside pgbench inserting one visitor row plus one outbox row per transaction (same run, scratch database).
(b) POST /api/v1/checkins at RATE scans per second for SECONDS (open loop: each scan leaves on its schedule),
    badges of the registrations from (a), today being a day of the benchmark edition.
(c) A waitlist promotion storm: PLACES registrations fill a day, PLACES more are waitlisted; cancelling the first
    PLACES (WORKERS at a time) must promote every waitlisted one.
Set-up goes through the public APIs: an edition `bench-registration-<time>` (today in Beijing among its days).

usage: registration.py TOKEN GATE_TOKEN EXHIBITOR_URL REGISTRATION_URL PGHOST PGPORT [WORKERS REGISTRATIONS RATE SECONDS PLACES]
"""
import concurrent.futures
import datetime
import sys
import threading
import time

from benchlib import Client, expect, percentile, pgbench

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


def registrations(token, url, edition, day, workers, count):
    clients = [Client(url, token) for _ in range(workers)]
    latencies, badges, statuses = [], [], {}
    lock = threading.Lock()

    def run(w):
        for n in range(w, count, workers):
            started = time.perf_counter()
            status, payload, _ = clients[w].call("POST", "/api/v1/registrations", body(edition, n, day))
            with lock:
                latencies.append((time.perf_counter() - started) * 1000)
                statuses[status] = statuses.get(status, 0) + 1
                if status == 201 and payload.get("badgeToken"):
                    badges.append(payload["badgeToken"])

    started = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(workers) as pool:
        list(pool.map(run, range(workers)))
    return count / (time.perf_counter() - started), latencies, statuses, badges


def checkins(gate_token, url, badges, rate, seconds):
    """Open loop: scan i leaves at start + i/rate on whichever connection is free; its latency is its own."""
    total = rate * seconds
    local = threading.local()
    latencies, results, late = [], {}, [0]
    lock = threading.Lock()
    start = time.perf_counter() + 0.5

    def scan(i):
        if not hasattr(local, "client"):
            local.client = Client(url, gate_token)
        due = start + i / rate
        pause = due - time.perf_counter()
        if pause > 0:
            time.sleep(pause)
        sent = time.perf_counter()
        status, payload, _ = local.client.call("POST", "/api/v1/checkins", {
            "badgeToken": badges[i % len(badges)], "gateId": f"bench-gate-{i % 8}",
            "scannedAt": datetime.datetime.now(datetime.timezone.utc).isoformat(), "nonce": f"bench-{start}-{i}"})
        with lock:
            latencies.append((time.perf_counter() - sent) * 1000)
            key = payload.get("result", status) if status == 200 else status
            results[key] = results.get(key, 0) + 1
            late[0] += sent - due > 0.05

    with concurrent.futures.ThreadPoolExecutor(64) as pool:
        list(pool.map(scan, range(total)))
    return total / (time.perf_counter() - start), latencies, results, late[0]


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

    per_second, latencies, statuses, badges = registrations(token, url, edition, today.isoformat(), workers, count)
    pg_tps, pg_latencies = pgbench(pghost, pgport, "expo_bench_registration", VISITOR_AND_OUTBOX, VISITOR_INSERT, workers)
    print(f"(a) registrations vs the bare insert of a visitor row and an outbox row, {workers} concurrent clients")
    print(f"{'benchmark':<44} {'per s':>8} {'p50 ms':>8} {'p99 ms':>8}  statuses")
    print(f"{'POST /api/v1/registrations (HTTP, outbox)':<44} {per_second:>8.0f} {percentile(latencies, 50):>8.1f} "
          f"{percentile(latencies, 99):>8.1f}  {' '.join(f'{k}×{v}' for k, v in sorted(statuses.items()))}")
    print(f"{'pgbench: visitor row + outbox row (SQL only)':<44} {pg_tps:>8.0f} {percentile(pg_latencies, 50):>8.1f} "
          f"{percentile(pg_latencies, 99):>8.1f}")
    print(f"registrations per second ÷ bare transactions per second: {per_second / pg_tps:.2f} (aim ≥ 0.25)")
    print()

    achieved, scan_latencies, results, late = checkins(gate_token, url, badges, rate, seconds)
    print(f"(b) check-ins at {rate} scans/s for {seconds} s (open loop, {len(badges)} badges)")
    print(f"{'scans':>6} {'achieved/s':>11} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8} {'late':>5}  results")
    print(f"{len(scan_latencies):>6} {achieved:>11.0f} {percentile(scan_latencies, 50):>8.1f} "
          f"{percentile(scan_latencies, 99):>8.1f} {max(scan_latencies):>8.1f} {late:>5}  "
          f"{' '.join(f'{k}×{v}' for k, v in sorted(results.items(), key=str))}  (aim p99 ≤ 20 ms)")
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
