import multiprocessing
import time


def slow_square(x):
    time.sleep(0.2)  # stands in for 0.2 s of work
    return x * x


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        result = pool.map_async(slow_square, range(6))  # an AsyncResult, at once
        try:
            result.get(timeout=0.05)
        except multiprocessing.TimeoutError:
            print("not ready after 0.05 s")
        checks = 0
        while not result.ready():
            checks += 1  # the main process is free: it could update a display here
            time.sleep(0.05)
        print(f"ready after {checks} checks")
        print(f"successful: {result.successful()}")
        print(result.get())
