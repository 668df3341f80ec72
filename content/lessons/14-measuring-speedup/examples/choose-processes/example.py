import multiprocessing
import os


def usable_cpus():
    """CPUs this process may run on: can be fewer than the machine has."""
    if hasattr(os, "process_cpu_count"):  # Python 3.13 and newer
        return os.process_cpu_count() or 1
    if hasattr(os, "sched_getaffinity"):  # Linux and some other Unixes
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1  # cpu_count() may return None


def square(x):
    return x * x


if __name__ == "__main__":
    cpus = usable_cpus()
    per_worker_mb = 700  # peak memory of one worker, measured on one task
    budget_mb = 4000  # what the job may use, after the parent and the OS
    tasks = list(range(10))

    by_memory = budget_mb // per_worker_mb
    processes = max(1, min(cpus, by_memory, len(tasks)))
    print(f"cpu_count: {os.cpu_count()}, usable CPUs: {cpus}")
    print(f"memory allows {by_memory} workers of {per_worker_mb} MB in {budget_mb} MB")
    print(f"processes: {processes}")
    with multiprocessing.Pool(processes) as pool:
        print(pool.map(square, tasks))
