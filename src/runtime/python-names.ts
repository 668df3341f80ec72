/**
 * The Python-to-TypeScript name mapping of the runtime, as data.
 *
 * Every public name of CPython's `multiprocessing` and `threading` that the course uses maps to one
 * TypeScript spelling here. The cheat sheet page renders this table, and a unit test checks that
 * every TypeScript name listed is really exported, so the two cannot drift apart.
 */

/** One row of the mapping: a Python spelling and its TypeScript twin. */
export interface NameMapping {
  /** The module the TypeScript name is imported from. */
  module: "multiprocessing" | "threading";
  /** How Python writes it, e.g. `pool.imap_unordered(f, xs)`. */
  python: string;
  /** How the runtime writes it, e.g. `pool.imapUnordered(f, xs)`. */
  typescript: string;
  /** The exported symbol the TypeScript spelling depends on (checked by a unit test). */
  exportName: string;
  /** A difference worth knowing, if any. */
  note?: string;
}

const mp = "multiprocessing" as const;
const th = "threading" as const;

/** The full mapping, grouped by concept in the order the course introduces them. */
export const pythonNames: readonly NameMapping[] = [
  { module: mp, python: 'if __name__ == "__main__":', typescript: "if (import.meta.main) {", exportName: "currentProcess", note: "True only in the main process; children re-import the module." },
  { module: mp, python: "multiprocessing.cpu_count()", typescript: "cpuCount()", exportName: "cpuCount", note: "navigator.hardwareConcurrency" },
  { module: mp, python: "multiprocessing.current_process()", typescript: "currentProcess()", exportName: "currentProcess" },
  { module: mp, python: "multiprocessing.parent_process()", typescript: "parentProcess()", exportName: "parentProcess" },
  { module: mp, python: "multiprocessing.active_children()", typescript: "activeChildren()", exportName: "activeChildren" },
  { module: mp, python: "multiprocessing.get_start_method()", typescript: "getStartMethod()", exportName: "getStartMethod", note: 'Always "spawn".' },
  { module: mp, python: 'multiprocessing.set_start_method("spawn")', typescript: 'setStartMethod("spawn")', exportName: "setStartMethod", note: '"fork" and "forkserver" raise ValueError: a browser cannot fork.' },
  { module: mp, python: "time.sleep(s)", typescript: "await sleep(s)", exportName: "sleep", note: "Seconds, like Python." },
  { module: mp, python: "Process(target=f, args=(1,))", typescript: "new Process({ target: f, args: [1] })", exportName: "Process", note: "f must be an exported top-level function." },
  { module: mp, python: "p.start()", typescript: "p.start()", exportName: "Process" },
  { module: mp, python: "p.join(timeout)", typescript: "await p.join(timeout)", exportName: "Process" },
  { module: mp, python: "p.is_alive()", typescript: "p.isAlive()", exportName: "Process" },
  { module: mp, python: "p.exitcode, p.pid, p.name, p.daemon", typescript: "p.exitcode, p.pid, p.name, p.daemon", exportName: "Process" },
  { module: mp, python: "p.terminate(), p.kill(), p.close()", typescript: "p.terminate(), p.kill(), p.close()", exportName: "Process" },
  { module: mp, python: "Pool(processes, initializer, initargs, maxtasksperchild)", typescript: "new Pool(processes, { initializer, initargs, maxtasksperchild })", exportName: "Pool" },
  { module: mp, python: "with Pool() as pool:", typescript: "await using pool = new Pool();", exportName: "Pool", note: "Leaving the block calls terminate(), as in Python." },
  { module: mp, python: "pool.map(f, xs, chunksize)", typescript: "await pool.map(f, xs, chunksize)", exportName: "Pool" },
  { module: mp, python: "pool.map_async(f, xs)", typescript: "pool.mapAsync(f, xs)", exportName: "Pool" },
  { module: mp, python: "pool.starmap(f, pairs)", typescript: "await pool.starmap(f, pairs)", exportName: "Pool" },
  { module: mp, python: "pool.starmap_async(f, pairs)", typescript: "pool.starmapAsync(f, pairs)", exportName: "Pool" },
  { module: mp, python: "for r in pool.imap(f, xs):", typescript: "for await (const r of pool.imap(f, xs))", exportName: "Pool" },
  { module: mp, python: "for r in pool.imap_unordered(f, xs):", typescript: "for await (const r of pool.imapUnordered(f, xs))", exportName: "Pool" },
  { module: mp, python: "pool.apply(f, args)", typescript: "await pool.apply(f, args)", exportName: "Pool" },
  { module: mp, python: "pool.apply_async(f, args, callback=cb, error_callback=eb)", typescript: "pool.applyAsync(f, args, { callback: cb, errorCallback: eb })", exportName: "Pool" },
  { module: mp, python: "pool.close(); pool.join()", typescript: "pool.close(); await pool.join()", exportName: "Pool" },
  { module: mp, python: "pool.terminate()", typescript: "pool.terminate()", exportName: "Pool" },
  { module: mp, python: "result.get(timeout)", typescript: "await result.get(timeout)", exportName: "AsyncResult" },
  { module: mp, python: "result.wait(timeout), result.ready(), result.successful()", typescript: "await result.wait(timeout), result.ready(), result.successful()", exportName: "AsyncResult" },
  { module: mp, python: "Queue(maxsize)", typescript: "new Queue(maxsize)", exportName: "Queue" },
  { module: mp, python: "q.put(x, block, timeout)", typescript: "await q.put(x, block, timeout)", exportName: "Queue" },
  { module: mp, python: "q.get(block, timeout)", typescript: "await q.get(block, timeout)", exportName: "Queue" },
  { module: mp, python: "q.put_nowait(x), q.get_nowait()", typescript: "await q.putNowait(x), await q.getNowait()", exportName: "Queue", note: "Still awaited: the queue lives outside the process." },
  { module: mp, python: "q.qsize(), q.empty(), q.full()", typescript: "await q.qsize(), await q.empty(), await q.full()", exportName: "Queue" },
  { module: mp, python: "JoinableQueue()", typescript: "new JoinableQueue()", exportName: "JoinableQueue" },
  { module: mp, python: "q.task_done(), q.join()", typescript: "q.taskDone(), await q.join()", exportName: "JoinableQueue" },
  { module: mp, python: "queue.Empty, queue.Full", typescript: "Empty, Full", exportName: "Empty" },
  { module: mp, python: "a, b = Pipe(duplex)", typescript: "const [a, b] = Pipe(duplex)", exportName: "Pipe" },
  { module: mp, python: "conn.send(x), conn.recv()", typescript: "conn.send(x), await conn.recv()", exportName: "Pipe" },
  { module: mp, python: "conn.poll(timeout), conn.close()", typescript: "await conn.poll(timeout), conn.close()", exportName: "Pipe" },
  { module: mp, python: "with Manager() as manager:", typescript: "await using manager = await Manager();", exportName: "Manager" },
  { module: mp, python: "d = manager.dict()", typescript: "const d = await manager.dict()", exportName: "Manager" },
  { module: mp, python: "d[k] = v; d[k]; k in d; del d[k]", typescript: "await d.set(k, v); await d.get(k); await d.has(k); await d.delete(k)", exportName: "Manager" },
  { module: mp, python: "d.keys(), d.values(), d.items(), len(d)", typescript: "await d.keys(), await d.values(), await d.items(), await d.len()", exportName: "Manager" },
  { module: mp, python: "l = manager.list(); l.append(x); l[i]; len(l)", typescript: "const l = await manager.list(); await l.append(x); await l.get(i); await l.len()", exportName: "Manager" },
  { module: mp, python: "ns = manager.Namespace(); ns.x = 1; ns.x", typescript: 'const ns = await manager.Namespace(); await ns.set("x", 1); await ns.get("x")', exportName: "Manager" },
  { module: mp, python: "manager.Queue(), manager.Lock(), manager.Value('i', 0)", typescript: 'await manager.Queue(), await manager.Lock(), await manager.Value("i", 0)', exportName: "Manager" },
  { module: mp, python: "Lock(), RLock()", typescript: "new Lock(), new RLock()", exportName: "Lock" },
  { module: mp, python: "lock.acquire(block, timeout); lock.release()", typescript: "await lock.acquire(block, timeout); lock.release()", exportName: "Lock" },
  { module: mp, python: "with lock:", typescript: "await using _ = await lock.enter();", exportName: "Lock", note: "enter() mirrors __enter__; leaving the block releases." },
  { module: mp, python: "Semaphore(n), BoundedSemaphore(n)", typescript: "new Semaphore(n), new BoundedSemaphore(n)", exportName: "Semaphore" },
  { module: mp, python: "Event(): e.set(), e.clear(), e.is_set(), e.wait(timeout)", typescript: "new Event(): e.set(), e.clear(), e.isSet(), await e.wait(timeout)", exportName: "Event" },
  { module: mp, python: "Condition(): c.wait(), c.wait_for(pred), c.notify(n), c.notify_all()", typescript: "new Condition(): await c.wait(), await c.waitFor(pred), c.notify(n), c.notifyAll()", exportName: "Condition" },
  { module: mp, python: "Barrier(parties, timeout=t); b.wait()", typescript: "new Barrier(parties, { timeout: t }); await b.wait()", exportName: "Barrier" },
  { module: mp, python: "Value('i', 0, lock=True); v.value; v.get_lock()", typescript: 'new Value("i", 0, { lock: true }); v.value; v.getLock()', exportName: "Value" },
  { module: mp, python: "Array('d', 10); a[i]; a[i] = x; len(a)", typescript: 'new SharedArray("d", 10); a.get(i); a.set(i, x); a.length', exportName: "SharedArray", note: "Named SharedArray so it does not shadow JavaScript's Array." },
  { module: mp, python: "multiprocessing.TimeoutError", typescript: "TimeoutError", exportName: "TimeoutError" },
  { module: mp, python: "pickle.PicklingError", typescript: "PicklingError", exportName: "PicklingError" },
  { module: mp, python: "KeyboardInterrupt", typescript: "KeyboardInterrupt", exportName: "KeyboardInterrupt", note: "Raised at the next await when the page's Stop is pressed." },
  { module: mp, python: "EOFError", typescript: "EOFError", exportName: "EOFError" },
  { module: mp, python: "BrokenBarrierError", typescript: "BrokenBarrierError", exportName: "BrokenBarrierError" },
  { module: th, python: "Thread(target=f, args=(1,))", typescript: "new Thread({ target: f, args: [1] })", exportName: "Thread", note: "Runs in the same worker as its creator: compute takes turns, awaits overlap." },
  { module: th, python: "t.start(); t.join()", typescript: "t.start(); await t.join()", exportName: "Thread" },
  { module: th, python: "threading.current_thread().name", typescript: "currentThread().name", exportName: "currentThread" },
  { module: th, python: "time.sleep(s)", typescript: "await sleep(s)", exportName: "sleep" },
];
