import multiprocessing
import sys

try:
    from tqdm import tqdm  # the usual progress bar (pip install tqdm); it draws on stderr
except ImportError:
    # tqdm is optional for this example: without it, this stand-in reports progress the
    # same way (on stderr), so stdout below is identical with or without tqdm.
    class tqdm:
        def __init__(self, total, desc):
            self.total, self.desc, self.n = total, desc, 0

        def update(self, n=1):
            self.n += n
            print(f"{self.desc}: {self.n}/{self.total}", file=sys.stderr)

        def close(self):
            pass

N = 1_200_000  # about 0.1 s of CPython arithmetic per task


def crunch(n):
    total = 0
    for i in range(n):
        total += (i % 7) * (i % 5)
    return total


def square(x):
    crunch(N)  # stands in for real work
    return x * x, multiprocessing.current_process().name


def main():
    items = range(12)
    bar = tqdm(total=len(items), desc="squares")
    values = []
    task_ran_in = set()
    callback_ran_in = set()

    def on_result(result):
        # Runs in the main process, so it may touch bar, values and the sets. It may even be
        # a nested function like this one: a callback is never pickled.
        value, worker = result
        values.append(value)
        task_ran_in.add(worker.rsplit("-", 1)[0])  # "SpawnPoolWorker-2" -> "SpawnPoolWorker"
        callback_ran_in.add(multiprocessing.current_process().name)
        bar.update()

    with multiprocessing.Pool(2) as pool:
        for x in items:
            pool.apply_async(square, (x,), callback=on_result)
        pool.close()
        pool.join()  # waits for every task and every callback
    bar.close()

    print(f"tasks ran in: {sorted(task_ran_in)}")
    print(f"callbacks ran in: {sorted(callback_ran_in)}")
    print(f"{len(values)} callbacks, sum of squares of 0..11: {sum(values)}")


if __name__ == "__main__":
    # spawn, like the page, so the workers are named SpawnPoolWorker-N
    # (Linux's default, fork, would name them ForkPoolWorker-N)
    multiprocessing.set_start_method("spawn")
    main()
