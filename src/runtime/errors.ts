/**
 * Python's exception classes as JavaScript errors, and their passage across worker boundaries.
 *
 * Learners compare what the page prints with what CPython prints, so every error the runtime raises
 * carries the Python class name in `name` (printed as `ValueError: ...`) and CPython's message.
 * Errors cross between workers as `{ name, message, stack }` and are rebuilt with their class, as
 * comlink's throw handler does.
 */

/** Base of every error class below: `name` is the Python exception name. */
export class PythonError extends Error {
  constructor(message = "", options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Python's `ValueError`: a call got an argument or state it cannot accept. */
export class ValueError extends PythonError {}
/** Python's `RuntimeError`, e.g. starting a process before the main guard. */
export class RuntimeError extends PythonError {}
/** Python's `AssertionError`, raised by `Process` misuse as CPython does. */
export class AssertionError extends PythonError {}
/** Python's `OSError`, e.g. using a closed connection. */
export class OSError extends PythonError {}
/** Python's `EOFError`: `recv()` on a pipe whose other end is closed and drained. */
export class EOFError extends PythonError {}
/** `pickle.PicklingError`: a value that cannot be sent to another process. */
export class PicklingError extends PythonError {}
/** `queue.Empty`: a non-blocking or timed-out `get()` found nothing. */
export class Empty extends PythonError {}
/** `queue.Full`: a non-blocking or timed-out `put()` found the queue full. */
export class Full extends PythonError {}
/** `multiprocessing.TimeoutError`: `AsyncResult.get(timeout)` ran out of time. */
export class TimeoutError extends PythonError {}
/** `threading.BrokenBarrierError`: a barrier was reset or timed out while waiting. */
export class BrokenBarrierError extends PythonError {}
/** Python's `KeyError`: a missing key, raised by Manager dictionaries. */
export class KeyError extends PythonError {}
/** Python's `IndexError`: a missing index, raised by Manager lists and shared arrays. */
export class IndexError extends PythonError {}
/** Python's `AttributeError`, e.g. `getLock()` on a Value made with `lock: false`. */
export class AttributeError extends PythonError {}
/** Python's `BrokenPipeError`: a Manager proxy used after its manager shut down. */
export class BrokenPipeError extends OSError {}
/** Python's `KeyboardInterrupt`: the page's Stop button, the Ctrl-C of every example. */
export class KeyboardInterrupt extends PythonError {}

/**
 * The remote traceback attached as `cause` to an error re-raised from another process, as
 * CPython's `multiprocessing.pool.RemoteTraceback`.
 */
export class RemoteTraceback extends PythonError {}

/** How an error travels between workers. */
export interface SerializedError {
  name: string;
  message: string;
  stack: string;
}

const knownErrors: Record<string, new (message?: string) => Error> = {
  ValueError, RuntimeError, AssertionError, OSError, EOFError, PicklingError, Empty, Full,
  TimeoutError, BrokenBarrierError, KeyError, IndexError, KeyboardInterrupt, RemoteTraceback,
  AttributeError, BrokenPipeError,
  TypeError, RangeError, SyntaxError, ReferenceError, Error,
};

/** Turns anything thrown into a cloneable description of it. */
export function serializeError(error: unknown): SerializedError {
  if (error instanceof Error) {
    return { name: error.name, message: error.message, stack: error.stack ?? "" };
  }
  return { name: "Error", message: String(error), stack: "" };
}

/**
 * Rebuilds an error that crossed a worker boundary. The class is restored when the runtime knows
 * it; a user-defined class keeps its name on a plain Error, which prints the same.
 */
export function deserializeError(data: SerializedError): Error {
  const Known = knownErrors[data.name];
  const error = Known ? new Known(data.message) : new Error(data.message);
  if (!Known) error.name = data.name;
  return error;
}

/** Rebuilds a task's error and attaches the remote stack as `cause`, as Pool does. */
export function reraiseRemote(data: SerializedError): Error {
  const error = deserializeError(data);
  (error as { cause?: unknown }).cause = new RemoteTraceback(`\n"""\n${data.stack}\n"""`);
  return error;
}
