"""CPython's side of `npm run bench`: the same measurements as bench/programs/*.ts, with the
spawn start method, timed in-process. Prints one JSON object; each list holds every timed run."""
import json
import multiprocessing as mp
import statistics
import sys
import time


def echo(value):
    return value


def square(x):
    return x * x


def child(started_at, results):
    results.put(time.time() - started_at)


def apply_round_trip_us():
    with mp.Pool(1) as pool:
        for i in range(200):
            pool.apply_async(echo, (i,)).get()
        micros = []
        for i in range(2000):
            started = time.perf_counter()
            pool.apply_async(echo, (i,)).get()
            micros.append((time.perf_counter() - started) * 1e6)
    return statistics.median(micros)


def process_start_ms():
    results = mp.Queue()
    times = []
    for _ in range(20):
        p = mp.Process(target=child, args=(time.time(), results))
        p.start()
        times.append(results.get() * 1000)
        p.join()
    return statistics.median(times)


def map_ms():
    items = list(range(100_000))
    timed = {"default": [], "chunksize_1": []}
    with mp.Pool() as pool:
        pool.map(square, items[:10_000])
        for label, chunksize in (("default", None), ("chunksize_1", 1)):
            for _ in range(2):
                started = time.perf_counter()
                pool.map(square, items, chunksize)
                timed[label].append((time.perf_counter() - started) * 1000)
    return timed


def lock_pairs_per_s():
    lock = mp.Lock()
    pairs = 200_000
    started = time.perf_counter()
    for _ in range(pairs):
        lock.acquire()
        lock.release()
    return pairs / (time.perf_counter() - started)


def manager_dict_round_trip_us():
    with mp.Manager() as manager:
        shared = manager.dict()
        shared["key"] = 1
        for _ in range(200):
            shared["key"]
        micros = []
        for _ in range(2000):
            started = time.perf_counter()
            shared["key"]
            micros.append((time.perf_counter() - started) * 1e6)
    return statistics.median(micros)


def echo_pipe(conn):
    while True:
        value = conn.recv()
        if value is None:
            return
        conn.send(value)


def echo_queue(inbox, outbox):
    while True:
        value = inbox.get()
        if value is None:
            return
        outbox.put(value)


def median_micros(count, warm, round_trip):
    micros = []
    for i in range(warm + count):
        started = time.perf_counter()
        round_trip(i)
        if i >= warm:
            micros.append((time.perf_counter() - started) * 1e6)
    return statistics.median(micros)


def echo_round_trip_us(child, send, receive, count, warm):
    """Median microseconds of send(i) then receive() to the echoing `child`; None ends it."""
    child.start()

    def round_trip(i):
        send(i)
        receive()

    micros = median_micros(count, warm, round_trip)
    send(None)
    child.join()
    return micros


def pipe_round_trip_us():
    here, there = mp.Pipe()
    return echo_round_trip_us(mp.Process(target=echo_pipe, args=(there,)), here.send, here.recv, 2000, 200)


def queue_round_trip_us():
    inbox, outbox = mp.Queue(), mp.Queue()
    return echo_round_trip_us(mp.Process(target=echo_queue, args=(inbox, outbox)), inbox.put, outbox.get, 1000, 100)


if __name__ == "__main__":
    mp.set_start_method("spawn")
    maps = map_ms()
    print(json.dumps({
        "version": sys.version.split()[0],
        "apply_round_trip_us": apply_round_trip_us(),
        "process_start_ms": process_start_ms(),
        "map_default_ms": maps["default"],
        "map_chunksize_1_ms": maps["chunksize_1"],
        "lock_pairs_per_s": lock_pairs_per_s(),
        "manager_dict_round_trip_us": manager_dict_round_trip_us(),
        "pipe_round_trip_us": pipe_round_trip_us(),
        "queue_round_trip_us": queue_round_trip_us(),
        "cpu_count": mp.cpu_count(),
    }))
