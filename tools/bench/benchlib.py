"""What the benchmarks share: a keep-alive HTTP client, percentiles, and pgbench for the bare SQL of a write in a
scratch database, in the same run."""
import http.client
import json
import os
import subprocess
import sys
import tempfile
import urllib.parse


class Client:
    """One keep-alive HTTP connection, as a partner's client would hold it."""

    def __init__(self, url, token):
        parsed = urllib.parse.urlparse(url)
        self.connection = http.client.HTTPConnection(parsed.hostname, parsed.port, timeout=60)
        self.token = token

    def call(self, method, path, body=None, headers=None):
        all_headers = {"Authorization": "Bearer " + self.token, **(headers or {})}
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            all_headers["Content-Type"] = "application/json"
        self.connection.request(method, path, data, all_headers)
        response = self.connection.getresponse()
        payload = response.read()
        return response.status, (json.loads(payload) if payload else None), response.headers


def expect(client, allowed, method, path, body=None, headers=None):
    status, payload, response_headers = client.call(method, path, body, headers)
    if status not in allowed:
        sys.exit(f"{method} {path}: {status} {payload}")
    return status, payload, response_headers


def location_id(status, payload, headers):
    return payload["id"] if status == 201 else headers["Location"].rsplit("/", 1)[1]



def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))] if ordered else float("nan")


def pgbench(host, port, database, schema_sql, transaction_sql, workers, seconds=10):
    """tps and per-transaction latencies (ms) of `transaction_sql` at `workers` clients; the database is dropped after."""
    env = dict(os.environ, PGHOST=host, PGPORT=str(port), PGUSER=os.environ.get("EXPO_BENCH_PGUSER", "postgres"))
    subprocess.run(["psql", "-q", "-d", "postgres", "-c", f"drop database if exists {database}",
                    "-c", f"create database {database}"], env=env, check=True, capture_output=True)
    try:
        subprocess.run(["psql", "-q", "-v", "ON_ERROR_STOP=1", "-d", database, "-c", schema_sql], env=env, check=True,
                       capture_output=True)
        with tempfile.TemporaryDirectory() as tmp:
            script = os.path.join(tmp, "transaction.sql")
            with open(script, "w") as f:
                f.write(transaction_sql)
            out = subprocess.run(["pgbench", "-n", "-c", str(workers), "-j", str(min(workers, 2)), "-T", str(seconds),
                                  "-f", script, "-l", "--log-prefix", os.path.join(tmp, "log"), database],
                                 env=env, check=True, capture_output=True, text=True, cwd=tmp).stdout
            tps = float(next(l for l in out.splitlines() if l.startswith("tps")).split("=")[1].split()[0])
            latencies = []
            for name in os.listdir(tmp):
                if name.startswith("log"):
                    with open(os.path.join(tmp, name)) as log:
                        latencies += [int(line.split()[2]) / 1000 for line in log]
        return tps, latencies
    finally:
        subprocess.run(["psql", "-q", "-d", "postgres", "-c", f"drop database if exists {database}"], env=env,
                       capture_output=True)
