"""What the benchmarks share: a keep-alive HTTP client for set-up, percentiles, pgbench for the bare SQL of a write
in a scratch database, in the same run, and `load`, which runs the Java load generator (expo-launcher's Load) so
that the measured requests are not sent by Python threads, which would take the cores from the server."""
import http.client
import json
import os
import resource
import subprocess
import sys
import tempfile
import urllib.parse

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
# CPU seconds of the child processes, by kind ("load", "pgbench"): what the client side of the benchmarks cost.
CHILD_CPU = {"load": 0.0, "pgbench": 0.0}


def children_cpu():
    """CPU seconds (user + system) of every child process waited for so far."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


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
            before = children_cpu()
            out = subprocess.run(["pgbench", "-n", "-c", str(workers), "-j", str(min(workers, 2)), "-T", str(seconds),
                                  "-f", script, "-l", "--log-prefix", os.path.join(tmp, "log"), database],
                                 env=env, check=True, capture_output=True, text=True, cwd=tmp).stdout
            CHILD_CPU["pgbench"] += children_cpu() - before
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


def load_command():
    """The java command that runs Load: the classpath from EXPO_BENCH_LOAD_CP (./expo bench passes the launcher's
    own jar), else the built launcher of this repository; the JVM from EXPO_BENCH_JAVA, else java on PATH. The JVM
    options keep the client cheap (one C1 compiler, serial GC): EXPO_BENCH_LOAD_JVM replaces them."""
    classpath = os.environ.get("EXPO_BENCH_LOAD_CP") or os.path.join(ROOT, "expo-launcher/target/expo-launcher.jar")
    options = os.environ.get("EXPO_BENCH_LOAD_JVM", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss256k -Xmx256m")
    return [os.environ.get("EXPO_BENCH_JAVA") or "java", *options.split(), "-cp", classpath,
            "org.cisce.expo.launcher.Load"]


def load(url, method="GET", headers=(), body=None, bodies=None, connections=8, requests=None, warmup=0, rate=None,
         seconds=None, capture=None):
    """One run of Load, its JSON line as a dict (requests, seconds, perSecond, p50, p90, p99, max in ms, late,
    statuses {code: count}, errors). `body` is a template ({n}: the request's index, warm-up first), `bodies` a list
    of bodies (request i sends bodies[i % len]); with `capture`, result["captured"] lists that string field of
    every 2xx answer, warm-up included."""
    with tempfile.TemporaryDirectory() as tmp:
        command = load_command() + ["--url", url, "--method", method, "--connections", str(connections),
                                    "--warmup", str(warmup)]
        for header in headers:
            command += ["--header", header]
        if body is not None:
            command += ["--body", body]
        if bodies is not None:
            path = os.path.join(tmp, "bodies")
            with open(path, "w") as f:
                f.writelines(b + "\n" for b in bodies)
            command += ["--bodies", path]
        if requests is not None:
            command += ["--requests", str(requests)]
        if rate is not None:
            command += ["--rate", str(rate)]
        if seconds is not None:
            command += ["--seconds", str(seconds)]
        captured = os.path.join(tmp, "captured")
        if capture:
            command += ["--capture", capture, "--capture-file", captured]
        before = children_cpu()
        done = subprocess.run(command, capture_output=True, text=True)
        CHILD_CPU["load"] += children_cpu() - before
        for line in done.stderr.splitlines():
            print("    " + line, file=sys.stderr)
        if done.returncode != 0 or not done.stdout.strip():
            sys.exit(f"Load failed (exit {done.returncode}) on {method} {url}: {' '.join(command[:3])} ...")
        result = json.loads(done.stdout.strip().splitlines()[-1])
        result["statuses"] = {int(k): v for k, v in result["statuses"].items()}
        if capture:
            with open(captured) if os.path.exists(captured) else open(os.devnull) as f:
                result["captured"] = [line.rstrip("\n") for line in f if line.strip()]
        return result


def statuses_text(statuses):
    return " ".join(f"{k}×{v}" for k, v in sorted(statuses.items(), key=str))
