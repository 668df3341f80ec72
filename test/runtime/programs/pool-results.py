import multiprocessing as mp


def square(x):
    return x * x


def add(a, b):
    return a + b


class Point:
    """A class of the program: its instances cross back as instances, as pickle sends them."""

    def __init__(self, x, y):
        self.x = x
        self.y = y


def make_point(n):
    return Point(n, n + 1)


if __name__ == "__main__":
    mp.set_start_method("spawn")
    with mp.Pool(2) as pool:
        print(pool.map(square, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]))
        print(pool.map(square, []))
        print(pool.starmap(add, [(1, 2), (3, 4), (5, 6)]))
        print(pool.apply(add, (20, 22)))
        print("imap", list(pool.imap(square, [3, 1, 2], 2)))
        print("imap_unordered sorted", sorted(pool.imap_unordered(square, [3, 1, 2])))
        result = pool.map_async(square, [4, 5])
        print(result.get(), result.ready(), result.successful())
        seen = []
        cb = pool.apply_async(square, (7,), callback=lambda v: seen.append([v]))
        cb.wait()
        print("callback saw", seen)
        [point] = pool.map(make_point, [3])
        applied = pool.apply(make_point, (1,))
        print("points", isinstance(point, Point), point.x, point.y, isinstance(applied, Point), applied.y)
