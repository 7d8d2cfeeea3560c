#!/usr/bin/env python3
"""Event latency from commit to applied, measured on the running suite (./expo up).

For each target rate (default 50, 100 and 200 events/s) creates rate x SECONDS editions on exhibitor-service
(POST /api/v1/editions, open loop, CONCURRENCY clients), waits until all three consumers have applied them, and reports per consumer the time from the event's creation in the producing
transaction (exhibitor's createdAt, and for analytics the event's ce_time) to the moment the consumer applied
it (booth/registration updatedAt, analytics lastAppliedAt). Standard library only.
"""
import concurrent.futures
import datetime
import json
import os
import subprocess
import sys
import time
import urllib.error
import urllib.request

EXHIBITOR, BOOTH, REGISTRATION, ANALYTICS = (f"http://127.0.0.1:{p}" for p in (8081, 8082, 8083, 8084))


def ts(text):
    return datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))


def call(method, url, token=None, body=None):
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, method=method)
    if data is not None:
        request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", "Bearer " + token)
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.status, json.loads(response.read() or b"null")


def pages(url, token=None):
    page = 0
    while True:
        sep = "&" if "?" in url else "?"
        _, body = call("GET", f"{url}{sep}size=100&page={page}", token)
        yield from body["items"]
        if (page + 1) * 100 >= body["total"]:
            return
        page += 1


def pages_from_end(url, token=None):
    """The pages of a list from its last to its first: a benchmark's editions sort last (they start in 2030 and their
    ids grow with the run), so the newest are found without reading the tens of thousands of earlier runs."""
    sep = "&" if "?" in url else "?"
    _, first = call("GET", f"{url}{sep}size=100&page=0", token)
    for page in range((first["total"] - 1) // 100, -1, -1):
        yield call("GET", f"{url}{sep}size=100&page={page}", token)[1]["items"]


def percentile(values, p):
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, int(round(p / 100 * len(ordered) + 0.5)) - 1))
    return ordered[index]


def commit_to_outbox(ids, rate):
    """Commits one edition event per id to exhibitor-service's outbox at `rate` per second, each in its own
    transaction, as the producing service's write would; returns ({id: commit time}, seconds taken)."""
    env = dict(os.environ, PGPASSWORD=os.environ.get("EXPO_PG_PASSWORD", "expo"))
    psql = subprocess.Popen(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", os.environ.get("EXPO_PG_HOST", "127.0.0.1"),
                             "-p", os.environ.get("EXPO_PG_PORT", "5432"), "-U", "expo", "-d", "expo_exhibitor"],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env)
    # The clock starts once psql has connected (it answers), so that its start-up is not taken for a slow commit.
    psql.stdin.write("\\echo connected\n")
    psql.stdin.flush()
    if psql.stdout.readline().strip() != "connected":
        sys.exit("psql could not connect to expo_exhibitor")
    committed = {}
    started = time.monotonic()
    for n, edition_id in enumerate(ids):
        delay = started + n / rate - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        payload = json.dumps({"editionId": edition_id, "name": {"en": "Latency benchmark " + edition_id},
                              "startDate": "2030-01-01", "endDate": "2030-01-05", "chains": ["CLEAN_ENERGY"],
                              "publicDays": [], "version": 0})
        committed[edition_id] = datetime.datetime.now(datetime.timezone.utc)
        psql.stdin.write("insert into outbox_event (event_id, topic, aggregate_id, record_key, type, occurred_at, payload) "
                         f"values (gen_random_uuid(), 'expo.editions', '{edition_id}', '{edition_id}', "
                         f"'expo.edition.published.v1', clock_timestamp(), '{payload}');\n")
        psql.stdin.flush()
    psql.stdin.close()
    psql.stdout.read()  # nothing: -q keeps the inserts quiet
    if psql.wait() != 0:
        sys.exit("psql could not write to expo_exhibitor's outbox")
    return committed, time.monotonic() - started


def outbox_times(ids):
    """{edition id: when its event's insert ran in expo_exhibitor}, from the outbox rows' occurred_at."""
    env = dict(os.environ, PGPASSWORD=os.environ.get("EXPO_PG_PASSWORD", "expo"))
    prefix = ids[0].rsplit("-", 1)[0] + "-"
    out = subprocess.run(["psql", "-X", "-At", "-F", "|", "-h", os.environ.get("EXPO_PG_HOST", "127.0.0.1"),
                          "-p", os.environ.get("EXPO_PG_PORT", "5432"), "-U", "expo", "-d", "expo_exhibitor", "-c",
                          "select aggregate_id, to_char(occurred_at at time zone 'UTC', "
                          "'YYYY-MM-DD\"T\"HH24:MI:SS.US\"+00:00\"') from outbox_event "
                          f"where topic = 'expo.editions' and aggregate_id like '{prefix}%'"],
                         env=env, capture_output=True, text=True, check=True).stdout
    times = dict(line.split("|", 1) for line in out.splitlines() if "|" in line)
    missing = [i for i in ids if i not in times]
    if missing:
        sys.exit(f"{len(missing)} benchmark events are not in expo_exhibitor's outbox")
    return {i: ts(times[i]) for i in ids}


def run(count, concurrency, token, rate, source):
    """Creates `count` editions at `rate` per second; returns (achieved rate, {consumer: [latency ms]})."""
    run_id = datetime.datetime.now(datetime.timezone.utc).strftime("%Y%m%d%H%M%S%f")
    since = datetime.datetime.now(datetime.timezone.utc).isoformat()
    ids = [f"bench-{run_id}-{i:05d}" for i in range(count)]
    if source == "outbox":
        commit_to_outbox(ids, rate)
        # When each insert ran in the database (its occurred_at, clock_timestamp()), not when this script handed it
        # to psql: on two busy cores psql's single session can fall seconds behind the schedule, and that delay is
        # the writer's, not the consumers'. The achieved rate is the database's too.
        created = outbox_times(ids)
        span = (max(created.values()) - min(created.values())).total_seconds()
        return (count - 1) / span if span > 0 else float(count), applied_by_consumers(ids, created, since, token)

    def create(numbered):
        n, edition_id = numbered
        if rate > 0:  # an open-loop schedule: edition n is due at n / rate seconds
            delay = started + n / rate - time.monotonic()
            if delay > 0:
                time.sleep(delay)
        status, body = call("POST", EXHIBITOR + "/api/v1/editions", token, {
            "id": edition_id, "name": {"en": "Latency benchmark " + edition_id},
            "startDate": "2030-01-01", "endDate": "2030-01-05", "chains": ["CLEAN_ENERGY"], "publicDays": []})
        assert status == 201, status
        return edition_id, ts(body["createdAt"])

    started = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(concurrency) as pool:
        created = dict(pool.map(create, enumerate(ids)))
    post_seconds = time.monotonic() - started
    return count / post_seconds, applied_by_consumers(ids, created, since, token)


def visible(url):
    try:
        call("GET", url)
        return True
    except urllib.error.HTTPError as e:
        if e.code == 404:
            return False
        raise


def applied_by_consumers(ids, created, since, token):
    """Waits until every consumer applied every edition; returns {consumer: [commit-to-applied ms]}.

    The latencies come from the services' own timestamps, so how often this polls does not change them; it
    polls lightly (one edition by id) while the consumers work, so that it does not slow down what it measures,
    and reads the full lists only once the last edition has been applied."""
    count = len(ids)
    wanted = set(ids)
    deadline = time.monotonic() + 300
    for base in (BOOTH, REGISTRATION):
        while not visible(f"{base}/api/v1/editions/{ids[-1]}"):
            if time.monotonic() > deadline:
                sys.exit(f"{base} did not apply the last event in 300 s")
            time.sleep(0.2)
    applied = {}
    for name, url, auth in (("booth-service", BOOTH + "/api/v1/editions?updatedSince=" + since, None),
                            ("registration-service", REGISTRATION + "/api/v1/editions?updatedSince=" + since, None),
                            ("analytics-service", ANALYTICS + "/api/v1/analytics/editions", token)):
        while True:
            items = {}
            if name == "analytics-service":  # no updatedSince there: read back from the end until all are found
                for page in pages_from_end(url, auth):
                    items.update((i["editionId"], i) for i in page)
                    if wanted <= items.keys():
                        break
            else:
                items = {i["id"]: i for i in pages(url.replace("+00:00", "Z"), auth)}
            if wanted <= items.keys():
                break
            if time.monotonic() > deadline:
                sys.exit(f"{name} applied only {len(wanted & items.keys())} of {count} events in 300 s")
            time.sleep(2)
        if name == "analytics-service":
            applied[name] = [(ts(items[i]["lastAppliedAt"]) - ts(items[i]["lastEventAt"])).total_seconds() * 1000
                             for i in ids]
        else:
            applied[name] = [(ts(items[i]["updatedAt"]) - created[i]).total_seconds() * 1000 for i in ids]
    return applied


def main():
    seconds, concurrency, token = float(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    rates = [float(r) for r in (sys.argv[4] if len(sys.argv) > 4 else "50,100,200").split(",")]
    source = sys.argv[5] if len(sys.argv) > 5 else "outbox"
    how = ("committed to exhibitor-service's outbox by psql, one transaction each" if source == "outbox"
           else f"created through POST /api/v1/editions ({concurrency} clients)")
    print(f"Event latency, commit to applied: edition events {how}, {seconds:g} s per rate (open loop)")
    # Warm-up, not reported: the JIT compiles the hot paths and the consumer groups settle.
    run(max(1, int(rates[0] * 5)), concurrency, token, rates[0], source)
    print(f"{'target/s':>9}{'achieved/s':>11}  {'consumer':<22}{'events':>7}{'p50 ms':>9}{'p99 ms':>9}"
          f"{'max ms':>9}  keeps up")
    for rate in rates:
        count = max(1, int(rate * seconds))
        achieved, applied = run(count, concurrency, token, rate, source)
        for name, values in applied.items():
            # Keeping up: the writes went out at the rate asked for and no backlog built (the slowest event
            # was applied within a second of its commit).
            keeps_up = "yes" if achieved >= 0.95 * rate and max(values) < 1000 else "no"
            print(f"{rate:>9g}{achieved:>11.0f}  {name:<22}{len(values):>7}{percentile(values, 50):>9.1f}"
                  f"{percentile(values, 99):>9.1f}{max(values):>9.1f}  {keeps_up}")


if __name__ == "__main__":
    main()
