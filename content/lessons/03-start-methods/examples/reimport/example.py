import multiprocessing

# Top-level code runs whenever this file is imported: once in the parent,
# and again in every spawned child, where __name__ is "__mp_main__".
me = multiprocessing.current_process().name
print(f"module loaded in {me}; guard is {__name__ == '__main__'}")


def work():
    print(f"work() runs in {multiprocessing.current_process().name}")


if __name__ == "__main__":
    # The browser runtime always spawns. Linux Python 3.11 would fork by default,
    # and a forked child does not load the module again, so choose spawn here.
    multiprocessing.set_start_method("spawn")
    print("main: starting a child")
    p = multiprocessing.Process(target=work)
    p.start()
    p.join()
    print("main: done")
