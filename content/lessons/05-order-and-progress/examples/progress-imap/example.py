import sys
from multiprocessing import Pool

try:
    from tqdm import tqdm  # the usual progress bar (pip install tqdm); it draws on stderr
except ImportError:
    # tqdm is optional for this example: without it, this stand-in reports progress the
    # same way (on stderr), so stdout below is identical with or without tqdm.
    def tqdm(iterable, total, desc):
        for done, item in enumerate(iterable, start=1):
            yield item
            print(f"{desc}: {done}/{total}", file=sys.stderr)

N = 1_200_000  # about 0.1 s of CPython arithmetic per task


def crunch(n):
    total = 0
    for i in range(n):
        total += (i % 7) * (i % 5)
    return total


def square(x):
    crunch(N)  # stands in for real work
    return x * x


if __name__ == "__main__":
    items = range(12)
    total = 0
    with Pool(2) as pool:
        results = pool.imap_unordered(square, items)
        for value in tqdm(results, total=len(items), desc="squares"):  # total: imap has no len()
            total += value  # the order does not matter for a sum
    print(f"done: {len(items)} tasks")
    print(f"sum of squares of 0..11: {total}")
