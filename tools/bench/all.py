#!/usr/bin/env python3
"""./expo bench all: every figure of issue 18 (item 6) in one table, each beside its same-run anchor and the ratio
where there is one, and the aim beside it with whether it is met.

Python only orchestrates: set-up through the public APIs (the functions of registration.py, booking.py,
event_latency.py), anchors by pgbench in scratch databases (benchlib.pgbench), and every measured HTTP request sent
by Load, the Java load generator of expo-launcher (benchlib.load), in a process of its own, so that the client costs
little of the 2 cores the server needs. The rows, in the order they run:

 1. POST /api/v1/registrations, 8 connections, 2,000 after 200 warm-up (unique e-mails; the badge tokens are kept
    for the check-ins) beside pgbench inserting a visitor row and an outbox row at 8 clients; aim ratio ≥ 0.25.
 2. POST /api/v1/exhibitors (organizer), 16 connections, 2,000 after 200, beside pgbench inserting an exhibitor row
    and an outbox row at 16 clients; aim ratio ≥ 0.25.
 3. POST /api/v1/bookings (holds), 8 connections, each request its own fresh booth, 2,000 after 200, beside pgbench
    inserting a booking row at 8 clients; aim ratio ≥ 0.25.
 4. POST /api/v1/checkins at 100 scans/s for 10 s, open loop (gate token); aim p99 ≤ 20 ms.
 5. The same at 500 scans/s (a second gate client: a gate's allowance is 6,000 requests a minute); aim the rate
    achieved with p99 ≤ 100 ms.
 6. POST /api/v1/checkins/batch with 1,000 scans (the most a batch takes), one request, after a warm-up batch of
    100; aim ≤ 1 s.
 7. GET /api/v1/exhibitors?editionId=cisce-2025&size=20 anonymous, 16 connections, 20,000 after 2,000 warm-up,
    beside GET /api/v1/analytics/editions/cisce-2025/overview (organizer) the same way; aim ≥ 2,000/s, p99 ≤ 20 ms.
 8. The same directory page with If-None-Match of its current ETag (304s), beside row 7's 200s; aim: a 304 costs
    less than a 200 (more of them a second).
 9. Edition events committed to exhibitor-service's outbox at 200/s and 400/s for 10 s each (event_latency.py),
    commit to applied per consumer; aims p99 ≤ 100 ms at 200/s (the worst consumer), every consumer keeping up at
    400/s (the events went out at ≥ 95 % of the rate and none took a second).
10. Resident memory (VmRSS) of each service after the runs; aim ≤ 300 MB each.
Then the CPU seconds each service, Kafka, PostgreSQL and the client side (Load, pgbench, this script and its psql)
used over the whole run, beside the CPU time the machine had, so that a reader sees what ran out.

EXPO_BENCH_QUICK=1 makes every count a tenth and every timed part 1 s (pgbench 2 s): for trying it, not for figures.
A part that fails (a service restarted, say) is a row saying so; the others still run, and the exit status is 1.

usage: all.py --organizer-token T --gate-token G [--rush-gate-token G2] [--exhibitor-url URL] [--booth-url URL]
              [--registration-url URL] [--analytics-url URL] [--pghost HOST] [--pgport PORT] [--load-cp CLASSPATH]
              [--java JAVA] [--root DIR]
(--load-cp: the classpath of org.cisce.expo.launcher.Load, else EXPO_BENCH_LOAD_CP, else the launcher's jar.)
"""
import argparse
import datetime
import json
import os
import resource
import subprocess
import sys
import time
import traceback
import urllib.error
import urllib.request

import benchlib
import booking
import event_latency
import registration
from benchlib import load, pgbench, statuses_text

QUICK = os.environ.get("EXPO_BENCH_QUICK", "").strip() not in ("", "0")
SERVICES = ["exhibitor-service", "booth-service", "registration-service", "analytics-service"]
DIRECTORY = "/api/v1/exhibitors?editionId=cisce-2025&size=20"
OVERVIEW = "/api/v1/analytics/editions/cisce-2025/overview"
# The body of ./expo bench http's POST /api/v1/exhibitors.
EXHIBITOR_BODY = ('{"name":{"en":"Benchmark Org"},"countryCode":"DE","organizationType":"ENTERPRISE",'
                  '"contact":{"name":"Bench","email":"bench@example.com"}}')
# exhibitor-service's exhibitor table (V2__exhibitors_and_applications.sql) and the outbox as registration.py's.
EXHIBITOR_AND_OUTBOX = """
    create table exhibitor (id uuid primary key, name_en varchar(200), name_zh varchar(200),
        country_code varchar(2) not null, organization_type varchar(40) not null, website varchar(2048),
        description_en varchar(4000), description_zh varchar(4000), contact_name varchar(200),
        contact_email varchar(254), contact_phone varchar(40), created_by varchar not null,
        version bigint not null default 0, created_at timestamptz not null, updated_at timestamptz not null,
        constraint exhibitor_has_a_name check (name_en is not null or name_zh is not null),
        constraint exhibitor_country_code check (country_code ~ '^[A-Z]{2}$'));
    create index exhibitor_updated_at on exhibitor (updated_at, id);
    create index exhibitor_sort_name on exhibitor ((lower(coalesce(name_en, name_zh))), id);
    create table outbox_event (id bigserial primary key, event_id uuid not null unique, topic varchar not null,
        aggregate_id varchar not null, record_key varchar not null, type varchar not null,
        occurred_at timestamptz not null, payload varchar not null, status varchar not null default 'PENDING');"""
EXHIBITOR_INSERT = """\\set n random(1, 1000000000)
begin;
insert into exhibitor values (gen_random_uuid(), 'Benchmark Org ' || :n, null, 'DE', 'ENTERPRISE', null, null, null,
    'Bench', 'bench@example.com', null, 'http://127.0.0.1:18080/realms/cisce#bench', 0, now(), now());
insert into outbox_event (event_id, topic, aggregate_id, record_key, type, occurred_at, payload)
    values (gen_random_uuid(), 'expo.exhibitors', 'x', 'x', 'expo.exhibitor.registered.v1', now(),
    '{"exhibitorId": "x", "name": {"en": "Benchmark Org"}, "countryCode": "DE", "organizationType": "ENTERPRISE", "version": 0}');
commit;
"""


def count(n):
    return max(1, n // 10) if QUICK else n


def seconds(s):
    return 1 if QUICK else s


PGBENCH_SECONDS = 2 if QUICK else 10
# The services' JIT compiles a write path for thousands of requests; fewer measure the compiler (docs/performance.md).
WRITE_WARMUP = int(os.environ.get("EXPO_BENCH_WARMUP", "1000"))


# ------------------------------------------------------------------------------------------------------------------
# the machine: processes' CPU and memory
# ------------------------------------------------------------------------------------------------------------------

TICK = os.sysconf("SC_CLK_TCK")


def proc_cpu(pid, children=False):
    """utime + stime (and, with children, the reaped children's) of a process, in seconds; None when it is gone."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
    except OSError:
        return None
    ticks = int(fields[11]) + int(fields[12]) + (int(fields[13]) + int(fields[14]) if children else 0)
    return ticks / TICK


def pid_of(root, name):
    try:
        with open(os.path.join(root, ".expo", "pids", name + ".pid")) as f:
            return int(f.read().strip())
    except (OSError, ValueError):
        return None


def postgres_cpu():
    """PostgreSQL's CPU seconds: every process of user postgres named postgres, and the backends they reaped."""
    pids = subprocess.run(["pgrep", "-u", "postgres", "postgres"], capture_output=True, text=True).stdout.split()
    return sum(proc_cpu(p, children=True) or 0 for p in pids)


def machine_busy():
    """CPU seconds the whole machine has been busy (all cores, /proc/stat: all but idle and iowait)."""
    with open("/proc/stat") as f:
        ticks = [int(v) for v in f.readline().split()[1:9]]
    return (sum(ticks) - ticks[3] - ticks[4]) / TICK


def cpu_snapshot(root):
    snapshot = {"machine": machine_busy()}
    for name in SERVICES + ["kafka"]:
        pid = pid_of(root, name)
        snapshot[name] = (pid, proc_cpu(pid) if pid else None)
    snapshot["PostgreSQL"] = (None, postgres_cpu())
    own = resource.getrusage(resource.RUSAGE_SELF)
    snapshot["self"] = own.ru_utime + own.ru_stime
    snapshot["children"] = benchlib.children_cpu()
    snapshot["client"] = dict(benchlib.CHILD_CPU)
    snapshot["wall"] = time.monotonic()
    return snapshot


def rss_mb(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def machine():
    cores = len(os.sched_getaffinity(0))
    with open("/proc/meminfo") as f:
        total = next(int(line.split()[1]) for line in f if line.startswith("MemTotal:"))
    return cores, total / 1024 / 1024


def commit(root):
    run = lambda *a: subprocess.run(["git", "-C", root, *a], capture_output=True, text=True)
    head = run("rev-parse", "--short", "HEAD").stdout.strip() or "unknown"
    dirty = run("status", "--porcelain", "--untracked-files=no").stdout.strip()
    return head + (" (working tree modified)" if dirty else "")


# ------------------------------------------------------------------------------------------------------------------
# the table
# ------------------------------------------------------------------------------------------------------------------

ROWS = []  # (path, measured, anchor, ratio, aim, met)
FAILED = []
PARTS = [0]


def row(path, measured, anchor="—", ratio="—", aim="—", met=None):
    ROWS.append((path, measured, anchor, ratio, aim, "—" if met is None else "yes" if met else "NO"))


DATABASES = ("expo_exhibitor", "expo_booth", "expo_registration", "expo_analytics")


def settle(timeout=120):
    """Waits until no service has an outbox row left to publish and the consumers' work has drained (a part that
    overloaded a service must not be measured again in the next part's figures)."""
    env = dict(os.environ, PGPASSWORD=os.environ.get("EXPO_PG_PASSWORD", "expo"))
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        pending = 0
        for database in DATABASES:
            out = subprocess.run(["psql", "-X", "-At", "-h", os.environ.get("EXPO_PG_HOST", "127.0.0.1"), "-p",
                                  os.environ.get("EXPO_PG_PORT", "5432"), "-U", "expo", "-d", database, "-c",
                                  "select count(*) from outbox_event where status = 'PENDING'"],
                                 env=env, capture_output=True, text=True)
            pending += int(out.stdout.strip() or 0)
        if pending == 0:
            time.sleep(2)  # what the last rows published is being consumed
            return
        time.sleep(0.5)
    print("    (outboxes still pending after the wait; figures below may include that work)", flush=True)


def part(title, rows_if_failed, function, *args):
    """Runs one part, once the previous one's work has drained; should it fail, its rows ((path, aim) each) say
    so and the run goes on."""
    PARTS[0] += 1
    settle()
    print(f"[{PARTS[0]}] {title}", flush=True)
    try:
        return function(*args)
    except (Exception, SystemExit) as e:  # benchlib's helpers sys.exit with a message
        message = str(e) if isinstance(e, SystemExit) else f"{type(e).__name__}: {e}"
        print(f"    FAILED: {message}", flush=True)
        if not isinstance(e, SystemExit):
            traceback.print_exc(limit=3)
        FAILED.append(title)
        for path, aim in rows_if_failed:
            row(path, f"failed (see [{PARTS[0]}] above)", aim=aim, met=False)
        return None


def wait_ready(url, timeout=120):
    """The service answers its readiness check (it may have been restarted meanwhile)."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(url + "/q/health/ready", timeout=5) as response:
                if response.status == 200:
                    return
        except (OSError, urllib.error.URLError):
            pass
        if time.monotonic() > deadline:
            sys.exit(f"{url} is not ready after {timeout} s")
        time.sleep(1)


def fmt_rate(r):
    return f"{r['perSecond']:.0f}/s p99 {r['p99']:.1f} ms"


def fmt_detail(r):
    return f"{r['perSecond']:.0f}/s p50 {r['p50']:.1f} p99 {r['p99']:.1f} ms"


def fmt_ratio(ratio):
    return f"{ratio:.2f}" if ratio >= 0.1 else f"{ratio:.3f}"


def non2xx(r):
    bad = sum(n for code, n in r["statuses"].items() if not 200 <= code < 300) + r["errors"]
    return f", {bad} not 2xx" if bad else ""


def detail(text):
    print("    " + text, flush=True)


# ------------------------------------------------------------------------------------------------------------------
# the parts
# ------------------------------------------------------------------------------------------------------------------

def writes_row(path, result, anchor_name, pg_tps):
    ratio = result["perSecond"] / pg_tps if pg_tps else 0
    clean = not non2xx(result)
    row(path, fmt_rate(result) + non2xx(result), f"{anchor_name} {pg_tps:.0f}/s", fmt_ratio(ratio), "ratio ≥ 0.25",
        ratio >= 0.25 and clean)


def registrations(a, state):
    wait_ready(a.registration_url)
    edition, today, _ = registration.set_up(a.organizer_token, a.exhibitor_url, a.registration_url)
    n, warmup = count(2000), count(WRITE_WARMUP)
    per_second, result, badges = registration.registrations(a.organizer_token, a.registration_url, edition,
                                                            today.isoformat(), 8, n, warmup)
    state["badges"] = badges
    pg_tps, _ = pgbench(a.pghost, a.pgport, "expo_bench_registration", registration.VISITOR_AND_OUTBOX,
                        registration.VISITOR_INSERT, 8, PGBENCH_SECONDS)
    detail(f"{n} after {warmup} warm-up, 8 connections, edition {edition}: {fmt_detail(result)}, "
           f"{statuses_text(result['statuses'])}; {len(badges)} badges; pgbench {pg_tps:.0f} tps")
    writes_row(f"POST /api/v1/registrations, 8 conn", result, "pgbench visitor+outbox 8c", pg_tps)


def exhibitors(a, state):
    wait_ready(a.exhibitor_url)
    n, warmup = count(2000), count(WRITE_WARMUP)
    result = load(a.exhibitor_url + "/api/v1/exhibitors", "POST", [f"Authorization: Bearer {a.organizer_token}"],
                  body=EXHIBITOR_BODY, connections=16, requests=n, warmup=warmup)
    pg_tps, _ = pgbench(a.pghost, a.pgport, "expo_bench_exhibitor", EXHIBITOR_AND_OUTBOX, EXHIBITOR_INSERT, 16,
                        PGBENCH_SECONDS)
    detail(f"{n} after {warmup} warm-up, 16 connections: {fmt_detail(result)}, "
           f"{statuses_text(result['statuses'])}; pgbench {pg_tps:.0f} tps")
    writes_row("POST /api/v1/exhibitors, 16 conn", result, "pgbench exhibitor+outbox 16c", pg_tps)


def bookings(a, state):
    wait_ready(a.booth_url)
    exhibitor_ids, hall, setup_client = booking.set_up(a.organizer_token, a.exhibitor_url, a.booth_url, count(200))
    n, warmup = count(2000), count(WRITE_WARMUP)
    _, result = booking.uncontended(a.organizer_token, a.booth_url, hall, exhibitor_ids, 8, n, setup_client, warmup)
    pg_tps, _ = pgbench(a.pghost, a.pgport, "expo_bench_booking", booking.BOOKING_TABLE, booking.BOOKING_INSERT, 8,
                        PGBENCH_SECONDS)
    detail(f"{n} after {warmup} warm-up on fresh booths, 8 connections: {fmt_detail(result)}, "
           f"{statuses_text(result['statuses'])}; pgbench {pg_tps:.0f} tps")
    writes_row("POST /api/v1/bookings (hold), 8 conn", result, "pgbench booking insert 8c", pg_tps)


def scans(a, state, rate, token, connections, aim_p99):
    badges = state.get("badges")
    if not badges:
        sys.exit("no badges: the registrations row gave none")
    wait_ready(a.registration_url)
    secs = seconds(10)
    achieved, result, results = registration.checkins(token, a.registration_url, badges, rate, secs, connections,
                                                      count(100))
    admitted = sum(n for k, n in results.items() if k in ("ADMITTED", "RE_ENTRY"))
    detail(f"{result['requests']} scans at {rate}/s for {secs} s, {connections} connections, {len(badges)} badges: "
           f"{achieved:.0f}/s p50 {result['p50']:.1f} p99 {result['p99']:.1f} max {result['max']:.1f} ms, "
           f"late {result['late']}; {statuses_text(results)}")
    ok = admitted == result["requests"] == int(rate * secs) and not result["errors"]
    refused = "" if ok else f", {int(rate * secs) - admitted} not admitted"
    if rate <= 100:
        row(f"POST /api/v1/checkins {rate}/s open loop {secs} s",
            f"p50 {result['p50']:.1f} ms p99 {result['p99']:.1f} ms{refused}", aim=f"p99 ≤ {aim_p99} ms",
            met=ok and result["p99"] <= aim_p99)
    else:
        row(f"POST /api/v1/checkins {rate}/s open loop {secs} s",
            f"{achieved:.0f}/s p99 {result['p99']:.1f} ms{refused}", aim=f"≥ {rate}/s (99 %), p99 ≤ {aim_p99} ms",
            met=ok and achieved >= 0.99 * rate and result["p99"] <= aim_p99)


def batch(a, state):
    badges = state.get("badges")
    if not badges:
        sys.exit("no badges: the registrations row gave none")
    wait_ready(a.registration_url)
    run = f"{time.time():.3f}"
    scanned = datetime.datetime.now(datetime.timezone.utc).isoformat()

    def upload(n, tag):
        body = json.dumps({"scans": [{"badgeToken": badges[i % len(badges)], "gateId": "bench-offline-gate",
                                      "scannedAt": scanned, "nonce": f"bench-batch-{run}-{tag}-{i}"}
                                     for i in range(n)]}).encode()
        request = urllib.request.Request(a.registration_url + "/api/v1/checkins/batch", body, method="POST",
                                         headers={"Authorization": "Bearer " + a.gate_token,
                                                  "Content-Type": "application/json"})
        started = time.perf_counter()
        with urllib.request.urlopen(request, timeout=120) as response:
            answer = json.loads(response.read())
        return time.perf_counter() - started, answer

    upload(count(100), "warm-up")
    n = count(1000)
    took, answer = upload(n, "measured")
    results = {}
    for r in answer["results"]:
        results[r["result"]] = results.get(r["result"], 0) + 1
    detail(f"{n} scans in one request (the batch takes at most 1,000), after a warm-up batch of {count(100)}: "
           f"{took:.3f} s; {statuses_text(results)}")
    admitted = results.get("ADMITTED", 0) + results.get("RE_ENTRY", 0)
    row(f"POST /api/v1/checkins/batch, {n} scans", f"{took:.2f} s" + ("" if admitted == n else f", {n - admitted} "
                                                                      "not admitted"),
        aim="≤ 1 s", met=took <= 1 and admitted == n)


def directory(a, state):
    wait_ready(a.exhibitor_url)
    wait_ready(a.analytics_url)
    n, warmup = count(20000), count(2000)
    anchor = load(a.analytics_url + OVERVIEW, headers=[f"Authorization: Bearer {a.organizer_token}"], connections=16,
                  requests=n, warmup=warmup)
    page = load(a.exhibitor_url + DIRECTORY, connections=16, requests=n, warmup=warmup)
    state["directory"] = page
    detail(f"{n} after {warmup} warm-up, 16 connections: directory {fmt_detail(page)} "
           f"{statuses_text(page['statuses'])}; overview {fmt_detail(anchor)} {statuses_text(anchor['statuses'])}")
    row(f"GET {DIRECTORY} anonymous, 16 conn", fmt_rate(page) + non2xx(page),
        f"overview 16c {fmt_rate(anchor)}", fmt_ratio(page["perSecond"] / anchor["perSecond"]),
        "≥ 2000/s, p99 ≤ 20 ms", page["perSecond"] >= 2000 and page["p99"] <= 20 and not non2xx(page))


def not_modified(a, state):
    wait_ready(a.exhibitor_url)
    full = state.get("directory")
    with urllib.request.urlopen(a.exhibitor_url + DIRECTORY, timeout=10) as response:
        etag = response.headers.get("ETag")
    if not etag:
        sys.exit("the directory page has no ETag")
    n, warmup = count(20000), count(2000)
    result = load(a.exhibitor_url + DIRECTORY, headers=[f"If-None-Match: {etag}"], connections=16, requests=n,
                  warmup=warmup)
    detail(f"{n} after {warmup} warm-up, 16 connections, If-None-Match {etag}: {fmt_detail(result)} "
           f"{statuses_text(result['statuses'])}")
    all304 = result["statuses"].get(304, 0) == result["requests"] and not result["errors"]
    measured = fmt_rate(result) + ("" if all304 else f", {result['requests'] - result['statuses'].get(304, 0)} not 304")
    if full:
        ratio = result["perSecond"] / full["perSecond"]
        row("  the same, If-None-Match (304s), 16 conn", measured, f"200s above {full['perSecond']:.0f}/s",
            fmt_ratio(ratio), "304 costs less: ratio > 1", ratio > 1 and all304)
    else:
        row("  the same, If-None-Match (304s), 16 conn", measured, aim="304 costs less: ratio > 1", met=None)


def events(a, state):
    for url in (a.exhibitor_url, a.booth_url, a.registration_url, a.analytics_url):
        wait_ready(url)
    event_latency.EXHIBITOR, event_latency.BOOTH, event_latency.REGISTRATION, event_latency.ANALYTICS = (
        a.exhibitor_url, a.booth_url, a.registration_url, a.analytics_url)
    os.environ["EXPO_PG_HOST"], os.environ["EXPO_PG_PORT"] = a.pghost, str(a.pgport)
    secs = seconds(10)
    event_latency.run(count(200), 8, a.organizer_token, 200, "outbox")  # warm-up, not reported
    for rate in (200, 400):
        achieved, applied = event_latency.run(int(rate * secs), 8, a.organizer_token, rate, "outbox")
        p99 = {name: event_latency.percentile(values, 99) for name, values in applied.items()}
        worst = max(p99, key=p99.get)
        longest = max(max(values) for values in applied.values())
        keeps_up = achieved >= 0.95 * rate and longest < 1000
        detail(f"{rate}/s for {secs} s, committed at {achieved:.0f}/s: " + ", ".join(
            f"{name.split('-')[0]} p50 {event_latency.percentile(v, 50):.0f} p99 {p99[name]:.0f} max {max(v):.0f}"
            for name, v in applied.items()) + " ms")
        if rate == 200:
            row(f"events commit→applied {rate}/s, {secs} s", f"p99 {p99[worst]:.1f} ms ({worst})",
                aim="p99 ≤ 100 ms (worst consumer)", met=p99[worst] <= 100)
        else:
            row(f"events commit→applied {rate}/s, {secs} s",
                f"{'keeps up' if keeps_up else 'falls behind'}: committed {achieved:.0f}/s, p99 {p99[worst]:.0f} ms "
                f"({worst}), max {longest:.0f} ms", aim="keeps up (≥ 95 %, max < 1 s)", met=keeps_up)


def memory(a, state):
    for name in SERVICES:
        pid = pid_of(a.root, name)
        mb = rss_mb(pid) if pid else None
        if mb is None:
            row(f"VmRSS {name}", "no process", aim="≤ 300 MB", met=False)
        else:
            row(f"VmRSS {name}", f"{mb:.0f} MB", aim="≤ 300 MB", met=mb <= 300)


def cpu_lines(root, before, after):
    wall = after["wall"] - before["wall"]
    cores = machine()[0]
    parts = []
    for name in SERVICES + ["kafka", "PostgreSQL"]:
        (pid0, cpu0), (pid1, cpu1) = before[name], after[name]
        if cpu0 is None or cpu1 is None:
            parts.append(f"{name} n/a")
        elif pid0 != pid1:
            parts.append(f"{name} n/a (restarted)")
        else:
            parts.append(f"{name} {cpu1 - cpu0:.1f}")
    client = {k: after["client"][k] - before["client"][k] for k in after["client"]}
    others = (after["children"] - before["children"]) - sum(client.values())
    parts += [f"Load {client['load']:.1f}", f"pgbench {client['pgbench']:.1f}",
              f"this script {after['self'] - before['self']:.1f} (+ psql etc. {others:.1f})"]
    busy = after["machine"] - before["machine"]
    print(f"CPU seconds over the run ({wall:.0f} s wall × {cores} cores = {wall * cores:.0f} available, {busy:.0f} "
          f"used): " + ", ".join(parts[:6]))
    print("    client side: " + ", ".join(parts[6:]))
    listed = sum(cpu1 - cpu0 for name in SERVICES + ["kafka", "PostgreSQL"]
                 for (pid0, cpu0), (pid1, cpu1) in [(before[name], after[name])]
                 if cpu0 is not None and cpu1 is not None and pid0 == pid1)
    listed += after["children"] - before["children"] + after["self"] - before["self"]
    print(f"    everything else on the machine (other work, Keycloak, the kernel): {busy - listed:.1f}")


def table():
    header = ("path", "measured", "anchor (same run)", "ratio", "aim", "met")
    widths = [max(len(str(r[i])) for r in ROWS + [header]) for i in range(len(header))]
    line = lambda r: " | ".join(str(v).ljust(w) for v, w in zip(r, widths)).rstrip()
    print(line(header))
    print("-+-".join("-" * w for w in widths))
    for r in ROWS:
        print(line(r))


def main():
    parser = argparse.ArgumentParser(description="./expo bench all: one table")
    parser.add_argument("--organizer-token", required=True)
    parser.add_argument("--gate-token", required=True)
    parser.add_argument("--rush-gate-token", help="the 500 scans/s row's gate client (default: --gate-token)")
    parser.add_argument("--exhibitor-url", default="http://127.0.0.1:8081")
    parser.add_argument("--booth-url", default="http://127.0.0.1:8082")
    parser.add_argument("--registration-url", default="http://127.0.0.1:8083")
    parser.add_argument("--analytics-url", default="http://127.0.0.1:8084")
    parser.add_argument("--pghost", default=os.environ.get("EXPO_PG_HOST", "127.0.0.1"))
    parser.add_argument("--pgport", default=os.environ.get("EXPO_PG_PORT", "5432"))
    parser.add_argument("--load-cp", help="classpath of org.cisce.expo.launcher.Load (else EXPO_BENCH_LOAD_CP)")
    parser.add_argument("--java", help="the java command for Load (else EXPO_BENCH_JAVA, else java)")
    parser.add_argument("--root", default=benchlib.ROOT, help="the repository (its .expo/pids)")
    a = parser.parse_args()
    if a.load_cp:
        os.environ["EXPO_BENCH_LOAD_CP"] = a.load_cp
    if a.java:
        os.environ["EXPO_BENCH_JAVA"] = a.java
    rush = a.rush_gate_token or a.gate_token

    cores, memory_gib = machine()
    started = datetime.datetime.now(datetime.timezone.utc)
    print(f"bench all — {started:%Y-%m-%d %H:%M} UTC — commit {commit(a.root)} — {cores} cores, {memory_gib:.1f} GiB"
          + (" — QUICK (a tenth of the counts, 1 s parts: not for figures)" if QUICK else ""), flush=True)
    before = cpu_snapshot(a.root)
    state = {}
    writes = "ratio ≥ 0.25"
    part("registrations", [("POST /api/v1/registrations, 8 conn", writes)], registrations, a, state)
    part("exhibitors", [("POST /api/v1/exhibitors, 16 conn", writes)], exhibitors, a, state)
    part("booth holds", [("POST /api/v1/bookings (hold), 8 conn", writes)], bookings, a, state)
    part("check-ins at 100/s", [("POST /api/v1/checkins 100/s", "p99 ≤ 20 ms")], scans, a, state, 100, a.gate_token,
         16, 20)
    part("check-ins at 500/s", [("POST /api/v1/checkins 500/s", "≥ 500/s (99 %), p99 ≤ 100 ms")], scans, a, state,
         500, rush, 64, 100)
    part("offline batch", [("POST /api/v1/checkins/batch", "≤ 1 s")], batch, a, state)
    part("directory", [(f"GET {DIRECTORY}", "≥ 2000/s, p99 ≤ 20 ms")], directory, a, state)
    part("directory, 304", [("  the same, If-None-Match (304s)", "304 costs less: ratio > 1")], not_modified, a,
         state)
    part("events", [("events commit→applied 200/s", "p99 ≤ 100 ms (worst consumer)"),
                    ("events commit→applied 400/s", "keeps up (≥ 95 %, max < 1 s)")], events, a, state)
    part("resident memory", [("VmRSS", "≤ 300 MB")], memory, a, state)
    after = cpu_snapshot(a.root)
    print()
    table()
    cpu_lines(a.root, before, after)
    if FAILED:
        sys.exit(f"failed: {', '.join(FAILED)}")


if __name__ == "__main__":
    main()
