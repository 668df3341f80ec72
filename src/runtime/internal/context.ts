/**
 * What one process knows about itself: its identity, its parent, the functions its module exports,
 * and whether it is still bootstrapping (re-importing the main module, as spawn does).
 */
import type { ProcessInfo } from "../protocol.ts";

interface Context {
  info: ProcessInfo;
  parent: ProcessInfo | null;
  isMain: boolean;
  bootstrapping: boolean;
  pids: Int32Array;
  /** Counter for child names: Process-1, SpawnPoolWorker-2 ... (one counter, as in CPython). */
  childCounter: number;
}

const context: Context = {
  info: { pid: 0, name: "MainProcess", daemon: false },
  parent: null,
  isMain: true,
  bootstrapping: true,
  pids: new Int32Array(1),
  childCounter: 0,
};

/** Installs this process's identity; called once at boot. */
export function initContext(info: ProcessInfo, parent: ProcessInfo | null, isMain: boolean, pids: Int32Array): void {
  Object.assign(context, { info, parent, isMain, pids });
}

/** This process's identity. */
export function self(): ProcessInfo {
  return context.info;
}

/** The parent's identity, or null in the main process. */
export function parentInfo(): ProcessInfo | null {
  return context.parent;
}

/** True in the main process only: the value of `import.meta.main`. */
export function isMainProcess(): boolean {
  return context.isMain;
}

/** True while a child is still importing the main module. */
export function isBootstrapping(): boolean {
  return context.bootstrapping;
}

/** Marks the end of the bootstrapping phase (the module finished importing). */
export function endBootstrap(): void {
  context.bootstrapping = false;
}

/** A fresh pid from the program-wide counter. */
export function allocatePid(): number {
  return Atomics.add(context.pids, 0, 1) + 1;
}

/** The next child name with the given prefix, e.g. `Process-3`; children of children get `Process-1:2`. */
export function nextChildName(prefix: string): string {
  context.childCounter += 1;
  const own = context.info.name.match(/-(\d+(?::\d+)*)$/);
  const path = context.isMain || !own ? `${context.childCounter}` : `${own[1]}:${context.childCounter}`;
  return `${prefix}-${path}`;
}

const exported = new Map<Function, string>();
const byName = new Map<string, Function>();

/** Records the module's exported top-level functions; the compiler calls this first thing. */
export function registerExports(functions: Record<string, Function>): void {
  for (const [name, fn] of Object.entries(functions)) {
    if (typeof fn !== "function") continue;
    if (!exported.has(fn)) exported.set(fn, name);
    byName.set(name, fn);
  }
}

/** The exported name of a function, or undefined if it is not an exported top-level function. */
export function exportedName(fn: Function): string | undefined {
  return exported.get(fn);
}

/** The exported function with this name (in a child, after re-importing the module). */
export function exportedFunction(name: string): Function | undefined {
  return byName.get(name);
}
