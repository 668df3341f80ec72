import multiprocessing


def square(x, results):
    # A return value would be lost: nothing in the parent receives it.
    # Put the answer on the queue instead, labelled with its input.
    results.put((x, x * x))


if __name__ == "__main__":
    results = multiprocessing.Queue()
    processes = [multiprocessing.Process(target=square, args=(x, results)) for x in [1, 2, 3, 4]]
    for p in processes:
        p.start()
    arrived = [results.get() for _ in processes]  # one get per process, before the joins
    for p in processes:
        p.join()
    print(f"arrival order: {[x for x, _ in arrived]}")
    for x, y in sorted(arrived):
        print(f"{x} squared is {y}")
