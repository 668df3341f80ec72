import numpy as np
from multiprocessing import Process, shared_memory

N = 100_000
WORKERS = 4


def fill(name, start, stop):
    shm = shared_memory.SharedMemory(name=name)  # attach by name: nothing is copied
    data = np.ndarray((N,), dtype=np.float64, buffer=shm.buf)
    data[start:stop] = np.arange(start, stop, dtype=np.float64) ** 2  # only this worker's slice
    del data  # drop the view before closing: close() refuses while one exists
    shm.close()


if __name__ == "__main__":
    shm = shared_memory.SharedMemory(create=True, size=N * 8)  # 8 bytes per float64
    try:
        data = np.ndarray((N,), dtype=np.float64, buffer=shm.buf)
        step = N // WORKERS
        processes = [
            Process(target=fill, args=(shm.name, w * step, (w + 1) * step))
            for w in range(WORKERS)
        ]
        for p in processes:
            p.start()
        for p in processes:
            p.join()
        print(f"{WORKERS} workers filled {N} slots")
        print(f"first five: {[int(x) for x in data[:5]]}")
        print(f"last: {int(data[-1])}")
        print(f"sum: {int(data.sum())}")
        del data
    finally:
        shm.close()
        shm.unlink()  # free the block: only the creator does this, once
