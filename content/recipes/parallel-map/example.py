from multiprocessing import Pool


def square(x):
    return x * x


if __name__ == "__main__":
    with Pool(4) as pool:
        # Results come back in input order, whichever worker finished first.
        print(pool.map(square, range(10)))
