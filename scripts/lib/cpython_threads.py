"""CPython beside threadlab's simulated GIL: the sum of the primes below LIMIT by trial
division, in chunks of STEP, once in a loop and once on a pool of WORKERS threads.
Prints one line per repeat: sequential seconds, threads seconds, and threads / sequential
speed (the figure threadlab's --gil rows show as speedup)."""
import sys
import time
from concurrent.futures import ThreadPoolExecutor


def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    i = 3
    while i * i <= n:
        if n % i == 0:
            return False
        i += 2
    return True


def chunk_sum(bounds):
    lo, hi = bounds
    return sum(n for n in range(lo, hi) if is_prime(n))


def main():
    limit, step, workers, repeats = (int(a) for a in sys.argv[1:5])
    chunks = [(i, min(i + step, limit)) for i in range(0, limit, step)]
    for _ in range(repeats):
        t0 = time.perf_counter()
        seq = sum(map(chunk_sum, chunks))
        t1 = time.perf_counter()
        with ThreadPoolExecutor(workers) as pool:
            par = sum(pool.map(chunk_sum, chunks))
        t2 = time.perf_counter()
        assert seq == par
        print(f"{t1 - t0:.3f} {t2 - t1:.3f} {(t1 - t0) / (t2 - t1):.2f}")


main()
