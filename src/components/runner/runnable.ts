/**
 * One runnable program on a page: its toolbar (Run, Stop, Edit, Reset, Copy, Share), output pane
 * and, once the learner starts editing, an editor in place of the static code block.
 *
 * Run works before any editor code loads: the source comes from the page (or the learner's saved
 * edit). Monaco is imported on the first edit on desktop; touch screens get a textarea, and so does a
 * desktop that cannot load Monaco (offline before it was ever loaded). Edits are
 * saved per example and restored on reload, with an "Edited" mark and Reset to go back.
 */
import type { CodeEditor, EditorOptions } from "../editor/code-editor.ts";
import { prefersPlainEditor } from "../editor/code-editor.ts";
import { OutputPane, statusOf, type RunStatus } from "./output-pane.ts";
import { forget, loadSaved, save } from "./saved-code.ts";
import { shareUrl } from "./share-link.ts";
import * as runner from "../../runner/runner.ts";
import type { IoBatch, RunResult } from "../../runner/runner.ts";

/** Hooks a page can add to every run (the timeline uses them). */
export interface RunHooks {
  /** A run starts. */
  start?(): void;
  /** A batch of output and trace events arrived. */
  batch?(batch: IoBatch): void;
  /** The run ended. */
  end?(result: RunResult): void;
}

/** Where a runnable program lives on the page. */
export interface RunnableOptions {
  /** The element holding the static code block; the editor replaces its content. */
  codeHost: HTMLElement;
  /** Where the toolbar and output pane go. */
  slot: HTMLElement;
  /** The lesson's code (Reset goes back to it). */
  original: string;
  /** `original` compiled at build time: running it unedited skips the compiler. */
  compiled?: string;
  /** localStorage key for the learner's edits; null to keep none (shared playground code). */
  storageKey: string | null;
  /** File name in tracebacks. */
  fileName: string;
  /** Accessible name of the editing area. */
  label: string;
  /** The text Copy copies when another tab (the Python twin) is showing; null while TypeScript shows. */
  copyOverride?: () => string | null;
  /** Open an editor at once (the playground). */
  editNow?: boolean;
}


function button(label: string, className: string): HTMLButtonElement {
  const element = document.createElement("button");
  element.type = "button";
  element.className = `runner-button ${className}`;
  element.textContent = label;
  return element;
}

/** A runnable program bound to its DOM. */
export class Runnable {
  readonly hooks: RunHooks[] = [];
  readonly output = new OutputPane();
  readonly #options: RunnableOptions & { original: string };
  readonly #run = button("Run", "runner-run");
  readonly #stop = button("Stop", "runner-stop");
  readonly #edit = button("Edit", "runner-edit");
  readonly #reset = button("Reset", "runner-reset");
  readonly #copy = button("Copy", "runner-copy");
  readonly #share = button("Share", "runner-share");
  readonly #edited = document.createElement("span");
  readonly #notice = document.createElement("span");
  #editor: CodeEditor | null = null;
  #editorLoading: Promise<CodeEditor> | null = null;
  #code: string;
  #running = false;
  /** Counts runs, so that a run that a newer one ended leaves the page to the newer one. */
  #runs = 0;

  constructor(options: RunnableOptions) {
    this.#options = options;
    this.#code = (options.storageKey && loadSaved(options.storageKey)) || options.original;
    const toolbar = document.createElement("div");
    toolbar.className = "runner-toolbar";
    toolbar.setAttribute("role", "toolbar");
    toolbar.setAttribute("aria-label", `${options.label}: actions`);
    this.#edited.className = "runner-edited";
    this.#edited.textContent = "Edited";
    this.#edited.title = "This code differs from the lesson's. Reset goes back to it.";
    this.#notice.className = "runner-notice";
    this.#notice.setAttribute("aria-live", "polite");
    this.#stop.disabled = true;
    toolbar.append(this.#run, this.#stop, this.#edit, this.#reset, this.#copy, this.#share, this.#edited, this.#notice);
    options.slot.append(toolbar, this.output.element);
    this.#refreshEdited();
    if (this.#code !== options.original) this.#showPlain(this.#code);

    this.#run.addEventListener("click", () => void this.run());
    this.#run.addEventListener("pointerenter", () => (this.#compiledFor(this.source()) === undefined ? runner.warmUpCompiler() : runner.warmUp()), { once: true });
    this.#stop.addEventListener("click", () => void this.stop());
    this.#edit.addEventListener("click", () => void this.edit().then((editor) => editor.focus()));
    this.#reset.addEventListener("click", () => this.reset());
    this.#copy.addEventListener("click", () => void this.#copyCode());
    this.#share.addEventListener("click", () => void this.#shareCode());
    options.codeHost.addEventListener("click", () => void this.edit());
    options.codeHost.addEventListener("keydown", (event) => this.#onCodeKey(event));
    options.slot.closest("figure, main")?.addEventListener("keydown", (event) => {
      // Inside an open editor, the editor decides (Escape may close one of Monaco's widgets).
      const inEditor = this.#editor !== null && options.codeHost.contains(event.target as Node);
      if ((event as KeyboardEvent).key === "Escape" && this.#running && !inEditor) void this.stop();
    });
    if (options.editNow) void this.edit();
  }

  /** The program as it stands (the editor's text once an editor is open). */
  source(): string {
    return this.#editor?.getValue() ?? this.#code;
  }

  /** `source` compiled at build time, when it is still the lesson's code. */
  #compiledFor(source: string): string | undefined {
    return source === this.#options.original ? this.#options.compiled : undefined;
  }

  /**
   * Compiles and runs the program; a run elsewhere on the page, or this one's previous run, is
   * ended first. Once a newer run has started, the older one no longer writes to the page.
   */
  async run(): Promise<RunResult> {
    // The workers start loading before the page's own work below (a few milliseconds).
    runner.warmUp();
    const source = this.source();
    const run = ++this.#runs;
    const current = () => run === this.#runs;
    this.#running = true;
    this.#stop.disabled = false;
    this.#editor?.mark(null);
    this.output.clear();
    this.output.setStatus({ kind: "running" });
    for (const hook of this.hooks) hook.start?.();
    let result: RunResult;
    try {
      result = await runner.run(source, { fileName: this.#options.fileName, compiled: this.#compiledFor(source) }, (batch) => {
        if (!current()) return;
        this.output.append(batch);
        for (const hook of this.hooks) hook.batch?.(batch);
      });
    } catch (error) {
      if (!current()) throw error;
      this.output.note(`The runner failed: ${error instanceof Error ? error.message : String(error)}`);
      this.#finish({ kind: "failed", ms: 0, exitcode: 1 });
      throw error;
    }
    if (!current()) return result;
    this.output.flushNow();
    if (result.kind === "compile-error") {
      const { line, column, message } = result.error;
      this.output.note(`SyntaxError: ${message} (line ${line}, column ${column})`);
      (await this.edit()).mark(result.error);
    }
    this.#finish(statusOf(result));
    for (const hook of this.hooks) hook.end?.(result);
    return result;
  }

  /** Presses Stop (KeyboardInterrupt first; a second press ends every process). */
  async stop(): Promise<void> {
    await runner.stop();
  }

  /** Opens the editor in place of the code block (once) and returns it. */
  edit(): Promise<CodeEditor> {
    this.#editorLoading ??= this.#openEditor();
    return this.#editorLoading;
  }

  /** Goes back to the lesson's code, asking first if it was edited. */
  reset(): void {
    if (this.source() !== this.#options.original && !confirm("Discard your changes and go back to the lesson's code?")) return;
    if (this.#options.storageKey) forget(this.#options.storageKey);
    this.#code = this.#options.original;
    if (this.#editor) this.#editor.setValue(this.#options.original);
    else this.#showPlain(this.#options.original);
    this.#refreshEdited();
  }

  /** Adds a button to the toolbar, before the Edited mark (e.g. "Run 20 times"). */
  addAction(action: HTMLButtonElement): void {
    action.classList.add("runner-button");
    this.#edited.before(action);
  }

  /** Shows other code (the playground's example menu); it becomes the code Reset goes back to. */
  replace(code: string): void {
    this.#options.original = code;
    this.#options.compiled = undefined;
    this.#code = code;
    if (this.#editor) this.#editor.setValue(code);
    else this.#showPlain(code);
    this.#refreshEdited();
  }

  /**
   * Puts other code in place as if the learner had typed it (a lab's solution): it is saved, marked
   * Edited, and Reset still goes back to the original.
   */
  load(code: string): void {
    this.#code = code;
    if (this.#editor) this.#editor.setValue(code);
    else this.#showPlain(code);
    if (this.#options.storageKey) save(this.#options.storageKey, code, this.#options.original);
    this.#refreshEdited();
  }

  /** Highlights a line in the editor (opening it if needed). */
  async revealLine(line: number): Promise<void> {
    (await this.edit()).revealLine(line);
  }

  async #openEditor(): Promise<CodeEditor> {
    const options: EditorOptions = {
      onRun: () => void this.run(),
      onStop: () => void this.stop(),
      label: this.#options.label,
    };
    const editor = (await this.#monaco(options)) ?? (await import("../editor/textarea-editor.ts")).createTextareaEditor(this.#options.codeHost, this.#code, options);
    editor.onChange(() => {
      if (this.#code === this.#options.original) runner.warmUpCompiler();
      this.#code = editor.getValue();
      if (this.#options.storageKey) save(this.#options.storageKey, this.#code, this.#options.original);
      this.#refreshEdited();
    });
    this.#editor = editor;
    this.#edit.hidden = true;
    this.#options.codeHost.closest("figure")?.classList.add("is-editing");
    return editor;
  }

  /**
   * Monaco on desktop; null on touch screens, or when Monaco cannot load (offline before it was ever
   * loaded: the service worker keeps it only once used), where the plain editor does the job.
   */
  async #monaco(options: EditorOptions): Promise<CodeEditor | null> {
    if (prefersPlainEditor()) return null;
    try {
      const { createMonacoEditor } = await import("../editor/monaco-editor.ts");
      return createMonacoEditor(this.#options.codeHost, this.#code, options);
    } catch {
      this.#notice.textContent = "The full editor could not load (are you offline?): editing as plain text.";
      return null;
    }
  }

  #finish(status: RunStatus): void {
    this.#running = false;
    this.#stop.disabled = true;
    this.output.setStatus(status);
  }

  /** Shows edited code without highlighting until an editor opens. */
  #showPlain(code: string): void {
    const block = this.#options.codeHost.querySelector("code");
    if (block) block.textContent = code;
  }

  #refreshEdited(): void {
    this.#edited.hidden = this.source() === this.#options.original;
  }

  #onCodeKey(event: KeyboardEvent): void {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void this.run();
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !this.#editor) {
      // Typing into the static block starts editing.
      void this.edit().then((editor) => editor.focus());
    }
  }

  async #copyCode(): Promise<void> {
    const text = this.#options.copyOverride?.() ?? this.source();
    await this.#toClipboard(text, "Code copied");
  }

  async #shareCode(): Promise<void> {
    await this.#toClipboard(shareUrl(this.source()), "Link copied");
  }

  async #toClipboard(text: string, done: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.#notice.textContent = done;
    } catch {
      this.#notice.textContent = "Copying is blocked here: select the text and copy it yourself.";
    }
    setTimeout(() => (this.#notice.textContent = ""), 2500);
  }
}
