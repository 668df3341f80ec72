/**
 * The synchronisation primitives of `multiprocessing.synchronize` (also re-exported by
 * `threading`): locks, semaphores, events, conditions and barriers on shared memory and Atomics.
 *
 * Each object's state lives in a SharedArrayBuffer that crosses to a child by structured clone, so
 * every process that inherited it (Process args, Pool initargs) works on the same memory. As in
 * CPython they refuse to travel any other way (Pool task arguments, queue items): RuntimeError
 * "Lock objects should only be shared between processes through inheritance".
 */
export { BoundedSemaphore, Lock, Semaphore, SemLock, type Held } from "./synchronize/semlock.ts";
export { RLock } from "./synchronize/rlock.ts";
export { Condition, Event } from "./synchronize/condition.ts";
export { Barrier, type BarrierOptions } from "./synchronize/barrier.ts";
