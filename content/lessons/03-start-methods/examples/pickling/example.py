import multiprocessing
import pickle


def square(x):
    return x * x


def make_adder(n):
    def add(x):  # a nested function: no name the child could import it by
        return x + n

    return add


def try_to_send(label, func):
    p = multiprocessing.Process(target=func, args=(3,))
    try:
        p.start()  # spawn pickles the target here, in the parent
    except (pickle.PicklingError, AttributeError):
        # Python 3.11 raises PicklingError for a lambda, AttributeError for a nested function.
        print(f"{label}: cannot be sent")
        return
    p.join()
    print(f"{label}: sent, exitcode {p.exitcode}")


if __name__ == "__main__":
    # Fork copies the parent's memory instead of pickling the target, so under
    # fork all three would start. Spawn, like the browser runtime, must pickle.
    multiprocessing.set_start_method("spawn")
    try_to_send("top-level function", square)
    try_to_send("lambda", lambda x: x * x)
    try_to_send("nested function", make_adder(1))
