import multiprocessing as mp


def show(error):
    print(f"{type(error).__name__}: {error}")


def js(value):
    # Print like the TypeScript twin: lists as [..], tuples as [..], booleans in lower case.
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(js(v) if not isinstance(v, str) else repr(v) for v in value) + "]"
    return str(value)


def record(scores):
    scores["alice"].append(90)
    bob = scores["bob"]
    bob.append(75)
    scores["bob"] = bob


def square(n, results, log, q):
    results[n] = n * n
    log.append(n)
    q.put(n)


def add(lock, total, times):
    for _ in range(times):
        with lock:
            total.value = total.value + 1


if __name__ == "__main__":
    mp.set_start_method("spawn")
    with mp.Manager() as manager:
        print("children:", js([p.name for p in mp.active_children()]))
        print("next process:", mp.Process().name, "in", mp.current_process().name)

        d = manager.dict()
        d["a"] = 1
        d[2] = "two"
        print("get", d["a"], d[2], "fallback", d.get("zz", 5))
        try:
            d["missing"]
        except Exception as error:
            show(error)
        try:
            del d["missing"]
        except Exception as error:
            show(error)
        print("has", js("a" in d), js("b" in d), "len", len(d))
        print("setdefault", d.setdefault("c", 3), d.setdefault("a", 100))
        print("pop", d.pop("c"), d.pop("c", "gone"))
        d.update([("x", 10), ("y", 20)])
        print("keys", js(list(d.keys())), "values", js(list(d.values())))
        print("items", js([list(item) for item in d.items()]))

        l = manager.list([1, 2])
        l.append(3)
        l.extend([4, 5])
        l[0] = 10
        print("list", js(l[:]), "len", len(l), "last", l[-1], "pop", l.pop())
        try:
            l[10]
        except Exception as error:
            show(error)
        ns = manager.Namespace()
        ns.x = 1
        print("namespace x", ns.x)
        try:
            ns.y
        except Exception as error:
            show(error)

        scores = manager.dict()
        scores["alice"] = []
        scores["bob"] = []
        p = mp.Process(target=record, args=(scores,))
        p.start()
        p.join()
        print("alice", js(scores["alice"]), "bob", js(scores["bob"]))

        results = manager.dict()
        log = manager.list()
        q = manager.Queue()
        with mp.Pool(2) as pool:
            pool.starmap(square, [(n, results, log, q) for n in [1, 2, 3, 4]])
        got = sorted(q.get() for _ in range(4))
        print("squares", js(sorted([list(item) for item in results.items()])), "log", js(sorted(log[:])), "queue", js(got))

        lock = manager.Lock()
        total = manager.Value("i", 0)
        adders = [mp.Process(target=add, args=(lock, total, 50)) for _ in range(3)]
        for a in adders:
            a.start()
        for a in adders:
            a.join()
        print("locked total", total.value)
        try:
            lock.release()
        except Exception as error:
            show(error)
        event = manager.Event()
        print("event", js(event.is_set()), js(event.wait(0.05)))
        event.set()
        print("event", js(event.is_set()), js(event.wait()))
        leftover = d
    try:
        leftover["x"] = 1
    except Exception as error:
        show(error)
