/**
 * `multiprocessing.Value` and `multiprocessing.Array` (here `SharedArray`): numbers in shared
 * memory, as CPython's `sharedctypes` puts ctypes objects in shared memory.
 *
 * Reads and writes are plain typed-array accesses on a SharedArrayBuffer, so `v.value += 1` is a
 * separate read and write that another process can slip between, and increments get lost, exactly
 * the race the lessons show. With `lock: true` (the default) the object carries an RLock,
 * `getLock()`, to make such steps atomic. Typecodes are those of Python's `array` module; 'l'/'L'
 * are 32-bit (C long on Windows), and 'q'/'Q' hold BigInts (BigInt64Array).
 */
import { AttributeError, IndexError } from "./errors.ts";
import { pickle, pickleHook, registerUnpickler, unpickle, type Picklable, type PickleReason } from "./pickle.ts";
import { assertSpawning, sharedBuffer } from "./synchronize/shared.ts";
import { RLock } from "./synchronize/rlock.ts";
import { Lock } from "./synchronize/semlock.ts";

const typedArrays = {
  b: Int8Array,
  B: Uint8Array,
  h: Int16Array,
  H: Uint16Array,
  i: Int32Array,
  I: Uint32Array,
  l: Int32Array,
  L: Uint32Array,
  q: BigInt64Array,
  Q: BigUint64Array,
  f: Float32Array,
  d: Float64Array,
} as const;

const ctypesNames: Record<Typecode, string> = {
  b: "c_byte", B: "c_ubyte", h: "c_short", H: "c_ushort", i: "c_int", I: "c_uint",
  l: "c_long", L: "c_ulong", q: "c_longlong", Q: "c_ulonglong", f: "c_float", d: "c_double",
};

/** A typecode of Python's `array` module: the C type of each element. */
export type Typecode = keyof typeof typedArrays;

/** The typecodes that hold plain numbers (every one but the 64-bit integers 'q' and 'Q'). */
export type NumberTypecode = Exclude<Typecode, "q" | "Q">;

/** The element type a typecode holds: BigInt for 'q' and 'Q', number otherwise. */
export type Element<C extends Typecode> = C extends "q" | "Q" ? bigint : number;

type Typed = Int8Array | Uint8Array | Int16Array | Uint16Array | Int32Array | Uint32Array | BigInt64Array | BigUint64Array | Float32Array | Float64Array;

/** Options of `new Value(...)` and `new SharedArray(...)`. */
export interface SharedOptions {
  /**
   * true: carry a new RLock (`getLock()`); a Lock or RLock: carry that one; false: no lock, and
   * `getLock()` raises AttributeError, as CPython's raw ctypes object has no `get_lock`.
   * @default true
   */
  lock?: boolean | Lock | RLock;
}

const defaultSharedOptions: Required<SharedOptions> = { lock: true };

interface SharedHandle {
  typecode: Typecode;
  buffer: SharedArrayBuffer;
  length: number;
  lock: unknown;
}

function typedView(typecode: Typecode, buffer: SharedArrayBuffer, length: number): Typed {
  const View = typedArrays[typecode];
  if (!View) throw new TypeError(`bad typecode '${String(typecode)}' (must be b, B, h, H, i, I, l, L, q, Q, f or d)`);
  return new (View as unknown as new (memory: SharedArrayBuffer, offset: number, length: number) => Typed)(buffer, 0, length);
}

function allocate(typecode: Typecode, length: number, what: string): Typed {
  const View = typedArrays[typecode];
  if (!View) throw new TypeError(`bad typecode '${String(typecode)}' (must be b, B, h, H, i, I, l, L, q, Q, f or d)`);
  return typedView(typecode, sharedBuffer(length * View.BYTES_PER_ELEMENT, what), length);
}

function lockOf(option: boolean | Lock | RLock): Lock | RLock | null {
  if (option === true) return new RLock();
  return option === false ? null : option;
}

/** The shared part of Value and SharedArray: the memory, the lock and how they cross processes. */
abstract class SharedCtype<C extends Typecode> implements Picklable {
  /** The typecode, as `_type_`. */
  readonly typecode: C;
  /** @internal */
  protected readonly view: Typed;
  readonly #lock: Lock | RLock | null;

  /** @internal */
  constructor(typecode: C, view: Typed, lock: Lock | RLock | null) {
    this.typecode = typecode;
    this.view = view;
    this.#lock = lock;
  }

  /** The lock guarding this object, as `get_lock()`; raises AttributeError when made with `lock: false`. */
  getLock(): Lock | RLock {
    if (!this.#lock) throw new AttributeError(`'${this.rawName()}' object has no attribute 'get_lock'`);
    return this.#lock;
  }

  /** @internal Whether it carries a lock (made with `lock` other than false). */
  protected hasLock(): boolean {
    return this.#lock !== null;
  }

  /** @internal The ctypes name CPython gives the raw object. */
  protected abstract rawName(): string;

  /** @internal The wrapper name CPython gives the synchronized object. */
  protected abstract wrapperName(): string;

  /** @internal */
  protected abstract kind(): string;

  [pickleHook](reason: PickleReason, transfer: Transferable[]): { kind: string; data: SharedHandle } {
    assertSpawning(reason, this.#lock ? this.wrapperName() : this.rawName());
    return {
      kind: this.kind(),
      data: { typecode: this.typecode, buffer: this.view.buffer as SharedArrayBuffer, length: this.view.length, lock: pickle(this.#lock, reason, transfer) },
    };
  }
}

/** One number in shared memory, as `multiprocessing.Value(typecode, value, lock=True)`. */
export class Value<C extends Typecode = NumberTypecode> extends SharedCtype<C> {
  /** Creates a shared number of type `typecode` holding `init`. (`view` is internal: the memory of a Value arriving from another process.) */
  constructor(typecode: C, init: Element<C> = (typecode === "q" || typecode === "Q" ? 0n : 0) as Element<C>, options: SharedOptions = {}, view?: Typed) {
    const { lock } = { ...defaultSharedOptions, ...options };
    const memory = view ?? allocate(typecode, 1, "Value");
    super(typecode, memory, view ? (lock as Lock | RLock | null) : lockOf(lock));
    if (!view) memory[0] = init as never;
  }

  /** The number: a plain read (not atomic with a later write: hold `getLock()` for read-modify-write). */
  get value(): Element<C> {
    return this.view[0] as Element<C>;
  }

  /** Writes the number: a plain store. */
  set value(value: Element<C>) {
    this.view[0] = value as never;
  }

  /** Python's `repr`: `<Synchronized wrapper for c_int(5)>`. */
  toString(): string {
    const raw = `${this.rawName()}(${String(this.value)})`;
    return this.hasLock() ? `<Synchronized wrapper for ${raw}>` : raw;
  }

  /** @internal */
  protected rawName(): string {
    return ctypesNames[this.typecode];
  }

  /** @internal */
  protected wrapperName(): string {
    return "Synchronized";
  }

  /** @internal */
  protected kind(): string {
    return "value";
  }
}

/**
 * A fixed-size array of numbers in shared memory, as `multiprocessing.Array(typecode, size_or_init)`.
 * Named SharedArray so it does not shadow JavaScript's Array.
 */
export class SharedArray<C extends Typecode = NumberTypecode> extends SharedCtype<C> implements Iterable<Element<C>> {
  /** Creates a shared array of `sizeOrInit` zeros, or holding a copy of the given numbers. (`view` is internal, as for Value.) */
  constructor(typecode: C, sizeOrInit: number | Iterable<Element<C>>, options: SharedOptions = {}, view?: Typed) {
    const { lock } = { ...defaultSharedOptions, ...options };
    const init = typeof sizeOrInit === "number" ? null : [...sizeOrInit];
    const memory = view ?? allocate(typecode, init ? init.length : sizeOrInit as number, "SharedArray");
    super(typecode, memory, view ? (lock as Lock | RLock | null) : lockOf(lock));
    if (init && !view) init.forEach((item, i) => (memory[i] = item as never));
  }

  /** How many elements, as `len(a)`. */
  get length(): number {
    return this.view.length;
  }

  /** Element `index` (negative counts from the end), as `a[i]`; raises IndexError out of range. */
  get(index: number): Element<C> {
    return this.view[this.#position(index)] as Element<C>;
  }

  /** Writes element `index`, as `a[i] = value`: a plain store. */
  set(index: number, value: Element<C>): void {
    this.view[this.#position(index)] = value as never;
  }

  /** A copy of every element, as `a[:]`. */
  toArray(): Element<C>[] {
    return Array.from(this.view as unknown as ArrayLike<Element<C>>);
  }

  /** Iterates over the elements, as `for x in a`. */
  [Symbol.iterator](): Iterator<Element<C>> {
    return this.toArray()[Symbol.iterator]();
  }

  /** Python's `repr`. */
  toString(): string {
    return `<SynchronizedArray wrapper for ${this.rawName()}>`;
  }

  /** @internal */
  protected rawName(): string {
    return `${ctypesNames[this.typecode]}_Array_${this.length}`;
  }

  /** @internal */
  protected wrapperName(): string {
    return "SynchronizedArray";
  }

  /** @internal */
  protected kind(): string {
    return "shared-array";
  }

  #position(index: number): number {
    const position = index < 0 ? index + this.length : index;
    if (!Number.isInteger(position) || position < 0 || position >= this.length) throw new IndexError("invalid index");
    return position;
  }
}

registerUnpickler("value", (data) => {
  const handle = data as SharedHandle;
  return new Value(handle.typecode, undefined, { lock: unpickle(handle.lock) as Lock | RLock | false }, typedView(handle.typecode, handle.buffer, 1));
});
registerUnpickler("shared-array", (data) => {
  const handle = data as SharedHandle;
  return new SharedArray(handle.typecode, handle.length, { lock: unpickle(handle.lock) as Lock | RLock | false }, typedView(handle.typecode, handle.buffer, handle.length));
});
