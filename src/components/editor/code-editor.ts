/**
 * What the runnable examples need from an editor, so Monaco (desktop) and a plain textarea
 * (touch screens, where Monaco editing is poor) are interchangeable.
 */

/** A compile error to mark in the editor, 1-based. */
export interface EditorMark {
  line: number;
  column: number;
  message: string;
}

/** An editor mounted in place of an example's code block. */
export interface CodeEditor {
  /** The current text. */
  getValue(): string;
  /** Replaces the text (Reset). */
  setValue(text: string): void;
  /** Called after every change. */
  onChange(listener: () => void): void;
  /** Marks a compile error, or clears the marks with null. */
  mark(error: EditorMark | null): void;
  /** Moves the cursor to a line and highlights it (a timeline bar was clicked). */
  revealLine(line: number): void;
  focus(): void;
}

/** Options shared by both editors. */
export interface EditorOptions {
  /** Runs the program (Ctrl/Cmd+Enter). */
  onRun: () => void;
  /** Stops it (Escape outside of editor widgets). */
  onStop: () => void;
  /** The accessible name of the editing area. */
  label: string;
}

/** True on phones and tablets, where the textarea editor replaces Monaco. */
export function prefersPlainEditor(): boolean {
  return matchMedia("(pointer: coarse)").matches && !matchMedia("(pointer: fine)").matches;
}
