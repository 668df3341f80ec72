from multiprocessing import Manager, Pool


def measure(word, results):
    # Each task writes its own key, so no two workers touch the same entry.
    results[word] = len(word)


if __name__ == "__main__":
    words = ["pool", "queue", "pipe", "manager", "lock"]
    with Manager() as manager:
        results = manager.dict()  # a proxy: every access is a message to the manager
        with Pool(2) as pool:
            pool.starmap(measure, [(word, results) for word in words])
        # Entries arrive in completion order: sort the keys for a stable report.
        for word in sorted(results.keys()):
            print(f"{word}: {results[word]}")
