import math
from multiprocessing import Pool


def same(pair):
    return pair[0] is pair[1]


def echo(value):
    return value


def nothing():
    return None


def total(values):
    return sum(values)


def ordered(i):
    # Even calls answer with a number, odd ones with a long list.
    return i if i % 2 == 0 else [i] * 3000


if __name__ == "__main__":
    with Pool(1) as pool:
        shared = {"n": 1}
        print("one object twice stays one in the worker:", pool.apply(same, ([shared, shared],)))
        back = pool.apply(echo, ([shared, shared],))
        print("and comes back as one:", back[0] is back[1])
        print("negative zero:", math.copysign(1.0, pool.apply(echo, (-0.0,))) < 0)
        print("NaN:", math.isnan(pool.apply(echo, (float("nan"),))))
        print("infinity:", pool.apply(echo, (float("inf"),)) == float("inf"))
        print("None:", pool.apply(nothing) is None)
        holey = pool.apply(echo, ([1, None, 3],))
        print("None in a list:", holey[1] is None)
        nested = {"a": [1, 2.5, {"b": "c"}], "d": True, "e": None}
        print("nested:", pool.apply(echo, (nested,)) == nested)
        long = list(range(100_000))
        print("sum of a long list:", pool.apply(total, (long,)))
        seen = []
        results = [
            pool.apply_async(ordered, (i,), callback=lambda v: seen.append(v[0] if isinstance(v, list) else v))
            for i in range(20)
        ]
        for result in results:
            result.wait()
        print("callbacks in order:", " ".join(map(str, seen)))
