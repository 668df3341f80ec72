import time
from multiprocessing import Pool


def slow_square(x):
    time.sleep(0.3)
    return x * x


if __name__ == "__main__":
    # No initializer and no except: press Ctrl-C (the page's Stop) while this runs.
    with Pool(2) as pool:
        print(pool.map(slow_square, range(8)))
    print("finished normally")
