import multiprocessing as mp


def count(counter, done, slot, times):
    for _ in range(times):
        with counter.get_lock():
            counter.value += 1
    done[slot] = times


def fill(values, total):
    for i in range(len(values)):
        values[i] = values[i] * 2
    total.value = sum(values[:])


if __name__ == "__main__":
    mp.set_start_method("spawn")
    counter = mp.Value("i", 0)
    done = mp.Array("i", 4)
    processes = [mp.Process(target=count, args=(counter, done, slot, 20_000)) for slot in range(4)]
    for p in processes:
        p.start()
    for p in processes:
        p.join()
    print("with the lock:", counter.value, "of", sum(done))

    values = mp.Array("d", [1.5, 2.5, 3])
    total = mp.Value("d", 0, lock=False)
    p = mp.Process(target=fill, args=(values, total))
    p.start()
    p.join()
    print("doubled in the child:", [int(v) if v == int(v) else v for v in values[:]], "total", int(total.value))
    print("length", len(values), "last", int(values[-1]))
    try:
        values[3]
    except Exception as error:
        print(f"{type(error).__name__}: {error}")
    big = mp.Value("q", 2**40)
    print("64-bit value", big.value)
