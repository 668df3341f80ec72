/**
 * A process's worker as the kernel sees it. The kernel starts process workers itself, all but
 * one: the first run's main process. The page starts that worker at the same moment as the
 * session worker and hands it over on a MessagePort, so the two load side by side rather than one
 * after the other (on the development machine each takes 30-60 ms to load, which was most of a
 * cold Run's wait for its first line).
 */
import type { KernelToProcess, ProcessToKernel } from "../protocol.ts";

/** What the kernel does with a process's worker; a `Worker` is one. */
export interface ProcessHost {
  postMessage(message: KernelToProcess, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<ProcessToKernel>) => void) | null;
  /** The worker failed to load, or an error escaped its handlers. */
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

/** The first message a worker the page started receives: the port its kernel listens on. */
export interface KernelPortMessage {
  type: "kernel-port";
  port: MessagePort;
}

/** A process worker the page started and handed over: messages travel on `port`, the page ends it. */
export class HandedOverWorker implements ProcessHost {
  readonly #port: MessagePort;
  readonly #terminate: () => void;
  #onerror: ((event: ErrorEvent) => void) | null = null;
  /** Why the worker failed, when it failed before a process took it. */
  #failure: string | null = null;

  /** `terminate` asks the page, which owns the worker, to end it. */
  constructor(port: MessagePort, terminate: () => void) {
    this.#port = port;
    this.#terminate = terminate;
  }

  set onmessage(handler: ((event: MessageEvent<ProcessToKernel>) => void) | null) {
    this.#port.onmessage = handler;
  }

  get onmessage(): ((event: MessageEvent<ProcessToKernel>) => void) | null {
    return this.#port.onmessage;
  }

  /** Set when a process takes the worker; a failure seen before then is reported to it at once. */
  set onerror(handler: ((event: ErrorEvent) => void) | null) {
    this.#onerror = handler;
    const failure = this.#failure;
    if (handler && failure !== null) queueMicrotask(() => handler(failureEvent(failure)));
  }

  get onerror(): ((event: ErrorEvent) => void) | null {
    return this.#onerror;
  }

  postMessage(message: KernelToProcess, transfer: Transferable[]): void {
    this.#port.postMessage(message, transfer);
  }

  /** Hears nothing more from the worker at once; the page ends it a message later. */
  terminate(): void {
    this.#port.onmessage = null;
    this.#port.close();
    this.#terminate();
  }

  /** The page saw the worker fail (its error event fires there, not here). */
  failed(message: string): void {
    if (this.#onerror) this.#onerror(failureEvent(message));
    else this.#failure = message;
  }
}

function failureEvent(message: string): ErrorEvent {
  return new ErrorEvent("error", { message, cancelable: true });
}
