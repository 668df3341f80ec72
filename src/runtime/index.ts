/**
 * The `multiprocessing` module as programs in the page import it:
 * `import { Pool, Process, Queue } from "multiprocessing"`.
 *
 * Python names map to camelCase one to one; `python-names.ts` lists the mapping as data.
 */
export { Process, activeChildren, currentProcess, parentProcess, type ProcessOptions, type ProcessView } from "./process.ts";
export { Pool, AsyncResult, IMapIterator, type PoolOptions, type AsyncCallbacks } from "./pool.ts";
export { Queue, JoinableQueue } from "./queue.ts";
export { Pipe, Connection } from "./pipe.ts";
export { cpuCount, getStartMethod, setStartMethod, sleep } from "./platform.ts";
export { ignoreKeyboardInterrupt } from "./internal/interrupt.ts";
export { Barrier, BoundedSemaphore, Condition, Event, Lock, RLock, Semaphore, type BarrierOptions, type Held } from "./synchronize.ts";
export { SharedArray, Value, type Element, type NumberTypecode, type SharedOptions, type Typecode } from "./sharedctypes.ts";
export {
  BaseProxy,
  DictProxy,
  EventProxy,
  ListProxy,
  LockProxy,
  Manager,
  NamespaceProxy,
  QueueProxy,
  SyncManager,
  ValueProxy,
} from "./manager.ts";
export {
  AssertionError,
  AttributeError,
  BrokenBarrierError,
  BrokenPipeError,
  EOFError,
  Empty,
  Full,
  IndexError,
  KeyError,
  KeyboardInterrupt,
  OSError,
  PicklingError,
  RuntimeError,
  TimeoutError,
  ValueError,
} from "./errors.ts";
