/**
 * A MessagePort with a shared-memory slot beside it, for the small messages of latency-bound
 * traffic: a pool's (one `applyAsync().get()` at a time), a Manager's proxy calls and a Pipe's
 * messages.
 *
 * Most of a round trip between two workers is waking the one that sleeps: on a 2-core machine
 * here that costs ~30 us per direction (postMessage or Atomics.notify alike), more than the rest
 * of an `applyAsync().get()`. A side that expects an answer soon can instead watch shared memory
 * for a few dozen microseconds before it sleeps (`watchPorts`), and an answer written there meanwhile
 * needs no wake-up: the round trip went from ~70 us to ~10 us.
 *
 * So a message goes through the slot when the reader is watching, the slot is free and
 * the message is plain data that JSON carries exactly as structured clone would (`isPlainData`);
 * anything else (typed arrays, Maps, shared memory, undefined, a big batch, a message for a
 * sleeping reader, which a port message wakes sooner) takes the port. A message in the slot also
 * wakes the reader's `Atomics.waitAsync`, so one written as the reader stopped watching arrives.
 *
 * Order is kept across the two ways: the writer uses the slot only once the reader has taken
 * every port message sent before (the reader counts them in shared memory), and the reader
 * empties the slot before it handles a port message.
 */

/** Characters (UTF-16 code units) of JSON text one slot holds. */
const SLOT_CHARS = 4096;
/** Values and containers `isPlainData` looks at before it gives up on a message. */
const MAX_NODES = 256;

/**
 * Int32 cells at the head of a slot: its state, the message's length, port messages read, whether
 * the reader is watching, and whether the writer's last message was small plain data.
 */
const STATE = 0;
const LENGTH = 1;
const PORT_READ = 2;
const WATCHING = 3;
const SMALL = 4;
const HEADER_BYTES = 32;
const EMPTY = 0;
const FULL = 1;
/** Bytes of one slot: header and text. */
const SLOT_SIZE = HEADER_BYTES + SLOT_CHARS * 2;

/**
 * How long a side that expects an answer watches the slot before it sleeps (microseconds): a
 * quick task's answer comes within ~20 us, and longer watching would cost more than waking.
 */
export const SPIN_US = 50;

/** Calls `poll` until it returns true or `micros` pass; returns whether it did. */
export function spinFor(poll: () => boolean, micros = SPIN_US): boolean {
  const deadline = performance.now() + micros / 1000;
  do {
    if (poll()) return true;
  } while (performance.now() < deadline);
  return false;
}

/**
 * One end of a slotted channel, as it travels to the process that will use it (the port is
 * transferred, the lane shared): a SlottedPort is made from it there.
 */
export interface SlottedEnd {
  port: MessagePort;
  /** The shared slots, one each way, and which of the two sides this end is. */
  lane: SharedArrayBuffer;
  side: 0 | 1;
  /** For an end that moved from another process: the messages it had sent by port (`detach`). */
  portSent?: number;
}

/** A new channel with shared slots beside it: its two ends. */
export function slottedChannel(): [SlottedEnd, SlottedEnd] {
  const channel = new MessageChannel();
  const lane = new SharedArrayBuffer(2 * SLOT_SIZE);
  return [
    { port: channel.port1, lane, side: 0 },
    { port: channel.port2, lane, side: 1 },
  ];
}

/**
 * Whether `value` is small plain data whose JSON text parses back to what structured clone would
 * make: strings, booleans, null, finite numbers other than -0, and plain arrays (without holes or
 * named properties) and objects of them, none reached twice. Gives up (false) past MAX_NODES values or SLOT_CHARS characters.
 */
export function isPlainData(value: unknown): boolean {
  const seen = new Set<object>();
  let nodes = MAX_NODES;
  let chars = SLOT_CHARS;
  const check = (item: unknown): boolean => {
    if (--nodes < 0) return false;
    switch (typeof item) {
      case "string":
        chars -= item.length;
        return chars >= 0;
      case "boolean":
        return true;
      case "number":
        return Number.isFinite(item) && !Object.is(item, -0);
      case "object": {
        if (item === null) return true;
        if (seen.has(item)) return false;
        seen.add(item);
        const proto = Object.getPrototypeOf(item);
        if (proto === Array.prototype) {
          const array = item as unknown[];
          for (let i = 0; i < array.length; i++) if (!check(array[i])) return false;
          // Structured clone keeps an array's named properties too; JSON would drop them.
          let keys = 0;
          for (const _ in array) keys += 1;
          return keys === array.length;
        }
        if (proto !== Object.prototype && proto !== null) return false;
        for (const key in item) if (!check((item as Record<string, unknown>)[key])) return false;
        return true;
      }
      default:
        return false;
    }
  };
  return check(value);
}

/**
 * One direction's slot: header cells and the message's JSON text as UTF-16 code units (copied
 * by hand: TextEncoder took 5 us for a 150-character message, longer than the rest of a send).
 */
class Slot {
  readonly cells: Int32Array;
  readonly #chars: Uint16Array;

  constructor(buffer: SharedArrayBuffer, which: number) {
    const at = which * SLOT_SIZE;
    this.cells = new Int32Array(buffer, at, HEADER_BYTES / 4);
    this.#chars = new Uint16Array(buffer, at + HEADER_BYTES, SLOT_CHARS);
  }

  /** Writes plain data `message` and wakes the reader, if the slot is free and the message fits. */
  put(message: unknown): boolean {
    if (Atomics.load(this.cells, STATE) !== EMPTY) return false;
    const text = JSON.stringify(message);
    if (text.length > SLOT_CHARS) return false;
    const chars = this.#chars;
    for (let i = 0; i < text.length; i++) chars[i] = text.charCodeAt(i);
    this.cells[LENGTH] = text.length;
    Atomics.store(this.cells, STATE, FULL);
    Atomics.notify(this.cells, STATE);
    return true;
  }

  /** Takes the message in the slot, if there is one. */
  take(): { message: unknown } | null {
    if (Atomics.load(this.cells, STATE) !== FULL) return null;
    const text = String.fromCharCode.apply(null, this.#chars.subarray(0, this.cells[LENGTH]) as unknown as number[]);
    Atomics.store(this.cells, STATE, EMPTY);
    return { message: JSON.parse(text) };
  }
}

/** One end of a `slottedChannel()`, in the process that uses it. */
export class SlottedPort<In, Out> {
  readonly #port: MessagePort;
  readonly #lane: SharedArrayBuffer;
  readonly #side: 0 | 1;
  readonly #out: Slot;
  readonly #in: Slot;
  /** Port messages posted so far; the slot is used only when the reader has read them all. */
  #portSent = 0;
  /** Whether this side tells the other whether its last message was small (`peerSendsSmall`). */
  readonly #hintsSmall: boolean;
  #handler: ((message: In) => void) | null = null;
  #closed = false;

  /**
   * `hintsSmall`: keep `peerSendsSmall` up to date for the other side, which costs a look at every
   * message (`isPlainData`, up to MAX_NODES values) even while nobody watches.
   */
  constructor(end: SlottedEnd, { hintsSmall = false } = {}) {
    this.#port = end.port;
    this.#lane = end.lane;
    this.#side = end.side;
    this.#hintsSmall = hintsSmall;
    this.#portSent = end.portSent ?? 0;
    this.#out = new Slot(end.lane, end.side);
    this.#in = new Slot(end.lane, 1 - end.side);
  }

  /**
   * Sends `message`: through the slot if the reader is watching it and the message is small plain
   * data (see the module's comment), else the port. A reader that sleeps is woken either way, and
   * a port message woke it sooner in a pool whose tasks take a millisecond.
   */
  post(message: Out, transfer: Transferable[] = []): void {
    const out = this.#out.cells;
    const watched = Atomics.load(out, WATCHING) === 1;
    if (watched || this.#hintsSmall) {
      const small = transfer.length === 0 && isPlainData(message);
      if (this.#hintsSmall) Atomics.store(out, SMALL, small ? 1 : 0);
      if (small && watched && Atomics.load(out, PORT_READ) === this.#portSent && this.#out.put(message)) return;
    }
    this.#port.postMessage(message, transfer);
    this.#portSent += 1;
  }

  /**
   * Whether the other side's last message was small plain data, which it would have put in the
   * slot had this side been watching: then watching for its next one is likely to pay. Always
   * false unless the other side was made with `hintsSmall`.
   */
  get peerSendsSmall(): boolean {
    return Atomics.load(this.#in.cells, SMALL) === 1;
  }

  /** Tells the other side whether this side is watching the slot, so that it writes there. */
  watching(on: boolean): void {
    Atomics.store(this.#in.cells, WATCHING, on ? 1 : 0);
  }

  /** Delivers every message from the other end, in the order it was sent, to `handler`. */
  set onmessage(handler: (message: In) => void) {
    this.#handler = handler;
    this.#port.onmessage = (event: MessageEvent<In>) => {
      Atomics.add(this.#in.cells, PORT_READ, 1);
      this.poll();
      handler(event.data);
    };
    this.#listen();
  }

  /**
   * Stops using this end here, for it to move to another process (transfer its port): a message
   * already in the slot is handled first, and a later one waits there for the new owner, which
   * makes a SlottedPort of the end returned.
   */
  detach(): SlottedEnd {
    this.watching(false);
    this.poll();
    this.#closed = true;
    this.#port.onmessage = null;
    Atomics.notify(this.#in.cells, STATE);
    return { port: this.#port, lane: this.#lane, side: this.#side, portSent: this.#portSent };
  }

  /** Closes the port and stops listening to the slot. */
  close(): void {
    this.#closed = true;
    this.#port.close();
    Atomics.notify(this.#in.cells, STATE);
  }

  #listen(): void {
    if (this.#closed) return;
    const waiting = Atomics.waitAsync(this.#in.cells, STATE, EMPTY);
    if (waiting.async) void waiting.value.then(this.#woken);
    else queueMicrotask(this.#woken);
  }

  #woken = (): void => {
    if (this.#closed) return;
    try {
      this.poll();
    } finally {
      this.#listen();
    }
  };

  /** Handles the message waiting in the slot now, if there is one; returns whether there was. */
  poll(): boolean {
    const taken = this.#in.take();
    if (!taken) return false;
    this.#handler!(taken.message as In);
    return true;
  }
}

/**
 * Watches the slots of `ports`, handling what arrives there, until `ready()` or `micros` pass;
 * returns whether it became ready. While it watches, the other sides write small messages there.
 */
export function watchPorts(ports: readonly Pick<SlottedPort<unknown, unknown>, "watching" | "poll">[], ready: () => boolean, micros = SPIN_US): boolean {
  for (const port of ports) port.watching(true);
  try {
    return spinFor(() => {
      for (const port of ports) port.poll();
      return ready();
    }, micros);
  } finally {
    for (const port of ports) port.watching(false);
  }
}

/** After a watch that caught nothing, how many waits of that kind skip watching before one tries again. */
const SKIPS_AFTER_MISS = 15;

/**
 * Whether watching is worth it, learnt per kind of wait. A watch that catches nothing costs its
 * SPIN_US on a core that another process may need to make the answer (a consumer's get from an
 * empty queue waits for a producer, which cannot run on a core the consumer spins on). So after a
 * miss, that kind of wait skips watching, but for one in SKIPS_AFTER_MISS + 1, which notices when
 * its answers come quickly again.
 */
export class WatchPolicy {
  /** Kinds whose last watch missed: how many waits skipped it since. */
  readonly #skipped = new Map<string, number>();

  /** Runs `watch` (a `watchPorts` call) unless `kind` is not worth it now, and learns from what it caught. */
  watch(kind: string, watch: () => boolean): void {
    const skipped = this.#skipped.get(kind);
    if (skipped !== undefined && skipped < SKIPS_AFTER_MISS) {
      this.#skipped.set(kind, skipped + 1);
      return;
    }
    if (watch()) this.#skipped.delete(kind);
    else this.#skipped.set(kind, 0);
  }
}
