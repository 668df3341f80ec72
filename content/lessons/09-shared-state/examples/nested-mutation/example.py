from multiprocessing import Manager, Process


def record(scores):
    scores["alice"].append(90)  # appends to a copy that is thrown away

    bob = scores["bob"]  # a copy of the list...
    bob.append(75)  # ...changed here...
    scores["bob"] = bob  # ...and written back: this is what the manager stores


if __name__ == "__main__":
    with Manager() as manager:
        scores = manager.dict()
        scores["alice"] = []
        scores["bob"] = []

        p = Process(target=record, args=(scores,))
        p.start()
        p.join()

        print(f"alice: {scores['alice']}")
        print(f"bob: {scores['bob']}")
