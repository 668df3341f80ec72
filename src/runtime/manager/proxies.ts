/**
 * Proxies: the objects a Manager hands out, as `multiprocessing.managers.BaseProxy` and its kinds.
 *
 * A proxy holds only the manager's pid and an object id; every method is a round trip to the
 * manager's server process and resolves with a copy of the answer. Unlike a plain Queue or Lock, a
 * proxy may travel anywhere: as Process arguments, Pool task arguments, queue items, or inside
 * another manager object, and it reaches the same object from every process.
 */
import { pickleHook, registerUnpickler, type Picklable } from "../pickle.ts";
import type { Held } from "../synchronize/semlock.ts";
import { callManager, type Undo } from "./client.ts";

interface ProxyHandle {
  manager: number;
  id: string;
  typeid: string;
}

/** What every proxy shares: its address, and how it crosses to another process. */
export abstract class BaseProxy implements Picklable {
  readonly #handle: ProxyHandle;

  /** @internal Made by the manager's factory methods, not by `new`. */
  constructor(handle: ProxyHandle) {
    this.#handle = handle;
  }

  /** @internal One round trip to the manager. */
  protected call(method: string, args: unknown[] = [], undo?: Undo): Promise<unknown> {
    const { manager, id, typeid } = this.#handle;
    return callManager(manager, id, method, args, `${typeid}.${method}`, undo);
  }

  /** Python's `repr`: `<DictProxy object, typeid 'dict' at dict-1>`. */
  toString(): string {
    return `<${this.constructor.name} object, typeid '${this.#handle.typeid}' at ${this.#handle.id}>`;
  }

  [pickleHook](): { kind: string; data: ProxyHandle } {
    return { kind: "proxy", data: this.#handle };
  }
}

/** A proxy for a dict in the manager, as `manager.dict()`. Keys keep their type (numbers stay numbers). */
export class DictProxy<K = any, V = any> extends BaseProxy {
  /** `d[key]`: raises KeyError if missing. With a second argument, `d.get(key, fallback)` instead. */
  get(key: K): Promise<V>;
  get<D>(key: K, fallback: D): Promise<V | D>;
  async get(key: K, ...fallback: unknown[]): Promise<unknown> {
    return fallback.length > 0 ? this.call("get", [key, fallback[0]]) : this.call("getitem", [key]);
  }

  /** `d[key] = value`. */
  async set(key: K, value: V): Promise<void> {
    await this.call("setitem", [key, value]);
  }

  /** `del d[key]`: raises KeyError if missing. */
  async delete(key: K): Promise<void> {
    await this.call("delitem", [key]);
  }

  /** `key in d`. */
  async has(key: K): Promise<boolean> {
    return (await this.call("contains", [key])) as boolean;
  }

  /** `list(d.keys())`, in insertion order. */
  async keys(): Promise<K[]> {
    return (await this.call("keys")) as K[];
  }

  /** `list(d.values())`. */
  async values(): Promise<V[]> {
    return (await this.call("values")) as V[];
  }

  /** `list(d.items())`. */
  async items(): Promise<[K, V][]> {
    return (await this.call("items")) as [K, V][];
  }

  /** `len(d)`. */
  async len(): Promise<number> {
    return (await this.call("len")) as number;
  }

  /** `d.update(other)`, from entries or a plain object. */
  async update(other: Iterable<[K, V]> | Record<string, V>): Promise<void> {
    const entries = Symbol.iterator in other ? [...(other as Iterable<[K, V]>)] : Object.entries(other);
    await this.call("update", [entries]);
  }

  /** `d.pop(key)` (KeyError if missing) or `d.pop(key, fallback)`. */
  pop(key: K): Promise<V>;
  pop<D>(key: K, fallback: D): Promise<V | D>;
  async pop(key: K, ...fallback: unknown[]): Promise<unknown> {
    return this.call("pop", [key, ...fallback.slice(0, 1)]);
  }

  /** `d.setdefault(key, value)`: the value stored under key, storing `value` first if missing. */
  async setdefault(key: K, value: V): Promise<V> {
    return (await this.call("setdefault", [key, value])) as V;
  }

  /** `d.clear()`. */
  async clear(): Promise<void> {
    await this.call("clear");
  }

  /** `d.copy()`: a local Map holding a copy of every entry. */
  async copy(): Promise<Map<K, V>> {
    return new Map(await this.items());
  }

  /** A copy as a plain object (keys become strings), handy for printing. */
  async toObject(): Promise<Record<string, V>> {
    return Object.fromEntries(await this.items());
  }
}

/** A proxy for a list in the manager, as `manager.list()`. */
export class ListProxy<T = any> extends BaseProxy {
  /** `l.append(item)`. */
  async append(item: T): Promise<void> {
    await this.call("append", [item]);
  }

  /** `l.extend(items)`. */
  async extend(items: Iterable<T>): Promise<void> {
    await this.call("extend", [[...items]]);
  }

  /** `l[index]` (negative counts from the end); raises IndexError out of range. */
  async get(index: number): Promise<T> {
    return (await this.call("getitem", [index])) as T;
  }

  /** `l[index] = item`. */
  async set(index: number, item: T): Promise<void> {
    await this.call("setitem", [index, item]);
  }

  /** `l.pop(index = -1)`. */
  async pop(index = -1): Promise<T> {
    return (await this.call("pop", [index])) as T;
  }

  /** `l.insert(index, item)`. */
  async insert(index: number, item: T): Promise<void> {
    await this.call("insert", [index, item]);
  }

  /** `l.remove(item)`: removes the first equal item; ValueError if none. */
  async remove(item: T): Promise<void> {
    await this.call("remove", [item]);
  }

  /** `len(l)`. */
  async len(): Promise<number> {
    return (await this.call("len")) as number;
  }

  /** `l[:]` (or `list(l)`): a local copy of every item. */
  async toArray(): Promise<T[]> {
    return (await this.call("copy")) as T[];
  }
}

/** A proxy for a namespace in the manager, as `manager.Namespace()`: `ns.x` is `await ns.get("x")`. */
export class NamespaceProxy extends BaseProxy {
  /** `ns.name`: raises AttributeError if never set. */
  async get(name: string): Promise<unknown> {
    return this.call("getattr", [name]);
  }

  /** `ns.name = value`. */
  async set(name: string, value: unknown): Promise<void> {
    await this.call("setattr", [name, value]);
  }

  /** `del ns.name`. */
  async delete(name: string): Promise<void> {
    await this.call("delattr", [name]);
  }

  /** `vars(ns)`: a local copy of every attribute. */
  async toObject(): Promise<Record<string, unknown>> {
    return (await this.call("copy")) as Record<string, unknown>;
  }
}

/** A proxy for `manager.Value(typecode, value)`: `v.value` is `await v.get()`, as ValueProxy's get/set. */
export class ValueProxy<T = any> extends BaseProxy {
  /** `v.value` (or `v.get()`). */
  async get(): Promise<T> {
    return (await this.call("get")) as T;
  }

  /** `v.value = value` (or `v.set(value)`). */
  async set(value: T): Promise<void> {
    await this.call("set", [value]);
  }
}

/** A proxy for `manager.Queue()`: a queue.Queue in the manager, usable as a Pool task argument. */
export class QueueProxy<T = any> extends BaseProxy {
  /** `q.put(item, block, timeout)`; raises Full. */
  async put(item: T, block = true, timeout: number | null = null): Promise<void> {
    await this.call("put", [item, block, timeout]);
  }

  /** `q.get(block, timeout)`; raises Empty. */
  async get(block = true, timeout: number | null = null): Promise<T> {
    const taken = (await this.call("get", [block, timeout], (late) => void this.call("unget", [(late as { item: unknown }).item]))) as { item: T };
    return taken.item;
  }

  /** `q.put_nowait(item)`. */
  putNowait(item: T): Promise<void> {
    return this.put(item, false);
  }

  /** `q.get_nowait()`. */
  getNowait(): Promise<T> {
    return this.get(false);
  }

  /** `q.qsize()`. */
  async qsize(): Promise<number> {
    return (await this.call("qsize")) as number;
  }

  /** `q.empty()`. */
  async empty(): Promise<boolean> {
    return (await this.qsize()) === 0;
  }

  /** `q.task_done()`; raises ValueError if called more times than items. */
  async taskDone(): Promise<void> {
    await this.call("taskDone");
  }

  /** `q.join()`: waits until every item put has been marked done. */
  async join(): Promise<void> {
    await this.call("join");
  }
}

/** A proxy for `manager.Lock()`: a lock in the manager that any process may release. */
export class LockProxy extends BaseProxy {
  /** `lock.acquire(block, timeout)`. */
  async acquire(block = true, timeout: number | null = null): Promise<boolean> {
    return (await this.call("acquire", [block, timeout], (granted) => void (granted && this.call("release")))) as boolean;
  }

  /** `lock.release()`; raises RuntimeError if unlocked. */
  async release(): Promise<void> {
    await this.call("release");
  }

  /** `with lock:`: `await using _ = await lock.enter();`. */
  async enter(): Promise<Held> {
    await this.acquire();
    const leave = async () => this.release();
    return { [Symbol.asyncDispose]: leave, [Symbol.dispose]: () => void leave() };
  }

  /** Whether some process holds the lock now. */
  async locked(): Promise<boolean> {
    return (await this.call("locked")) as boolean;
  }
}

/** A proxy for `manager.Event()`. */
export class EventProxy extends BaseProxy {
  /** `e.set()`. */
  async set(): Promise<void> {
    await this.call("set");
  }

  /** `e.clear()`. */
  async clear(): Promise<void> {
    await this.call("clear");
  }

  /** `e.is_set()`. */
  async isSet(): Promise<boolean> {
    return (await this.call("isSet")) as boolean;
  }

  /** `e.wait(timeout)`: resolves with the flag. */
  async wait(timeout: number | null = null): Promise<boolean> {
    return (await this.call("wait", [timeout])) as boolean;
  }
}

const proxyClasses: Record<string, new (handle: ProxyHandle) => BaseProxy> = {
  dict: DictProxy,
  list: ListProxy,
  Namespace: NamespaceProxy,
  Value: ValueProxy,
  Queue: QueueProxy,
  Lock: LockProxy,
  Event: EventProxy,
};

/** @internal The proxy of kind `typeid` for object `id` of manager `manager`. */
export function makeProxy(manager: number, id: string, typeid: string): BaseProxy {
  return new proxyClasses[typeid]!({ manager, id, typeid });
}

registerUnpickler("proxy", (data) => {
  const handle = data as ProxyHandle;
  return makeProxy(handle.manager, handle.id, handle.typeid);
});
