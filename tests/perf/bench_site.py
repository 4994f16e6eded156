"""The site as visitors load it: gunicorn with the production settings (2 workers) serving the demo
school, loaded from this process by a few threads for a bounded time, on this machine only.

Prints, against their targets, with the previous run's figures beside them (kept in
var/bench_site.json):
- requests per second of cached anonymous pages, and of /healthz (the stack's floor) in the
  same run: cached pages should reach half of /healthz;
- server CPU milliseconds per request of each kind of page built from scratch (page cache off),
  read from the workers' own CPU time, the steadiest figure on a shared machine;
- p99 latency of uncached pages at 8 concurrent clients (≤ 250 ms).

The demo school is loaded once into var/bench_site.sqlite3 (kept for the next run; delete it to
start again). Redis (REDIS_URL, default database 11) holds the cache, as in production.
"""

import http.client
import json
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
VAR = ROOT / "var"
DB = VAR / "bench_site.sqlite3"
RESULTS = VAR / "bench_site.json"
PYTHON = sys.executable
SECONDS = float(os.environ.get("BENCH_SECONDS", "6"))
CLIENTS = 8

#: CPU milliseconds per uncached request: half of Wagtail's own demo site on the same kind of page.
CPU_TARGETS = {
    "home": 35,
    "library": 22,
    "library filtered": 30,
    "resource": 17,
    "event": 13,
    "search": 22,
}
P99_TARGET = 250


def _env(port, cache_seconds):
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        SECRET_KEY="bench-only-" + "x" * 40,
        ALLOWED_HOSTS="127.0.0.1,localhost",
        DATABASE_URL=f"sqlite:///{DB}",
        REDIS_URL=os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/11"),
        SECURE_SSL_REDIRECT="0",
        PAGE_CACHE_SECONDS=str(cache_seconds),
    )
    return env


def _manage(*args, env):
    subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True)  # noqa: S603 -- our own


def _prepare():
    VAR.mkdir(exist_ok=True)
    env = _env(0, 0)
    env["DJANGO_SETTINGS_MODULE"] = "portal.settings.dev"
    if not DB.exists():
        print("Loading the demo school into var/bench_site.sqlite3 (once; a few minutes)…")
        _manage("migrate", "--noinput", "-v0", env=env)
        _manage("bootstrap_demo", "--port", "80", env=env)
        _manage("update_index", env=env)
    # As a deployment does: brings the kept copy up to date with the code, and starts a new
    # generation of what the cache keeps (pages and menus built by the code before).
    _manage("migrate", "--noinput", "-v0", env=_env(0, 0))
    _manage("collectstatic", "--noinput", "-v0", env=_env(0, 0))


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, cache_seconds):
        self.port = _free_port()
        self.log = tempfile.TemporaryFile()  # noqa: SIM115 -- kept open while the server runs
        self.process = subprocess.Popen(  # noqa: S603 -- our own command line
            [
                PYTHON,
                "-m",
                "gunicorn",
                "portal.wsgi",
                "--workers",
                "2",
                "--bind",
                f"127.0.0.1:{self.port}",
                "--log-level",
                "warning",
            ],
            cwd=ROOT,
            env=_env(self.port, cache_seconds),
            stdout=self.log,
            stderr=self.log,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if get(self.port, "/healthz")[0] == 200:
                    break
            except OSError:
                time.sleep(0.3)
        else:
            self.stop()
            raise RuntimeError("gunicorn did not answer /healthz within a minute")

    def workers(self):
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        return [int(pid) for pid in children.read_text().split()]

    def cpu_seconds(self):
        ticks = os.sysconf("SC_CLK_TCK")
        total = 0
        for pid in self.workers():
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])  # utime + stime
        return total / ticks

    def stop(self):
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def get(port, path):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        connection.request("GET", path, headers={"Host": "localhost", "Accept-Language": "fr"})
        response = connection.getresponse()
        body = response.read()
        return response.status, body
    finally:
        connection.close()


def _load(port, paths, seconds, clients):
    """Every client asks for `paths` in turn until `seconds` have passed: (requests per second,
    sorted latencies in ms, error count)."""
    latencies, errors = [], [0]
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def client(offset):
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        n = offset
        mine = []
        while time.monotonic() < stop:
            path = paths[n % len(paths)]
            n += 1
            began = time.perf_counter()
            try:
                connection.request("GET", path, headers={"Host": "localhost"})
                response = connection.getresponse()
                response.read()
                if response.status != 200:
                    errors[0] += 1
            except (OSError, http.client.HTTPException):
                errors[0] += 1
                connection.close()
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                continue
            mine.append((time.perf_counter() - began) * 1000)
        connection.close()
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    began = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - began
    return len(latencies) / elapsed, sorted(latencies), errors[0]


def _percentile(values, fraction):
    if not values:
        return float("nan")
    return values[min(len(values) - 1, int(len(values) * fraction))]


def _urls(port):
    """One URL of each kind, found in the demo school's own pages."""
    status, home = get(port, "/fr/")
    html = home.decode()
    links = re.findall(r'href="(/fr/[^"#?]*)"', html)
    library = next(link for link in links if "ressources" in link or "bibliotheque" in link)
    library_html = get(port, library)[1].decode()
    resource = next(
        link
        for link in re.findall(r'href="(/fr/[^"#?]*)"', library_html)
        if link.startswith(library) and link != library and link.count("/") > library.count("/")
    )
    theme = re.search(r'name="theme" value="([^"]+)"', library_html)
    agenda = next(link for link in links if "agenda" in link)
    agenda_html = get(port, agenda + "?view=list")[1].decode()
    event = next(
        link
        for link in re.findall(r'href="(/fr/[^"#?]*)"', agenda_html)
        if link.startswith(agenda) and link != agenda
    )
    return {
        "home": "/fr/",
        "library": library,
        "library filtered": library + (f"?theme={theme.group(1)}" if theme else "?format=article"),
        "resource": resource,
        "event": event,
        "search": "/fr/search/?q=%C3%A9crans",
    }


def _cpu_per_request(server, path, seconds):
    get(server.port, path)  # warm: templates, the menu
    before, began, count = server.cpu_seconds(), time.monotonic(), 0
    while time.monotonic() - began < seconds:
        get(server.port, path)
        count += 1
    return (server.cpu_seconds() - before) * 1000 / count


def _before(previous):
    """The previous run's figure, or a dash on the first run."""
    return f"{previous:8.1f}" if isinstance(previous, int | float) else "       –"


def _line(name, value, unit, target, previous, higher_is_better=False):
    ok = value >= target if higher_is_better else value <= target
    before = _before(previous)
    sign = "≥" if higher_is_better else "≤"
    flag = "ok" if ok else "OVER" if not higher_is_better else "UNDER"
    print(f"  {name:<30}{value:8.1f} {unit:<6} (before {before})  target {sign} {target:<6} {flag}")


def main():
    if os.environ.get("BENCH_SITE", "1") == "0":
        return
    _prepare()
    previous = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    figures = {}

    server = Server(cache_seconds=300)
    try:
        urls = _urls(server.port)
        cached_paths = list(urls.values())
        for path in cached_paths:  # fill the cache
            get(server.port, path)
        healthz, _lat, _err = _load(server.port, ["/healthz"], SECONDS, CLIENTS)
        cached, cached_latencies, cached_errors = _load(server.port, cached_paths, SECONDS, CLIENTS)
    finally:
        server.stop()
    figures["healthz req/s"] = healthz
    figures["cached req/s"] = cached
    figures["cached p99 ms"] = _percentile(cached_latencies, 0.99)

    server = Server(cache_seconds=0)
    try:
        # Both workers read what each page keeps (the menu, the library's index) before the count:
        # the figures are those of a site in use, not of its first request after a change.
        _load(server.port, cached_paths, 1.0, CLIENTS)
        for name, path in urls.items():
            figures[f"cpu ms {name}"] = _cpu_per_request(server, path, SECONDS / 2)
        _rate, latencies, errors = _load(server.port, cached_paths, SECONDS, CLIENTS)
    finally:
        server.stop()
    figures["uncached req/s"] = _rate
    figures["uncached p99 ms"] = _percentile(latencies, 0.99)

    print(
        f"\nThe site under gunicorn (2 workers, production settings, demo school), {CLIENTS} clients"
    )
    p = previous.get
    print(f"  {'/healthz':<30}{healthz:8.1f} req/s  (before {_before(p('healthz req/s'))})")
    _line("cached pages", cached, "req/s", round(healthz / 2, 1), p("cached req/s"), True)
    _line("cached pages p99", figures["cached p99 ms"], "ms", P99_TARGET, p("cached p99 ms"))
    for name, target in CPU_TARGETS.items():
        key = f"cpu ms {name}"
        _line(f"CPU uncached: {name}", figures[key], "ms", target, p(key))
    _line("uncached pages p99", figures["uncached p99 ms"], "ms", P99_TARGET, p("uncached p99 ms"))
    print(
        f"  uncached pages: {figures['uncached req/s']:.1f} req/s; errors {cached_errors + errors}"
    )
    RESULTS.write_text(json.dumps(figures, indent=1))


if __name__ == "__main__":
    main()
