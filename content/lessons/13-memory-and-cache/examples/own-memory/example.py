import multiprocessing

counter = 0  # a module-level global: every process has its own


def work(scores):
    global counter
    counter += 100
    scores.append(99)
    print(f"child:  counter={counter}, scores={scores}")


if __name__ == "__main__":
    # spawn, like the page's runtime: the child starts from a fresh import,
    # so it never runs the line below and its counter starts at 0
    multiprocessing.set_start_method("spawn")
    counter = 1
    scores = [70, 85]
    p = multiprocessing.Process(target=work, args=(scores,))
    p.start()
    p.join()
    print(f"parent: counter={counter}, scores={scores}")
