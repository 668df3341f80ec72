/**
 * The output pane of a runnable example: a `role="log"` region named "Output" and a status line.
 *
 * Lines arrive in batches from the runner and are appended once per animation frame as one
 * fragment, so a program printing a million lines never freezes the tab. When more than one
 * process prints, each line is prefixed with its process name, as `[SpawnPoolWorker-1] ...`.
 */
import type { IoBatch, RunResult } from "../../runner/runner.ts";
import type { OutputLine } from "../../runtime/protocol.ts";
import { appendAll } from "../../runtime/internal/append-all.ts";

/** What the status line says. */
export type RunStatus =
  | { kind: "idle" }
  | { kind: "running" }
  | { kind: "finished"; ms: number; exitcode: number }
  | { kind: "stopped"; ms: number; exitcode: number }
  | { kind: "failed"; ms: number; exitcode: number }
  | { kind: "compile-error"; line: number; column: number; message: string };

/** Text of the status line for a status. */
export function statusText(status: RunStatus): string {
  switch (status.kind) {
    case "idle":
      return "";
    case "running":
      return "Running…";
    case "finished":
      return `Finished in ${Math.round(status.ms)} ms · exit code ${status.exitcode}`;
    case "stopped":
      return `Stopped after ${Math.round(status.ms)} ms · exit code ${status.exitcode}`;
    case "failed":
      return `Failed after ${Math.round(status.ms)} ms · exit code ${status.exitcode}`;
    case "compile-error":
      return `Did not compile: line ${status.line}, column ${status.column}`;
  }
}

/** The status a finished run ends in. */
export function statusOf(result: RunResult): RunStatus {
  if (result.kind === "compile-error") return { kind: "compile-error", ...result.error };
  const { exitcode, stopped, wallMs } = result.exit;
  if (stopped) return { kind: "stopped", ms: wallMs, exitcode };
  return exitcode === 0 ? { kind: "finished", ms: wallMs, exitcode } : { kind: "failed", ms: wallMs, exitcode };
}

/** An output pane bound to its DOM. */
export class OutputPane {
  readonly element: HTMLElement;
  readonly #log: HTMLElement;
  readonly #status: HTMLElement;
  readonly #truncated: HTMLElement;
  readonly #names = new Map<number, string>();
  readonly #printers = new Set<number>();
  #pending: OutputLine[] = [];
  #frame = 0;
  #prefixing = false;

  constructor() {
    this.element = document.createElement("div");
    this.element.className = "output";
    this.#status = document.createElement("p");
    this.#status.className = "output-status";
    this.#status.setAttribute("role", "status");
    this.#log = document.createElement("pre");
    this.#log.className = "output-log";
    this.#log.setAttribute("role", "log");
    this.#log.setAttribute("aria-label", "Output");
    this.#log.tabIndex = 0;
    this.#truncated = document.createElement("p");
    this.#truncated.className = "output-truncated";
    this.#truncated.hidden = true;
    this.element.append(this.#status, this.#log, this.#truncated);
  }

  /** Empties the pane for a new run. */
  clear(): void {
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    this.#pending = [];
    this.#names.clear();
    this.#printers.clear();
    this.#prefixing = false;
    this.#log.replaceChildren();
    this.#truncated.hidden = true;
  }

  /** Shows a run's status. */
  setStatus(status: RunStatus): void {
    this.#status.textContent = statusText(status);
    this.#status.dataset.status = status.kind;
  }

  /** Takes one batch from the runner; lines appear on the next animation frame, a run's first at once. */
  append(batch: IoBatch): void {
    for (const event of batch.events) {
      if (event.ph === "M" && event.name === "process_name") this.#names.set(event.pid, String(event.args?.name));
    }
    if (batch.lines.length > 0) appendAll(this.#pending, batch.lines);
    if (batch.dropped > 0) {
      this.#truncated.hidden = false;
      this.#truncated.textContent = `Output truncated: ${batch.dropped.toLocaleString("en")} more lines were not shown.`;
    }
    if (this.#pending.length === 0) return;
    if (this.#printers.size === 0) this.flushNow();
    else if (this.#frame === 0) this.#frame = requestAnimationFrame(() => this.#render());
  }

  /** Shows a message in the log itself (compile errors, internal failures). */
  note(text: string, stream: OutputLine["stream"] = "stderr"): void {
    this.#log.append(this.#line(text, stream));
  }

  /** Draws pending lines now (used when a run ends, so the last lines are never late). */
  flushNow(): void {
    cancelAnimationFrame(this.#frame);
    this.#render();
  }

  /** The printed text, for tests and for copying. */
  text(): string {
    return this.#log.textContent ?? "";
  }

  #render(): void {
    this.#frame = 0;
    if (this.#pending.length === 0) return;
    const lines = this.#pending;
    this.#pending = [];
    for (const line of lines) this.#printers.add(line.pid);
    if (!this.#prefixing && this.#printers.size > 1) {
      // A second process printed: from now on every line says who printed it, earlier ones too.
      this.#prefixing = true;
      for (const row of this.#log.querySelectorAll<HTMLElement>("[data-pid]")) {
        row.prepend(this.#prefix(Number(row.dataset.pid)));
      }
    }
    const fragment = document.createDocumentFragment();
    for (const line of lines) fragment.append(this.#line(line.text, line.stream, line.pid));
    const atBottom = this.#log.scrollHeight - this.#log.scrollTop - this.#log.clientHeight < 24;
    this.#log.append(fragment);
    if (atBottom) this.#log.scrollTop = this.#log.scrollHeight;
  }

  #prefix(pid: number): HTMLElement {
    const prefix = document.createElement("span");
    prefix.className = "output-process";
    prefix.textContent = `[${this.#names.get(pid) ?? `pid ${pid}`}] `;
    return prefix;
  }

  #line(text: string, stream: OutputLine["stream"], pid?: number): HTMLElement {
    const row = document.createElement("span");
    row.className = stream === "stderr" ? "output-line output-stderr" : "output-line";
    if (pid !== undefined) {
      row.dataset.pid = String(pid);
      if (this.#prefixing) row.append(this.#prefix(pid));
    }
    row.append(`${text}\n`);
    return row;
  }
}
