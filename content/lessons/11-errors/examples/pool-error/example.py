from multiprocessing import Pool


def parse_age(text):
    if not text.isdigit():
        raise ValueError(f"not an age: {text!r}")
    return int(text)


if __name__ == "__main__":
    with Pool(2) as pool:
        print(pool.map(parse_age, ["31", "42", "7"]))

        try:
            print(pool.map(parse_age, ["31", "forty", "7"]))
        except ValueError as e:
            # Raised again here, in the main process, with the worker's traceback attached.
            print(f"map raised {type(e).__name__}: {e}")

        result = pool.apply_async(parse_age, ("forty",))
        result.wait()  # the task is over; the error waits inside the result
        print(f"ready: {result.ready()}, successful: {result.successful()}")
        try:
            result.get()
        except ValueError as e:
            print(f"get() raised {type(e).__name__}: {e}")
