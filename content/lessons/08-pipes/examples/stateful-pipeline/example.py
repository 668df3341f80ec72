import time
from multiprocessing import Pipe, Process

FRAMES = 6
# CPython loop steps for each stage: about 0.02 s to detect, 0.05 s to estimate sizes,
# 0.05 s to classify (the stages are stand-ins for real image processing).
DETECT, SIZE, CLASSIFY = 280_000, 700_000, 700_000


def crunch(n):
    total = 0
    for i in range(n):
        total += (i % 7) * (i % 5)
    return total


def detect(frame):
    crunch(DETECT)
    return [(frame, k) for k in range(1 + frame % 3)]  # the objects found in this frame


def estimate_sizes(objects):
    crunch(SIZE)
    return [10 * (frame + k + 1) for frame, k in objects]


class Classifier:
    def __init__(self):
        time.sleep(0.3)  # costly set-up, e.g. loading a neural network from disk

    def __call__(self, objects):
        crunch(CLASSIFY)
        return ["car" if (frame + k) % 2 == 0 else "person" for frame, k in objects]


def aggregate(frame, sizes, classes):
    car = sum(s for s, c in zip(sizes, classes) if c == "car")
    person = sum(s for s, c in zip(sizes, classes) if c == "person")
    return f"frame {frame}: total size car {car}, person {person}"


def run_sequential():
    classify = Classifier()
    start = time.perf_counter()
    stats = []
    for frame in range(FRAMES):
        objects = detect(frame)
        sizes = estimate_sizes(objects)
        classes = classify(objects)
        stats.append(aggregate(frame, sizes, classes))
    return stats, FRAMES / (time.perf_counter() - start)


def classifier_worker(conn):
    # Lives as long as the pipeline: the costly set-up happens once, in this process.
    classify = Classifier()
    conn.send("ready")
    for objects in iter(conn.recv, None):
        conn.send(classify(objects))
    conn.close()


def run_parallel():
    here, there = Pipe()
    worker = Process(target=classifier_worker, args=(there,))
    worker.start()
    there.close()  # only the worker uses that end
    assert here.recv() == "ready"  # time the frames, not the set-up, as in run_sequential
    start = time.perf_counter()
    stats = []
    for frame in range(FRAMES):
        objects = detect(frame)
        here.send(objects)  # the classifier starts on them in its process ...
        sizes = estimate_sizes(objects)  # ... while this process estimates the sizes
        try:
            classes = here.recv()
        except EOFError as e:
            raise RuntimeError("the classifier process died") from e
        stats.append(aggregate(frame, sizes, classes))
    fps = FRAMES / (time.perf_counter() - start)
    here.send(None)
    worker.join()
    return stats, fps


if __name__ == "__main__":
    sequential, fps_sequential = run_sequential()
    parallel, fps_parallel = run_parallel()
    for line in parallel:
        print(line)
    print(f"same results: {parallel == sequential}")
    print(f"sequential: {fps_sequential:.1f} frames per second")  # about 8
    print(f"parallel:   {fps_parallel:.1f} frames per second")  # about 13
