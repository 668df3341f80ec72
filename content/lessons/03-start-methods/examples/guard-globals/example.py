import multiprocessing

setting = "default"


def show(passed):
    print(f"child: global setting = {setting}, argument = {passed}")


if __name__ == "__main__":
    # Under fork the child would inherit the changed global; spawn, like the
    # browser runtime, gives it a freshly imported module instead.
    multiprocessing.set_start_method("spawn")
    setting = "changed in main"  # runs only in the parent: children skip the guard
    print(f"main:  global setting = {setting}")
    p = multiprocessing.Process(target=show, args=(setting,))
    p.start()
    p.join()
