#!/usr/bin/env python3
"""Benchmark of analytics-service against the running suite (./expo up), as tables.

(a) GET /api/v1/analytics/editions/cisce-2025/overview (analyst) beside the anonymous exhibitor directory
    GET /api/v1/exhibitors?editionId=cisce-2025&size=20, with hey at CONCURRENCY clients, REQUESTS each after a
    warm-up run of the same size: throughput, p50 and p99, and the ratio of the two throughputs (aim ≥ 3).
(b) Event lag, commit to visible: RATE registration events per second for SECONDS, each committed in its own
    transaction to registration-service's outbox (as its own writes would be), for a fresh edition
    `bench-analytics-lag-<time>`; the overview of that edition is polled, and the lag of the k-th event is the
    first time the overview counted k registrations minus the k-th commit (PostgreSQL's clock, same host).
(c) Rebuild: tops the topics up to at least REBUILD_EVENTS events with synthetic registration events for edition
    `bench-analytics-rebuild` (through the outbox), then POST /api/v1/analytics/rebuild (organizer) and polls its
    status: events read, seconds, events per second; and whether the demo editions' overviews are the same after.
Synthetic events go to bench-only editions: the figures of cisce-2023..2025 do not change. Standard library only
(and hey, as `./expo bench http` uses it).

usage: analytics.py ORGANIZER_TOKEN ANALYST_TOKEN EXHIBITOR_URL ANALYTICS_URL PGHOST PGPORT
                    [CONCURRENCY REQUESTS RATE SECONDS REBUILD_EVENTS]
"""
import datetime
import json
import os
import re
import subprocess
import sys
import threading
import time
import urllib.parse
import uuid

from benchlib import Client, expect, percentile

DEMO_EDITIONS = ["cisce-2023", "cisce-2024", "cisce-2025"]
REBUILD_EDITION = "bench-analytics-rebuild"
PRODUCERS = ["expo_exhibitor", "expo_booth", "expo_registration"]
CATEGORIES = ["PROFESSIONAL", "PROFESSIONAL", "PROFESSIONAL", "PUBLIC", "MEDIA", "RESEARCHER", "TEACHER", "STUDENT"]
COUNTRIES = ["CN", "CN", "CN", "US", "DE", "JP", "FR", "SG", "BR", "KR"]
# The columns and envelope registration-service's Outbox.publish writes (expo-common V0_1, V0_3, V0_4): the row
# is PENDING by default and the relay turns it into a CloudEvent; the payload is a RegistrationChanged.
# The lag poller's pause: light enough not to slow down the consumer it measures, fine enough beside its lag.
POLL = 0.05
OUTBOX_INSERT = ("insert into outbox_event (event_id, topic, aggregate_id, record_key, type, occurred_at, payload) "
                 "values ('{event}', 'expo.registrations', '{key}', '{key}', 'expo.registration.created.v1', "
                 "clock_timestamp(), '{payload}')")


def payload(registration_id, edition, n, day):
    return json.dumps({"registrationId": registration_id, "editionId": edition, "category": CATEGORIES[n % len(CATEGORIES)],
                       "status": "CONFIRMED", "countryCode": COUNTRIES[n % len(COUNTRIES)], "days": [day],
                       "interests": ["CLEAN_ENERGY"], "channel": "ORGANIZER", "version": 0}, separators=(",", ":"))


def psql(pghost, pgport, database, *args, **kwargs):
    env = dict(os.environ, PGPASSWORD=os.environ.get("EXPO_PG_PASSWORD", "expo"))
    return subprocess.run(["psql", "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-h", pghost, "-p", str(pgport),
                           "-U", "expo", "-d", database, *args], env=env, check=True, capture_output=True, text=True,
                          **kwargs).stdout


def create_edition(exhibitor, analytics, edition, start):
    """A bench-only edition, created through exhibitor-service (so every consumer knows it); waits for analytics."""
    expect(exhibitor, {201, 409}, "POST", "/api/v1/editions", {
        "id": edition, "name": {"en": "Analytics benchmark " + edition}, "startDate": start, "endDate": start,
        "chains": ["CLEAN_ENERGY"], "publicDays": []})
    deadline = time.monotonic() + 60
    while analytics.call("GET", f"/api/v1/analytics/editions/{edition}/overview")[0] != 200:
        if time.monotonic() > deadline:
            sys.exit(f"analytics-service has not heard of {edition} in 60 s")
        time.sleep(0.2)


# ------------------------------------------------------------------------------------------------------------------
# (a) overview throughput beside the directory
# ------------------------------------------------------------------------------------------------------------------

def hey(url, concurrency, requests, headers=()):
    args = ["hey", "-n", str(requests), "-c", str(concurrency)]
    for header in headers:
        args += ["-H", header]
    subprocess.run(args + [url], check=True, capture_output=True)  # warm-up, not counted
    out = subprocess.run(args + [url], check=True, capture_output=True, text=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    p50, p99 = (float(re.search(rf"{p}% in ([\d.]+) secs", out).group(1)) * 1000 for p in (50, 99))
    statuses = " ".join(f"{code}×{count}" for code, count in re.findall(r"\[(\d{3})\]\s+(\d+) responses", out))
    return rps, p50, p99, statuses


def throughput(analyst_token, exhibitor_url, analytics_url, concurrency, requests):
    print(f"(a) overview beside the exhibitor directory: hey, {concurrency} clients, {requests} requests each after "
          f"a warm-up run of as many (latencies in ms)")
    print(f"{'GET':<58} {'req/s':>8} {'p50':>7} {'p99':>7}  statuses")
    rows = [("/api/v1/analytics/editions/cisce-2025/overview (analyst)",
             hey(f"{analytics_url}/api/v1/analytics/editions/cisce-2025/overview", concurrency, requests,
                 [f"Authorization: Bearer {analyst_token}"])),
            ("/api/v1/exhibitors?editionId=cisce-2025&size=20 (anonymous)",
             hey(f"{exhibitor_url}/api/v1/exhibitors?editionId=cisce-2025&size=20", concurrency, requests))]
    for name, (rps, p50, p99, statuses) in rows:
        print(f"{name:<58} {rps:>8.0f} {p50:>7.1f} {p99:>7.1f}  {statuses}")
    print(f"overview ÷ directory throughput: {rows[0][1][0] / rows[1][1][0]:.1f}× (aim ≥ 3×)")


# ------------------------------------------------------------------------------------------------------------------
# (b) lag from commit to visible in the overview
# ------------------------------------------------------------------------------------------------------------------

def commit_at_rate(pghost, pgport, edition, count, rate):
    """Commits `count` registration events at `rate` per second, one transaction each (psql autocommit, open
    loop); returns each commit's time (epoch seconds, PostgreSQL's clock, in commit order) and the seconds taken."""
    env = dict(os.environ, PGPASSWORD=os.environ.get("EXPO_PG_PASSWORD", "expo"))
    process = subprocess.Popen(["psql", "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-h", pghost, "-p", str(pgport),
                                "-U", "expo", "-d", "expo_registration"],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env)
    committed = []
    reader = threading.Thread(target=lambda: committed.extend(float(line) for line in process.stdout if line.strip()))
    reader.start()
    started = time.monotonic()
    for n in range(count):
        delay = started + n / rate - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        registration = str(uuid.uuid4())
        # the statement commits on its own; the time printed after it is (within a few µs) its commit
        process.stdin.write(OUTBOX_INSERT.format(event=uuid.uuid4(), key=registration,
                                                 payload=payload(registration, edition, n, "2030-02-01"))
                            + ";\nselect extract(epoch from clock_timestamp());\n")
        process.stdin.flush()
    seconds = time.monotonic() - started
    process.stdin.close()
    reader.join()
    if process.wait() != 0:
        sys.exit("psql could not write to expo_registration's outbox")
    return committed, seconds


def lag(organizer_token, analyst_token, exhibitor_url, analytics_url, pghost, pgport, rate, seconds):
    edition = "bench-analytics-lag-" + datetime.datetime.now(datetime.timezone.utc).strftime("%Y%m%d%H%M%S")
    create_edition(Client(exhibitor_url, organizer_token), Client(analytics_url, analyst_token), edition, "2030-02-01")
    count = int(rate * seconds)
    seen = []  # (time the overview first counted k, k)
    done = threading.Event()

    def poll():
        client = Client(analytics_url, analyst_token)
        counted = 0
        while counted < count and not done.is_set():
            status, body, _ = client.call("GET", f"/api/v1/analytics/editions/{edition}/overview")
            at = time.time()
            if status == 200 and body["visitors"]["registered"] > counted:
                counted = body["visitors"]["registered"]
                seen.append((at, counted))
            time.sleep(POLL)

    poller = threading.Thread(target=poll)
    poller.start()
    committed, took = commit_at_rate(pghost, pgport, edition, count, rate)
    poller.join(timeout=120)
    done.set()
    poller.join()
    latencies = []
    i = 0
    for k in range(1, count + 1):
        while i < len(seen) and seen[i][1] < k:
            i += 1
        if i == len(seen):
            break
        latencies.append((seen[i][0] - committed[k - 1]) * 1000)
    print(f"(b) lag from commit in registration-service's outbox to visible in the overview: {count} events at "
          f"{rate:g}/s, one transaction each (open loop), overview polled every {POLL * 1000:.0f} ms")
    print(f"{'target/s':>9} {'achieved/s':>11} {'events':>7} {'visible':>8} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8}")
    if not latencies:
        sys.exit(f"the overview of {edition} counted none of the {count} events within 120 s")
    print(f"{rate:>9g} {count / took:>11.0f} {count:>7} {len(latencies):>8} {percentile(latencies, 50):>8.1f} "
          f"{percentile(latencies, 99):>8.1f} {max(latencies):>8.1f}")
    if len(latencies) < count:
        sys.exit(f"only {len(latencies)} of {count} events became visible within 120 s")


# ------------------------------------------------------------------------------------------------------------------
# (c) rebuild
# ------------------------------------------------------------------------------------------------------------------

def events_on_topics(pghost, pgport):
    """The events the producers have published and still keep (their outboxes keep sent rows 7 days, as long as
    Kafka keeps them by default): what a rebuild reads, give or take."""
    return sum(int(psql(pghost, pgport, db, "-c", "select count(*) from outbox_event where status = 'SENT'"))
               for db in PRODUCERS)


def pending(pghost, pgport):
    return sum(int(psql(pghost, pgport, db, "-c", "select count(*) from outbox_event where status = 'PENDING'"))
               for db in PRODUCERS)


def top_up(pghost, pgport, events):
    """`events` synthetic registrations of the rebuild edition, in transactions of 10,000 rows."""
    categories = "array['PROFESSIONAL', 'PUBLIC', 'MEDIA', 'RESEARCHER', 'TEACHER', 'STUDENT']"
    countries = "array[" + ", ".join(f"'{c}'" for c in COUNTRIES) + "]"
    for first in range(0, events, 10_000):
        psql(pghost, pgport, "expo_registration", "-c", f"""
            insert into outbox_event (event_id, topic, aggregate_id, record_key, type, occurred_at, payload)
            select gen_random_uuid(), 'expo.registrations', r::text, r::text, 'expo.registration.created.v1',
                   clock_timestamp(), json_build_object('registrationId', r, 'editionId', '{REBUILD_EDITION}',
                       'category', ({categories})[1 + n % 6], 'status', 'CONFIRMED',
                       'countryCode', ({countries})[1 + n % {len(COUNTRIES)}], 'days', json_build_array('2030-03-01'),
                       'interests', json_build_array('CLEAN_ENERGY'), 'channel', 'ORGANIZER', 'version', 0)::text
            from (select gen_random_uuid() as r, n from generate_series(1, {min(10_000, events - first)}) n) s""")


def wait_applied(analytics, pghost, pgport, timeout=900):
    """Until every producer's outbox is published and analytics reports no lag."""
    deadline = time.monotonic() + timeout
    while True:
        status, body, _ = analytics.call("GET", f"/api/v1/analytics/editions/{REBUILD_EDITION}/overview")
        lag = (body or {}).get("lag") or {}  # null while analytics cannot reach Kafka
        if pending(pghost, pgport) == 0 and status == 200 and lag.get("events") == 0:
            return body
        if time.monotonic() > deadline:
            sys.exit(f"analytics did not catch up in {timeout} s: {status} lag {lag}")
        time.sleep(1)


def figures(analytics, edition):
    _, body, _ = expect(analytics, {200}, "GET", f"/api/v1/analytics/editions/{edition}/overview")
    body.pop("lag", None)
    return body


def rebuild(organizer_token, analyst_token, exhibitor_url, analytics_url, pghost, pgport, wanted):
    analytics = Client(analytics_url, analyst_token)
    create_edition(Client(exhibitor_url, organizer_token), analytics, REBUILD_EDITION, "2030-03-01")
    available = events_on_topics(pghost, pgport)
    added = max(0, wanted - available)
    if added:
        started = time.monotonic()
        top_up(pghost, pgport, added)
        wait_applied(analytics, pghost, pgport)
        print(f"    topped up: {added} synthetic registration events for {REBUILD_EDITION} "
              f"(published and applied in {time.monotonic() - started:.0f} s)")
    else:
        wait_applied(analytics, pghost, pgport)
    before = {e: figures(analytics, e) for e in DEMO_EDITIONS}

    organizer = Client(analytics_url, organizer_token)
    started = time.monotonic()
    status, body, headers = expect(organizer, {202}, "POST", "/api/v1/analytics/rebuild")
    location = urllib.parse.urlparse(headers["Location"]).path
    while body["status"] == "RUNNING":
        time.sleep(0.5)
        _, body, _ = expect(organizer, {200}, "GET", location)
    wall = time.monotonic() - started
    if body["status"] != "COMPLETED":
        sys.exit(f"the rebuild ended {body['status']}: {body}")
    after = {e: figures(analytics, e) for e in DEMO_EDITIONS}
    seconds = (datetime.datetime.fromisoformat(body["finishedAt"].replace("Z", "+00:00"))
               - datetime.datetime.fromisoformat(body["startedAt"].replace("Z", "+00:00"))).total_seconds()
    print(f"(c) rebuild from the beginning of every topic (about {available + added} events published and kept)")
    print(f"{'events read':>12} {'seconds':>8} {'events/s':>9} {'server events/s':>16} {'wall s':>7}  demo figures unchanged")
    same = all(before[e] == after[e] for e in DEMO_EDITIONS)
    print(f"{body['eventsRead']:>12} {seconds:>8.1f} {body['eventsRead'] / seconds:>9.0f} "
          f"{body.get('eventsPerSecond', float('nan')):>16.0f} {wall:>7.1f}  {'yes' if same else 'NO'}")
    if not same:
        for e in DEMO_EDITIONS:
            if before[e] != after[e]:
                print(f"    {e} before: {json.dumps(before[e])}\n    {e} after:  {json.dumps(after[e])}")
        sys.exit("the rebuilt read model gives other figures")
    if body["eventsRead"] < wanted:
        sys.exit(f"the rebuild read {body['eventsRead']} events, fewer than the {wanted} asked for")


def main():
    organizer_token, analyst_token, exhibitor_url, analytics_url, pghost, pgport = sys.argv[1:7]
    concurrency, requests, rate, seconds, rebuild_events = (
        int(v) for v in (sys.argv[7:12] or [16, 4000, 200, 10, 100_000]))
    throughput(analyst_token, exhibitor_url, analytics_url, concurrency, requests)
    print()
    lag(organizer_token, analyst_token, exhibitor_url, analytics_url, pghost, pgport, rate, seconds)
    print()
    rebuild(organizer_token, analyst_token, exhibitor_url, analytics_url, pghost, pgport, rebuild_events)


if __name__ == "__main__":
    main()
