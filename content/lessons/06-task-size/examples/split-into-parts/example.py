import time
from multiprocessing import Pool

UNIT = 0.008  # seconds per unit of work; item i costs i + 1 units, so later items are heavier


def array_split(items, n):
    # Like numpy.array_split: n parts whose sizes differ by at most one,
    # the first len(items) % n parts one item longer.
    size, extra = divmod(len(items), n)
    parts, start = [], 0
    for k in range(n):
        end = start + size + (1 if k < extra else 0)
        parts.append(items[start:end])
        start = end
    return parts


def cost(part):
    return sum(i + 1 for i in part)


def work(part):
    time.sleep(cost(part) * UNIT)  # stands in for processing the items of this part
    return len(part)


if __name__ == "__main__":
    print(f"10 items in 3 parts: {array_split(list(range(10)), 3)}")
    print(f"3 items in 4 parts: {array_split(list(range(3)), 4)}")

    items = list(range(16))
    plans = [
        ("2 parts", array_split(items, 2)),
        ("8 parts", array_split(items, 8)),
        ("8 parts, heaviest first", sorted(array_split(items, 8), key=cost, reverse=True)),
    ]
    with Pool(2) as pool:
        pool.map(work, [[0], [0]])  # warm up: both workers running before any timing
        for label, parts in plans:
            start = time.perf_counter()
            done = sum(pool.map(work, parts, chunksize=1))  # one part per task
            elapsed = time.perf_counter() - start
            print(f"{label}: cost per part {[cost(p) for p in parts]}")
            print(f"  {done} items in {elapsed:.2f} s")  # about 0.80, 0.61 and 0.55 s
