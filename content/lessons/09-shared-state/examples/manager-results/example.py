import time
from multiprocessing import Manager, Pool


def collatz_steps(n):
    # How many steps the Collatz rule needs to bring n down to 1.
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


def measure(n, results, finished, settings):
    time.sleep(settings.delay * (n % 4))  # uneven task lengths, so tasks finish out of order
    results[n] = collatz_steps(n)  # one key per input: no two tasks ever write the same key
    finished.append(n)


if __name__ == "__main__":
    inputs = [27, 9, 97, 6, 871, 7, 703, 3]
    with Manager() as manager:
        results = manager.dict()
        finished = manager.list()
        settings = manager.Namespace()
        settings.delay = 0.1

        with Pool(4) as pool:
            pool.starmap(measure, [(n, results, finished, settings) for n in inputs])

        print(f"finished first: {finished[0]}, last: {finished[-1]}")
        print(f"arrival order of keys: {list(results.keys())}")
        for n, steps in sorted(results.items()):
            print(f"{n:4} needs {steps:3} steps")
