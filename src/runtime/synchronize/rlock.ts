/**
 * `multiprocessing.RLock`: a SemLock its holding thread may take again, as CPython's
 * RECURSIVE_MUTEX kind. The depth lives in shared memory beside the owner (pid, thread).
 *
 * It also rebuilds every kind of SemLock that crosses to a child, as the one module that knows them all.
 */
import { AssertionError } from "../errors.ts";
import type { ThreadIdentity } from "../internal/threads.ts";
import { registerUnpickler } from "../pickle.ts";
import { BoundedSemaphore, DEPTH, Lock, SemLock, Semaphore, type SemHandle, type SemKind } from "./semlock.ts";
import { isHalting } from "./shared.ts";

/**
 * A lock its holder may take again, as `multiprocessing.RLock()`; it is free once released as many
 * times as acquired. Only the holding thread may release it; another thread of the same process waits.
 */
export class RLock extends SemLock {
  /** Creates an unlocked recursive lock. */
  constructor(handle?: SemHandle) {
    super(1, 1, handle);
  }

  protected kind(): SemKind {
    return "RLock";
  }

  override async acquireAs(thread: ThreadIdentity, block = true, timeout: number | null = null): Promise<boolean> {
    const cells = this.cells;
    if (this.isMine(thread)) {
      cells[DEPTH] = cells[DEPTH]! + 1;
      return true;
    }
    if (!(await super.acquireAs(thread, block, timeout))) return false;
    cells[DEPTH] = 1;
    return true;
  }

  override release(): void {
    if (isHalting()) return;
    const cells = this.cells;
    if (!this.isMine() || cells[DEPTH]! <= 0) throw new AssertionError("attempt to release recursive lock not owned by thread");
    cells[DEPTH] = cells[DEPTH]! - 1;
    if (cells[DEPTH] === 0) super.release();
  }

  /** @internal How deep this thread holds it; Condition.wait() releases that many and takes them back. */
  depth(): number {
    return this.isMine() ? this.cells[DEPTH]! : 0;
  }

  /** @internal Releases every level at once (Condition.wait), returning the depth to restore. */
  releaseAll(): number {
    const depth = this.depth();
    this.cells[DEPTH] = 1;
    this.release();
    return depth;
  }

  /** @internal Takes the lock again for `thread` at a saved depth. */
  async restore(thread: ThreadIdentity, depth: number): Promise<void> {
    await this.acquireAs(thread);
    this.cells[DEPTH] = depth;
  }

  override toString(): string {
    const owner = this.ownerName();
    const count = this.isMine() ? Atomics.load(this.cells, DEPTH) : owner === "None" ? 0 : "nonzero";
    return `<RLock(${owner}, ${count})>`;
  }
}

registerUnpickler("semlock", (data) => {
  const handle = data as SemHandle;
  switch (handle.kind) {
    case "Lock":
      return new Lock(handle);
    case "RLock":
      return new RLock(handle);
    case "Semaphore":
      return new Semaphore(0, handle);
    case "BoundedSemaphore":
      return new BoundedSemaphore(0, handle);
  }
});
