/**
 * `multiprocessing.Manager()`: a server process holding Python objects that every process reaches
 * through proxies, as CPython's `SyncManager`.
 *
 * `await Manager()` starts the server (a real process, named SyncManager-N and drawn on the
 * timeline), and each factory method creates an object there and returns its proxy. Every proxy
 * call is a message round trip to the server, so it is slower than shared memory but holds any
 * cloneable value and travels anywhere, Pool task arguments included. `await using manager = ...`
 * shuts the server down when the block ends, as `with Manager() as manager:` does.
 */
import { nextChildName } from "./internal/context.ts";
import { adoptChild, reserveChild, spawnChild, type Process } from "./process.ts";
import { callManager, managerGone } from "./manager/client.ts";
import { DictProxy, EventProxy, ListProxy, LockProxy, makeProxy, NamespaceProxy, QueueProxy, ValueProxy } from "./manager/proxies.ts";
import type { Typecode } from "./sharedctypes.ts";

export { BaseProxy, DictProxy, EventProxy, ListProxy, LockProxy, NamespaceProxy, QueueProxy, ValueProxy } from "./manager/proxies.ts";

/** A running manager, as `multiprocessing.managers.SyncManager`. Create it with `await Manager()`. */
export class SyncManager implements AsyncDisposable {
  readonly #process: Process;
  #shutDown = false;

  /** @internal Use `await Manager()`. */
  constructor(process: Process) {
    this.#process = process;
  }

  /** The server process's pid. */
  get pid(): number {
    return this.#process.pid!;
  }

  /** A new empty dict (or one filled from `init`) in the manager, as `manager.dict()`. */
  async dict<K = any, V = any>(init?: Iterable<[K, V]> | Record<string, V>): Promise<DictProxy<K, V>> {
    const entries = init === undefined ? null : Symbol.iterator in init ? [...(init as Iterable<[K, V]>)] : Object.entries(init);
    return this.#create("dict", [entries]) as Promise<DictProxy<K, V>>;
  }

  /** A new list (empty, or a copy of `init`) in the manager, as `manager.list()`. */
  async list<T = any>(init: Iterable<T> = []): Promise<ListProxy<T>> {
    return this.#create("list", [[...init]]) as Promise<ListProxy<T>>;
  }

  /** A new namespace in the manager, as `manager.Namespace()`. */
  async Namespace(): Promise<NamespaceProxy> {
    return this.#create("Namespace", []) as Promise<NamespaceProxy>;
  }

  /** A new queue in the manager (joinable), as `manager.Queue(maxsize)`. */
  async Queue<T = any>(maxsize = 0): Promise<QueueProxy<T>> {
    return this.#create("Queue", [maxsize]) as Promise<QueueProxy<T>>;
  }

  /** A new lock in the manager, as `manager.Lock()`. */
  async Lock(): Promise<LockProxy> {
    return this.#create("Lock", []) as Promise<LockProxy>;
  }

  /** A new event in the manager, as `manager.Event()`. */
  async Event(): Promise<EventProxy> {
    return this.#create("Event", []) as Promise<EventProxy>;
  }

  /** A new value in the manager, as `manager.Value(typecode, value)` (the typecode is not enforced, as in CPython). */
  async Value<T = any>(typecode: Typecode | string, value: T): Promise<ValueProxy<T>> {
    return this.#create("Value", [typecode, value]) as Promise<ValueProxy<T>>;
  }

  /** Stops the server process; proxies used afterwards raise BrokenPipeError. */
  async shutdown(): Promise<void> {
    if (this.#shutDown) return;
    this.#shutDown = true;
    try {
      await callManager(this.pid, "", "shutdown", [], "manager.shutdown");
    } catch {
      // Already gone: nothing left to stop.
    }
    await this.#process.join(1.0);
    if (this.#process.isAlive()) this.#process.terminate();
    managerGone(this.pid);
  }

  /** Shuts the manager down at the end of an `await using` block, as `__exit__` does. */
  [Symbol.asyncDispose](): Promise<void> {
    return this.shutdown();
  }

  async #create(typeid: string, args: unknown[]): Promise<unknown> {
    const id = (await callManager(this.pid, "", "create", [typeid, ...args], `manager.${typeid}`)) as string;
    return makeProxy(this.pid, id, typeid);
  }
}

/**
 * Starts a manager's server process and resolves once it serves, as `multiprocessing.Manager()`.
 * Use it as `await using manager = await Manager();`.
 */
export async function Manager(): Promise<SyncManager> {
  const pid = reserveChild();
  const info = { pid, name: nextChildName("SyncManager"), daemon: true };
  spawnChild(info, { kind: "manager" }, []);
  const manager = new SyncManager(adoptChild(info));
  await callManager(pid, "", "ping", [], "manager.start");
  return manager;
}
