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
  { module: mp, python: "q.put_nowait(x), q.get_nowait()", typescript: "await q.putNowait(x), await q.getNowait()", exportName: "Queue", note: "Still awaited, like every Queue method here: an item may have to come from another worker." },
  { module: mp, python: "q.qsize(), q.empty(), q.full()", typescript: "await q.qsize(), await q.empty(), await q.full()", exportName: "Queue" },
  { module: mp, python: "JoinableQueue()", typescript: "new JoinableQueue()", exportName: "JoinableQueue" },
  { module: mp, python: "q.task_done(), q.join()", typescript: "await q.taskDone(), await q.join()", exportName: "JoinableQueue" },
  { module: mp, python: "queue.Empty, queue.Full", typescript: "Empty, Full", exportName: "Empty" },
  { module: mp, python: "a, b = Pipe(duplex)", typescript: "const [a, b] = Pipe(duplex)", exportName: "Pipe" },
  { module: mp, python: "conn.send(x), conn.recv()", typescript: "conn.send(x), await conn.recv()", exportName: "Pipe" },
  { module: mp, python: "conn.poll(timeout), conn.close()", typescript: "await conn.poll(timeout), conn.close()", exportName: "Pipe" },
  { module: mp, python: "multiprocessing.connection.Connection", typescript: "Connection", exportName: "Connection", note: "The type of each end, e.g. `conn: Connection`." },
  { module: mp, python: "with Manager() as manager:", typescript: "await using manager = await Manager();", exportName: "Manager", note: "Starts the SyncManager-N server process; leaving the block shuts it down." },
  { module: mp, python: "manager.shutdown()", typescript: "await manager.shutdown()", exportName: "SyncManager", note: "Proxies used afterwards raise BrokenPipeError." },
  { module: mp, python: "d = manager.dict()", typescript: "const d = await manager.dict()", exportName: "DictProxy", note: "Every call on a proxy is a round trip to the manager and returns a copy." },
  { module: mp, python: "d[k]; d.get(k, default)", typescript: "await d.get(k); await d.get(k, fallback)", exportName: "DictProxy", note: "With one argument a missing key raises KeyError, like d[k]; with two it returns the fallback, like d.get." },
  { module: mp, python: "d[k] = v; k in d; del d[k]", typescript: "await d.set(k, v); await d.has(k); await d.delete(k)", exportName: "DictProxy" },
  { module: mp, python: "d[k] += 1", typescript: "await d.set(k, (await d.get(k)) + 1)", exportName: "DictProxy", note: "Two round trips: another process can slip in between, as in Python. Hold a lock around both." },
  { module: mp, python: "d.keys(), d.values(), d.items(), len(d)", typescript: "await d.keys(), await d.values(), await d.items(), await d.len()", exportName: "DictProxy", note: "Lists (copies), in insertion order." },
  { module: mp, python: "d.pop(k, default), d.setdefault(k, v), d.update(other), d.clear()", typescript: "await d.pop(k, fallback), await d.setdefault(k, v), await d.update(other), await d.clear()", exportName: "DictProxy" },
  { module: mp, python: "d.copy()", typescript: "await d.copy() (a Map), await d.toObject()", exportName: "DictProxy" },
  { module: mp, python: "l = manager.list(); l.append(x); l.extend(xs)", typescript: "const l = await manager.list(); await l.append(x); await l.extend(xs)", exportName: "ListProxy" },
  { module: mp, python: "l[i]; l[i] = x; len(l); l.pop(); l[:]", typescript: "await l.get(i); await l.set(i, x); await l.len(); await l.pop(); await l.toArray()", exportName: "ListProxy" },
  { module: mp, python: "ns = manager.Namespace(); ns.x = 1; ns.x", typescript: 'const ns = await manager.Namespace(); await ns.set("x", 1); await ns.get("x")', exportName: "NamespaceProxy" },
  { module: mp, python: "q = manager.Queue(); q.put(x); q.get()", typescript: "const q = await manager.Queue(); await q.put(x); await q.get()", exportName: "QueueProxy", note: "Unlike Queue(), may be passed as a Pool task argument." },
  { module: mp, python: "lock = manager.Lock(); with lock:", typescript: "const lock = await manager.Lock(); await using _ = await lock.enter();", exportName: "LockProxy", note: "release() is awaited too: await lock.release()." },
  { module: mp, python: "v = manager.Value('i', 0); v.value; v.value = 1", typescript: 'const v = await manager.Value("i", 0); await v.get(); await v.set(1)', exportName: "ValueProxy" },
  { module: mp, python: "e = manager.Event(); e.set(); e.wait(timeout)", typescript: "const e = await manager.Event(); await e.set(); await e.wait(timeout)", exportName: "EventProxy" },
  { module: mp, python: "Lock()", typescript: "new Lock()", exportName: "Lock", note: "Shared memory + Atomics; any process may release it." },
  { module: mp, python: "RLock()", typescript: "new RLock()", exportName: "RLock", note: "Ownership (RLock, Condition) is per thread, as in CPython: another thread of the same process waits for it and may not release it." },
  { module: mp, python: "lock.acquire(block, timeout); lock.release()", typescript: "await lock.acquire(block, timeout); lock.release()", exportName: "Lock", note: "Releasing an unheld Lock raises ValueError, as in multiprocessing." },
  { module: mp, python: "with lock:", typescript: "await using _ = await lock.enter();", exportName: "Lock", note: "enter() mirrors __enter__; leaving the block releases." },
  { module: mp, python: "Semaphore(n), BoundedSemaphore(n); s.get_value()", typescript: "new Semaphore(n), new BoundedSemaphore(n); s.getValue()", exportName: "Semaphore" },
  { module: mp, python: "Event(): e.set(), e.clear(), e.is_set(), e.wait(timeout)", typescript: "new Event(): e.set(), e.clear(), e.isSet(), await e.wait(timeout)", exportName: "Event" },
  { module: mp, python: "Condition(): c.wait(), c.wait_for(pred), c.notify(n), c.notify_all()", typescript: "new Condition(): await c.wait(), await c.waitFor(pred), c.notify(n), c.notifyAll()", exportName: "Condition" },
  { module: mp, python: "Barrier(parties, action=f, timeout=t); b.wait()", typescript: "new Barrier(parties, { action: f, timeout: t }); await b.wait()", exportName: "Barrier", note: "wait() resolves with the arrival index: 0 for the first to arrive." },
  { module: mp, python: "b.reset(), b.abort(), b.broken, b.parties, b.n_waiting", typescript: "b.reset(), b.abort(), b.broken, b.parties, b.nWaiting", exportName: "Barrier" },
  { module: mp, python: "Value('i', 0, lock=True); v.value; v.get_lock()", typescript: 'new Value("i", 0, { lock: true }); v.value; v.getLock()', exportName: "Value", note: "v.value is a plain read or write: v.value += 1 can lose updates without the lock. 'q'/'Q' hold BigInts." },
  { module: mp, python: "Value('i', 0, lock=False).get_lock()", typescript: 'new Value("i", 0, { lock: false }).getLock()', exportName: "AttributeError", note: "Raises AttributeError, as the raw ctypes object has no get_lock." },
  { module: mp, python: "Array('d', 10); a[i]; a[i] = x; len(a); a[:]", typescript: 'new SharedArray("d", 10); a.get(i); a.set(i, x); a.length; a.toArray()', exportName: "SharedArray", note: "Named SharedArray so it does not shadow JavaScript's Array." },
  { module: mp, python: "multiprocessing.TimeoutError", typescript: "TimeoutError", exportName: "TimeoutError" },
  { module: mp, python: "pickle.PicklingError", typescript: "PicklingError", exportName: "PicklingError" },
  { module: mp, python: "KeyboardInterrupt", typescript: "KeyboardInterrupt", exportName: "KeyboardInterrupt", note: "Raised at the next await when the page's Stop is pressed." },
  { module: mp, python: "signal.signal(signal.SIGINT, signal.SIG_IGN)", typescript: "ignoreKeyboardInterrupt()", exportName: "ignoreKeyboardInterrupt", note: "Typically a Pool initializer, so workers leave Ctrl-C to the parent." },
  { module: mp, python: "ValueError, RuntimeError, AssertionError, OSError", typescript: "ValueError, RuntimeError, AssertionError, OSError", exportName: "ValueError" },
  { module: mp, python: "KeyError, IndexError, AttributeError", typescript: "KeyError, IndexError, AttributeError", exportName: "KeyError", note: "Raised by Manager proxies with the manager's message, e.g. KeyError: 'missing'." },
  { module: mp, python: "BrokenPipeError", typescript: "BrokenPipeError", exportName: "BrokenPipeError", note: "A proxy used after its manager shut down." },
  { module: mp, python: "EOFError", typescript: "EOFError", exportName: "EOFError" },
  { module: mp, python: "threading.BrokenBarrierError", typescript: "BrokenBarrierError", exportName: "BrokenBarrierError" },
  { module: th, python: "Thread(target=f, args=(1,))", typescript: "new Thread({ target: f, args: [1] })", exportName: "Thread", note: "Runs in the same worker as its creator: compute takes turns, awaits overlap." },
  { module: th, python: "t.start(); t.join()", typescript: "t.start(); await t.join()", exportName: "Thread" },
  { module: th, python: "threading.current_thread().name", typescript: "currentThread().name", exportName: "currentThread" },
  { module: th, python: "time.sleep(s)", typescript: "await sleep(s)", exportName: "sleep" },
  { module: th, python: "threading.Lock(), RLock(), Event(), Condition(), Semaphore(n), BoundedSemaphore(n), Barrier(n)", typescript: "new Lock(), new RLock(), new Event(), new Condition(), new Semaphore(n), new BoundedSemaphore(n), new Barrier(n)", exportName: "Lock", note: "The same classes as multiprocessing's; threads of one process share one owner for RLock and Condition." },
];
