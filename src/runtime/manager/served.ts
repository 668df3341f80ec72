/**
 * The objects a Manager's server holds for its proxies: Python's dict, list, Namespace, Value,
 * Lock and Event, living in the server process and changed only by calls from proxies.
 *
 * Values are kept as they arrived (already pickled), so the server never needs the program's
 * classes, and every reply is a copy: what a proxy hands back is never the stored object, which is
 * why `(await d.get(k)).push(x)` is lost unless written back, as in CPython. Errors are Python's:
 * KeyError, IndexError, AttributeError, RuntimeError, with CPython's messages.
 */
import { IndexError, KeyError, RuntimeError, ValueError } from "../errors.ts";
import type { Pickled } from "../protocol.ts";
import { AttributeError } from "../errors.ts";
import { appendAll } from "../internal/append-all.ts";

/** Settles one call; a waiting call (acquire, wait) settles later. */
export type Done = (result: { ok: true; value: Pickled } | { ok: false; error: Error }) => void;

/** A call that waits, so a KeyboardInterrupt in its caller can withdraw it. */
export interface Waiting {
  cancel(): void;
}

/** One object held by the server. */
export interface Served {
  /** Runs `method`; returns a Waiting when the reply comes later. */
  call(method: string, args: Pickled[], done: Done): Waiting | void;
}

function repr(key: unknown): string {
  return typeof key === "string" ? `'${key}'` : Array.isArray(key) ? `(${key.map(repr).join(", ")})` : String(key);
}

/** Python compares dict keys by value: tuples (arrays) with equal items are one key. */
function canonical(key: unknown): unknown {
  return key !== null && typeof key === "object" ? `\u0000${JSON.stringify(key)}` : key;
}

function ok(done: Done, value: Pickled = null): void {
  done({ ok: true, value });
}

function fail(done: Done, error: Error): void {
  done({ ok: false, error });
}

function unknownMethod(kind: string, method: string): Error {
  return new AttributeError(`'${kind}' object has no attribute '${method}'`);
}

/** Python's dict (insertion-ordered, keyed by value). */
export class ServedDict implements Served {
  readonly #entries = new Map<unknown, [Pickled, Pickled]>();

  constructor(init: Pickled) {
    if (init) this.#update(init);
  }

  call(method: string, args: Pickled[], done: Done): void {
    const entries = this.#entries;
    const [key, value] = args;
    const entry = () => entries.get(canonical(key));
    switch (method) {
      case "getitem":
        return entry() ? ok(done, entry()![1]) : fail(done, new KeyError(repr(key)));
      case "get":
        return ok(done, entry() ? entry()![1] : value);
      case "setitem":
        entries.set(canonical(key), [key, value]);
        return ok(done);
      case "delitem":
        if (!entries.delete(canonical(key))) return fail(done, new KeyError(repr(key)));
        return ok(done);
      case "contains":
        return ok(done, entries.has(canonical(key)));
      case "pop": {
        const found = entry();
        if (!found) return args.length > 1 ? ok(done, value) : fail(done, new KeyError(repr(key)));
        entries.delete(canonical(key));
        return ok(done, found[1]);
      }
      case "setdefault":
        if (!entry()) entries.set(canonical(key), [key, value]);
        return ok(done, entry()![1]);
      case "keys":
        return ok(done, [...entries.values()].map(([k]) => k));
      case "values":
        return ok(done, [...entries.values()].map(([, v]) => v));
      case "items":
        return ok(done, [...entries.values()].map(([k, v]) => [k, v]));
      case "len":
        return ok(done, entries.size);
      case "update":
        this.#update(key);
        return ok(done);
      case "clear":
        entries.clear();
        return ok(done);
      default:
        return fail(done, unknownMethod("dict", method));
    }
  }

  #update(source: Pickled): void {
    const pairs = Array.isArray(source) ? (source as [Pickled, Pickled][]) : Object.entries(source as object);
    for (const [key, value] of pairs) this.#entries.set(canonical(key), [key, value]);
  }
}

/** Python's list. */
export class ServedList implements Served {
  readonly #items: Pickled[];

  constructor(init: Pickled) {
    this.#items = Array.isArray(init) ? [...init] : [];
  }

  call(method: string, args: Pickled[], done: Done): void {
    const items = this.#items;
    const index = (i: unknown) => ((i as number) < 0 ? (i as number) + items.length : (i as number));
    switch (method) {
      case "append":
        items.push(args[0]);
        return ok(done);
      case "extend":
        appendAll(items, args[0] as Pickled[]);
        return ok(done);
      case "getitem": {
        const i = index(args[0]);
        if (!(i >= 0 && i < items.length)) return fail(done, new IndexError("list index out of range"));
        return ok(done, items[i]);
      }
      case "setitem": {
        const i = index(args[0]);
        if (!(i >= 0 && i < items.length)) return fail(done, new IndexError("list assignment index out of range"));
        items[i] = args[1];
        return ok(done);
      }
      case "pop": {
        if (items.length === 0) return fail(done, new IndexError("pop from empty list"));
        const i = index(args[0] ?? -1);
        if (!(i >= 0 && i < items.length)) return fail(done, new IndexError("pop index out of range"));
        return ok(done, items.splice(i, 1)[0]);
      }
      case "insert":
        items.splice(Math.max(0, index(args[0])), 0, args[1]);
        return ok(done);
      case "remove": {
        const i = items.findIndex((item) => canonical(item) === canonical(args[0]));
        if (i < 0) return fail(done, new ValueError("list.remove(x): x not in list"));
        items.splice(i, 1);
        return ok(done);
      }
      case "len":
        return ok(done, items.length);
      case "copy":
        return ok(done, items);
      default:
        return fail(done, unknownMethod("list", method));
    }
  }
}

/** `multiprocessing.managers.Namespace`: named attributes. */
export class ServedNamespace implements Served {
  readonly #attributes = new Map<string, Pickled>();

  call(method: string, args: Pickled[], done: Done): void {
    const name = args[0] as string;
    switch (method) {
      case "getattr":
        if (!this.#attributes.has(name)) return fail(done, new AttributeError(`'Namespace' object has no attribute '${name}'`));
        return ok(done, this.#attributes.get(name));
      case "setattr":
        this.#attributes.set(name, args[1]);
        return ok(done);
      case "delattr":
        if (!this.#attributes.delete(name)) return fail(done, new AttributeError(name));
        return ok(done);
      case "copy":
        return ok(done, Object.fromEntries(this.#attributes));
      default:
        return fail(done, unknownMethod("Namespace", method));
    }
  }
}

/** `manager.Value(typecode, value)`: one value (the typecode is kept for repr only, as in CPython). */
export class ServedValue implements Served {
  #value: Pickled;

  constructor(value: Pickled) {
    this.#value = value;
  }

  call(method: string, args: Pickled[], done: Done): void {
    if (method === "get") return ok(done, this.#value);
    if (method === "set") {
      this.#value = args[0];
      return ok(done);
    }
    fail(done, unknownMethod("Value", method));
  }
}

/** Waiters of a lock or event, each with its timeout timer. */
class WaitList {
  readonly #waiters = new Set<{ done: Done; timer: ReturnType<typeof setTimeout> | null }>();

  add(done: Done, timeout: number | null, onTimeout: Pickled): Waiting {
    const waiter = { done, timer: null as ReturnType<typeof setTimeout> | null };
    if (timeout !== null) {
      waiter.timer = setTimeout(() => {
        this.#waiters.delete(waiter);
        ok(done, onTimeout);
      }, Math.max(0, timeout) * 1000);
    }
    this.#waiters.add(waiter);
    return { cancel: () => this.#remove(waiter) };
  }

  /** Takes the longest-waiting waiter out, or null. */
  next(): Done | null {
    const [first] = this.#waiters;
    if (!first) return null;
    this.#remove(first);
    return first.done;
  }

  #remove(waiter: { timer: ReturnType<typeof setTimeout> | null }): void {
    if (waiter.timer !== null) clearTimeout(waiter.timer);
    this.#waiters.delete(waiter as never);
  }
}

/** `manager.Lock()`: a `threading.Lock` in the server; any process may release it. */
export class ServedLock implements Served {
  #locked = false;
  readonly #waiters = new WaitList();

  call(method: string, args: Pickled[], done: Done): Waiting | void {
    switch (method) {
      case "acquire": {
        const [block = true, timeout = null] = args as [boolean?, (number | null)?];
        if (!this.#locked) {
          this.#locked = true;
          return ok(done, true);
        }
        if (!block) return ok(done, false);
        return this.#waiters.add(done, timeout, false);
      }
      case "release": {
        if (!this.#locked) return fail(done, new RuntimeError("release unlocked lock"));
        const next = this.#waiters.next();
        if (next) ok(next, true);
        else this.#locked = false;
        return ok(done);
      }
      case "locked":
        return ok(done, this.#locked);
      default:
        return fail(done, unknownMethod("Lock", method));
    }
  }
}

/** `manager.Event()`: a `threading.Event` in the server. */
export class ServedEvent implements Served {
  #flag = false;
  readonly #waiters = new WaitList();

  call(method: string, args: Pickled[], done: Done): Waiting | void {
    switch (method) {
      case "set":
        this.#flag = true;
        for (let next = this.#waiters.next(); next; next = this.#waiters.next()) ok(next, true);
        return ok(done);
      case "clear":
        this.#flag = false;
        return ok(done);
      case "isSet":
        return ok(done, this.#flag);
      case "wait":
        if (this.#flag) return ok(done, true);
        return this.#waiters.add(done, (args[0] as number | null) ?? null, false);
      default:
        return fail(done, unknownMethod("Event", method));
    }
  }
}
