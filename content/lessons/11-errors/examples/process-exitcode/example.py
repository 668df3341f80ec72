from multiprocessing import Process, Queue, current_process


def parse_age(text):
    if not text.isdigit():
        raise ValueError(f"not an age: {text!r}")
    return int(text)


def parse_all(texts):
    for text in texts:
        age = parse_age(text)
        print(f"{current_process().name} parsed {age}", flush=True)


def parse_all_reporting(texts, results):
    try:
        results.put(("ok", [parse_age(text) for text in texts]))
    except Exception as e:  # send the error home instead of dying with it
        results.put(("error", f"{type(e).__name__}: {e}"))


if __name__ == "__main__":
    p = Process(target=parse_all, args=(["31", "forty"],))
    p.start()
    p.join()  # the traceback went to the child's stderr; the parent only gets a number
    print(f"{p.name} exit code: {p.exitcode}")

    results = Queue()
    p = Process(target=parse_all_reporting, args=(["31", "forty"], results))
    p.start()
    status, detail = results.get()  # read before join, as with any queue
    p.join()
    print(f"{p.name} reported {status}: {detail} (exit code {p.exitcode})")
