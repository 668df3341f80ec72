# The initializer runs in every worker, replacements included: with maxtasksperchild=2, six tasks
# need at least three workers, and every task still sees the state its worker's initializer set.
import multiprocessing as mp

greeting = "not initialised"


def init(word):
    global greeting
    greeting = word


def greet(x):
    return f"{greeting} {x}", mp.current_process().name


if __name__ == "__main__":
    mp.set_start_method("spawn")
    pool = mp.Pool(2, initializer=init, initargs=("hello",), maxtasksperchild=2)
    results = pool.map(greet, [1, 2, 3, 4, 5, 6], 1)
    pool.close()
    pool.join()
    print([text for text, _ in results])
    print("at least 3 workers:", len({name for _, name in results}) >= 3)
