from concurrent.futures import ProcessPoolExecutor


def collatz_steps(n):
    """How many 3n + 1 steps it takes n to reach 1."""
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


def longest_chain(start, stop):
    """The number in range(start, stop) with the most steps, and its steps."""
    best = max(range(start, stop), key=collatz_steps)
    return best, collatz_steps(best)


if __name__ == "__main__":
    starts = [1, 10_001, 20_001, 30_001, 40_001, 50_001]
    stops = [s + 10_000 for s in starts]
    with ProcessPoolExecutor(max_workers=2) as executor:
        # Like the built-in map, executor.map takes one iterable per argument;
        # results come back in input order, like Pool.map.
        results = list(executor.map(longest_chain, starts, stops))
    # Leaving the with block called shutdown(wait=True): the workers are gone.
    for start, stop, (best, steps) in zip(starts, stops, results):
        print(f"{start}..{stop - 1}: {best} takes {steps} steps")
