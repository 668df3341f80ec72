import multiprocessing


def power(base, exponent):
    return base**exponent


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        # starmap unpacks each tuple into arguments: power(2, 3), power(3, 2), ...
        print(pool.starmap(power, [(2, 3), (3, 2), (10, 4)]))
        # apply runs one call in a worker and waits for its result.
        print(pool.apply(power, (2, 10)))
