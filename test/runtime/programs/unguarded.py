# No main guard: every child re-imports the module and tries to start a process of its own, which
# fails with RuntimeError in the child (exit code 1) instead of spawning forever.
import multiprocessing as mp


def work():
    print("work runs")


mp.set_start_method("spawn", force=True)
print("top level runs in", mp.current_process().name, flush=True)
p = mp.Process(target=work)
p.start()
p.join()
print("exitcode", p.exitcode)
