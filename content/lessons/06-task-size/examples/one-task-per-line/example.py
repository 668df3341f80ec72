import time
from multiprocessing import Pool

SETUP_SECONDS = 0.003  # e.g. loading a word list: paid on every call that needs it


def load_stopwords():
    time.sleep(SETUP_SECONDS)
    return {"the", "a", "of"}


def count_line(line):
    # One task per line: the setup runs once per line.
    stopwords = load_stopwords()
    words = [w for w in line.split() if w not in stopwords]
    return 1, len(words)  # (setups done, words counted)


def count_batch(lines):
    # One task per batch: the setup runs once per batch.
    stopwords = load_stopwords()
    words = sum(1 for line in lines for w in line.split() if w not in stopwords)
    return 1, words


def make_lines(n):
    # Stands in for open("book.txt"): the page has no file system.
    return [" ".join(["the", "word"] * (1 + i % 4)) for i in range(n)]


def report(label, results, start):
    setups = sum(s for s, _ in results)
    words = sum(w for _, w in results)
    print(f"{label}: {len(results)} results, {setups} setups, {words} words")
    return time.perf_counter() - start


if __name__ == "__main__":
    lines = make_lines(400)
    with Pool(2) as pool:
        pool.map(count_line, lines[:2])  # warm up: both workers running before any timing

        start = time.perf_counter()
        t1 = report("imap, one line per task, chunksize 1", list(pool.imap(count_line, lines)), start)

        start = time.perf_counter()
        t2 = report("imap, one line per task, chunksize 50", list(pool.imap(count_line, lines, chunksize=50)), start)

        start = time.perf_counter()
        batches = [lines[i:i + 50] for i in range(0, len(lines), 50)]
        t3 = report("map, 50 lines per task", pool.map(count_batch, batches), start)

    print(f"seconds: {t1:.2f} / {t2:.2f} / {t3:.2f}")  # about 0.6 / 0.6 / 0.01
