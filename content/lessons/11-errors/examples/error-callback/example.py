from multiprocessing import Pool


def parse_age(text):
    if not text.isdigit():
        raise ValueError(f"not an age: {text!r}")
    return int(text)


if __name__ == "__main__":
    ages, errors = [], []

    def record_error(e):  # runs in the main process, on the pool's result thread
        errors.append(f"{type(e).__name__}: {e}")

    with Pool(2) as pool:
        for text in ["31", "forty", "7", "", "88"]:
            pool.apply_async(
                parse_age, (text,), callback=ages.append, error_callback=record_error
            )
        pool.close()
        pool.join()  # after this, every callback has run

    print(f"ages: {sorted(ages)}")  # callbacks run in completion order, so sort
    for line in sorted(errors):
        print(line)
