import math
from concurrent.futures import ProcessPoolExecutor, as_completed


def integer_root(x):
    if x < 0:
        raise ValueError(f"negative input {x}")
    return math.isqrt(x)


if __name__ == "__main__":
    inputs = [16, 81, -4, 144, 1_000_000]
    results = {}
    with ProcessPoolExecutor(max_workers=2) as executor:
        futures = {executor.submit(integer_root, x): x for x in inputs}
        # as_completed yields each future as soon as it is done, in any order.
        for future in as_completed(futures):
            x = futures[future]
            try:
                results[x] = future.result()  # re-raises the worker's exception
            except ValueError as err:
                results[x] = f"failed ({err})"
    for x in inputs:
        print(f"{x}: {results[x]}")
