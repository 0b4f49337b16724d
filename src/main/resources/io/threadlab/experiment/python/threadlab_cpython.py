"""threadlab's CPython side: the same workloads as the JVM rows, run in this interpreter.

The shell starts this script once for each table row and talks to it in JSON lines on
stdin and stdout. "open" sets the row up (a multiprocessing pool is started here, and
its start-up is timed apart, as the JVM's worker processes are); each "run" executes the
workload's tasks once and answers with the result, the wall and CPU time, and when and
where each task ran. Only the standard library is used, and the code runs on 3.8 and
later. When stdin closes, the script kills its pool's processes and exits, even in the
middle of a run, so it never outlives the shell that started it.
"""
import asyncio
import json
import multiprocessing
import os
import re
import signal
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor

TITLE = re.compile(rb"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
MAX_PAGE_BYTES = 16 << 20
PAGE_DEADLINE_SECONDS = 30


class TaskError(Exception):
    """A task failed in a way the learner can act on; its message is shown as it is."""


# ---------------------------------------------------------------- the workloads
# Ports of the notebooks' code: is_prime is theirs, cpu_bound is theirs, and a
# download is one urllib request, as their requests.get was.

def is_prime(num):
    if num <= 1:
        return False
    elif num <= 3:
        return True
    elif num % 2 == 0 or num % 3 == 0:
        return False
    i = 5
    while i * i <= num:
        if num % i == 0 or num % (i + 2) == 0:
            return False
        i += 6
    return True


def sum_primes(lo, hi):
    total = 0
    for n in range(lo, hi):
        if is_prime(n):
            total += n
    return total


def cpu_bound(number):
    return sum(i * i for i in range(number))


_io = threading.local()


def blocking(call):
    """Runs a blocking call and notes when it waited, for the timeline."""
    start = time.perf_counter_ns()
    try:
        return call()
    finally:
        _io.span = (start, time.perf_counter_ns())


class Workload:
    processes = True

    def fresh(self):
        """State shared by one run's tasks (the race's counter)."""

    def combine(self, parts):
        return sum(parts)


class Primes(Workload):
    def __init__(self, p):
        self.limit = p["limit"]
        self.chunk = p["chunk"]

    def count(self, workers):
        return -(-self.limit // self.chunk)

    def run(self, i, workers):
        lo = i * self.chunk
        return sum_primes(lo, min(self.limit, lo + self.chunk))


class Squares(Workload):
    def __init__(self, p):
        self.number = p["count"]
        self.size = p["size"]

    def count(self, workers):
        return self.number

    def run(self, i, workers):
        return cpu_bound(self.size + i)


class Sleep(Workload):
    def __init__(self, p):
        self.tasks = p["tasks"]
        self.seconds = p["duration"] / 1000.0

    def count(self, workers):
        return self.tasks

    def run(self, i, workers):
        blocking(lambda: time.sleep(self.seconds))
        return 1

    async def arun(self, i):
        await asyncio.sleep(self.seconds)
        return 1


def fetch_error(url, reason):
    return TaskError("could not fetch %s: %s" % (url, reason))


def reason_of(e):
    if isinstance(e, urllib.error.URLError) and not isinstance(e, urllib.error.HTTPError):
        e = e.reason
    if isinstance(e, ConnectionRefusedError):
        return "connection refused"
    if isinstance(e, (TimeoutError, asyncio.TimeoutError)) or "timed out" in str(e):
        return "timed out"
    if isinstance(e, OSError) and e.strerror:
        return e.strerror
    return str(e) or type(e).__name__


class Fetch(Workload):
    def __init__(self, p):
        self.urls = p.get("url") or []
        self.base = p.get("base")
        self.requests = p["requests"]

    def count(self, workers):
        return len(self.urls) or self.requests

    def url(self, i):
        return self.urls[i] if self.urls else self.base + str(i)

    def score(self, i, status, body):
        if self.urls and status // 100 != 2:
            raise fetch_error(self.url(i), "the server answered HTTP %d" % status)
        if len(body) > MAX_PAGE_BYTES:
            raise fetch_error(self.url(i), "the page is larger than %d MB" % (MAX_PAGE_BYTES >> 20))
        m = TITLE.search(body)
        if status != 200 or not m:
            return 0
        return 1 if self.urls or m.group(1).decode("utf-8", "replace").strip() == "Page %d" % i else 0

    def run(self, i, workers):
        url = self.url(i)

        def get():
            try:
                with urllib.request.urlopen(url, timeout=PAGE_DEADLINE_SECONDS) as r:
                    return r.status, r.read(MAX_PAGE_BYTES + 1)
            except urllib.error.HTTPError as e:
                return e.code, b""
            except (OSError, ValueError) as e:
                raise fetch_error(url, reason_of(e))
        status, body = blocking(get)
        return self.score(i, status, body)

    async def arun(self, i):
        url = self.url(i)
        try:
            status, body = await asyncio.wait_for(http_get(url), PAGE_DEADLINE_SECONDS)
        except TaskError:
            raise
        except (OSError, ValueError, asyncio.TimeoutError, asyncio.IncompleteReadError) as e:
            raise fetch_error(url, reason_of(e))
        return self.score(i, status, body)


async def http_get(url, redirects=5):
    """One GET with asyncio's streams: the standard library has no async HTTP client."""
    u = urllib.parse.urlsplit(url)
    secure = u.scheme == "https"
    reader, writer = await asyncio.open_connection(u.hostname, u.port or (443 if secure else 80),
                                                   ssl=True if secure else None)
    try:
        path = (u.path or "/") + ("?" + u.query if u.query else "")
        writer.write(("GET %s HTTP/1.1\r\nHost: %s\r\nConnection: close\r\nUser-Agent: threadlab\r\n\r\n"
                      % (path, u.netloc)).encode("ascii"))
        await writer.drain()
        head = await reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split()[1])
        headers = {}
        for line in lines[1:]:
            if ":" in line:
                k, v = line.split(":", 1)
                headers[k.strip().lower()] = v.strip()
        if status in (301, 302, 303, 307, 308) and "location" in headers:
            if redirects == 0:
                raise fetch_error(url, "too many redirects (HTTP %d)" % status)
            return await http_get(urllib.parse.urljoin(url, headers["location"]), redirects - 1)
        if "content-length" in headers:
            body = await reader.readexactly(min(int(headers["content-length"]), MAX_PAGE_BYTES + 1))
        else:
            body = await reader.read(MAX_PAGE_BYTES + 1)
        return status, body
    finally:
        writer.close()


class Counter:
    def __init__(self):
        self.value = 0


class Race(Workload):
    """x += 1 on one shared counter from every thread; "synchronized" takes a lock around it."""
    processes = False

    def __init__(self, p):
        self.increments = p["increments"]
        self.locked = p["counter"][0] == "synchronized"
        self.fresh()

    def fresh(self):
        self.counter = Counter()
        self.lock = threading.Lock()

    def count(self, workers):
        return workers

    def run(self, i, workers):
        counter = self.counter
        if self.locked:
            lock = self.lock
            for _ in range(self.increments):
                with lock:
                    counter.value += 1
        else:
            for _ in range(self.increments):
                counter.value += 1
        return 0

    def combine(self, parts):
        return self.counter.value


WORKLOADS = {"primes": Primes, "squares": Squares, "sleep": Sleep, "fetch": Fetch, "race": Race}

# ---------------------------------------------------------------- running tasks

W = None  # this process's workload


def init_worker(experiment, params):
    """A pool process's set-up: the workload, and (on Linux) death with its parent."""
    global W
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        import ctypes
        ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except Exception:
        pass  # not Linux: the parent kills its pool when the shell goes
    W = WORKLOADS[experiment](params)


def noop(_):
    return os.getpid()


def timed(args):
    """Runs task i and says when, where and with how much CPU time it ran."""
    i, workers = args
    _io.span = None
    t0 = time.perf_counter_ns()
    c0 = time.thread_time_ns()
    result = W.run(i, workers)
    c1 = time.thread_time_ns()
    t1 = time.perf_counter_ns()
    return i, result, t0, t1, c1 - c0, _io.span, os.getpid(), threading.get_ident()


class Row:
    def __init__(self, experiment, params, mode, workers):
        global W
        W = WORKLOADS[experiment](params)
        self.experiment = experiment
        self.params = params
        self.mode = mode
        self.workers = workers
        self.pool = None
        self.spawn_ns = None
        if mode == "processes":
            start = time.perf_counter_ns()
            self.pool = multiprocessing.Pool(workers, initializer=init_worker, initargs=(experiment, params))
            # Every worker answers once before the first timed run, so none is still starting.
            self.pool.map(noop, range(workers), chunksize=1)
            self.spawn_ns = time.perf_counter_ns() - start

    def run(self, trace):
        W.fresh()
        n = W.count(self.workers)
        jobs = [(i, self.workers) for i in range(n)]
        c0 = time.process_time_ns()
        t0 = time.perf_counter_ns()
        if self.mode == "sequential":
            done = [timed(job) for job in jobs]
        elif self.mode == "threads":
            with ThreadPoolExecutor(max_workers=self.workers) as pool:
                futures = [pool.submit(timed, job) for job in jobs]
                done = [f.result() for f in futures]
        elif self.mode == "processes":
            done = self.pool.map(timed, jobs, chunksize=1)
        elif self.mode == "async":
            async def gather():
                return await asyncio.gather(*(W.arun(i) for i in range(n)))
            results = asyncio.run(gather())
            done = None
        else:
            raise TaskError("no such mode: " + self.mode)
        t1 = time.perf_counter_ns()
        cpu = time.process_time_ns() - c0
        if done is None:
            tasks = [["event loop", 0, t1 - t0, -1, 0, t1 - t0]]
        else:
            results = [d[1] for d in done]
            if self.mode == "processes":
                cpu += sum(d[4] for d in done)
            tasks = self.tasks(done, t0) if trace else []
        return {"ok": True, "result": str(W.combine(results)), "wall_ns": t1 - t0, "cpu_ns": cpu, "tasks": tasks}

    def tasks(self, done, t0):
        names = {}
        out = []
        for i, result, start, end, cpu, span, pid, tid in sorted(done, key=lambda d: d[2]):
            key = pid if self.mode == "processes" else tid
            if key not in names:
                names[key] = ("main" if self.mode == "sequential" else
                              ("process-%d" if self.mode == "processes" else "thread-%d") % (len(names) + 1))
            io = [span[0] - t0, span[1] - t0] if span else [-1, -1]
            out.append([names[key], start - t0, end - t0, cpu] + io)
        return out

    def close(self):
        if self.pool is not None:
            self.pool.terminate()
            self.pool.join()


def send(obj):
    sys.stdout.write(json.dumps(obj) + "\n")
    sys.stdout.flush()


def main():
    # Ctrl-C in the terminal reaches this process too; the shell decides what stops.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    lines = []
    ready = threading.Condition()

    def read():
        # os.read, not sys.stdin: a thread blocked in sys.stdin holds its lock, and a pool
        # process forked meanwhile would hang closing its copy.
        pending = b""
        while True:
            chunk = os.read(0, 65536)
            if not chunk:
                break
            pending += chunk
            *whole, pending = pending.split(b"\n")
            with ready:
                lines.extend(whole)
                ready.notify()
        # The shell has gone: take the pool's processes along, even in the middle of a run.
        for child in multiprocessing.active_children():
            child.kill()
        os._exit(0)

    threading.Thread(target=read, name="stdin", daemon=True).start()
    send({"ok": True, "hello": "threadlab", "version": "%d.%d.%d" % sys.version_info[:3]})
    row = None
    while True:
        with ready:
            while not lines:
                ready.wait()
            request = json.loads(lines.pop(0).decode("utf-8"))
        try:
            if request["op"] == "open":
                row = Row(request["experiment"], request["params"], request["mode"], request["workers"])
                send({"ok": True, "spawn_ns": row.spawn_ns})
            elif request["op"] == "run":
                send(row.run(request.get("trace", False)))
            elif request["op"] == "close":
                if row is not None:
                    row.close()
                send({"ok": True})
                return
        except TaskError as e:
            send({"ok": False, "error": str(e)})
        except Exception as e:
            send({"ok": False, "error": "%s: %s" % (type(e).__name__, e)})


if __name__ == "__main__":
    main()
