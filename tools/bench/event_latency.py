#!/usr/bin/env python3
"""Event latency from commit to applied, measured on the running suite (./expo up).

Creates N editions on exhibitor-service (POST /api/v1/editions, CONCURRENCY at a time), waits until all three
consumers have applied them, and reports per consumer the time from the event's creation in the producing
transaction (exhibitor's createdAt, and for analytics the event's ce_time) to the moment the consumer applied
it (booth/registration updatedAt, analytics lastAppliedAt). Standard library only.
"""
import concurrent.futures
import datetime
import json
import sys
import time
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


def percentile(values, p):
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, int(round(p / 100 * len(ordered) + 0.5)) - 1))
    return ordered[index]


def main():
    count, concurrency, token = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    rate = float(sys.argv[4]) if len(sys.argv) > 4 else 0  # editions per second; 0 = as fast as possible
    run = datetime.datetime.now(datetime.timezone.utc).strftime("%Y%m%d%H%M%S")
    since = datetime.datetime.now(datetime.timezone.utc).isoformat()
    ids = [f"bench-{run}-{i:05d}" for i in range(count)]

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

    wanted = set(ids)
    deadline = time.monotonic() + 300
    applied = {}
    for name, url, auth in (("booth-service", BOOTH + "/api/v1/editions?updatedSince=" + since, None),
                            ("registration-service", REGISTRATION + "/api/v1/editions?updatedSince=" + since, None),
                            ("analytics-service", ANALYTICS + "/api/v1/analytics/editions", token)):
        while True:
            items = {i.get("id", i.get("editionId")): i for i in pages(url.replace("+00:00", "Z"), auth)}
            if wanted <= items.keys():
                break
            if time.monotonic() > deadline:
                sys.exit(f"{name} applied only {len(wanted & items.keys())} of {count} events in 300 s")
            time.sleep(0.5)
        if name == "analytics-service":
            applied[name] = [(ts(items[i]["lastAppliedAt"]) - ts(items[i]["lastEventAt"])).total_seconds() * 1000
                             for i in ids]
        else:
            applied[name] = [(ts(items[i]["updatedAt"]) - created[i]).total_seconds() * 1000 for i in ids]

    target = f"target {rate:g}/s" if rate > 0 else "as fast as possible"
    print(f"Event latency, commit to applied: {count} editions ({target}, {concurrency} clients) created "
          f"in {post_seconds:.1f} s ({count / post_seconds:.0f}/s)")
    print(f"{'consumer':<22}{'events':>8}{'p50 ms':>10}{'p90 ms':>10}{'p99 ms':>10}{'max ms':>10}")
    for name, values in applied.items():
        print(f"{name:<22}{len(values):>8}{percentile(values, 50):>10.1f}{percentile(values, 90):>10.1f}"
              f"{percentile(values, 99):>10.1f}{max(values):>10.1f}")


if __name__ == "__main__":
    main()
