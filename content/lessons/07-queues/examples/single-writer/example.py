import os
import tempfile
import time
from multiprocessing import Process, Queue


def worker(name, lines):
    for i in range(3):
        time.sleep(0.05 * (1 + i))  # the work that produces a line
        lines.put(f"{name}: line {i}")  # hand the line over; never touch the file here


def writer(path, lines):
    # The only process that opens the file: lines can never interleave.
    with open(path, "w") as f:
        for line in iter(lines.get, None):
            f.write(line + "\n")


if __name__ == "__main__":
    folder = tempfile.mkdtemp()
    path = os.path.join(folder, "log.txt")
    lines = Queue()
    w = Process(target=writer, args=(path, lines))
    w.start()

    workers = [Process(target=worker, args=(f"worker-{k}", lines)) for k in range(3)]
    for p in workers:
        p.start()
    for p in workers:
        p.join()  # safe: the writer drains the queue meanwhile
    lines.put(None)  # every worker is done: tell the writer to close the file
    w.join()

    with open(path) as f:  # read the file back to show it
        text = f.read()
    print(text, end="")
    print(f"{len(text.splitlines())} whole lines, written by one process")
    os.remove(path)
    os.rmdir(folder)
