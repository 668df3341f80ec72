from multiprocessing import Pool


def cube(x):
    if x < 0:
        raise ValueError(f"negative input {x}")
    return x, x**3  # return the input too: callbacks only see the result


if __name__ == "__main__":
    results = {}
    errors = []

    # Callbacks run in the parent (in the pool's result thread), so they may
    # be nested functions and may write to the parent's variables.
    def collect(pair):
        x, value = pair
        results[x] = value

    def report(err):
        errors.append(str(err))

    pool = Pool(2)
    for x in [3, 1, -2, 4, 2]:
        pool.apply_async(cube, (x,), callback=collect, error_callback=report)
    pool.close()  # no more tasks
    pool.join()  # wait until every task and callback has run
    for x in sorted(results):
        print(f"{x} -> {results[x]}")
    for message in errors:
        print(f"error: {message}")
