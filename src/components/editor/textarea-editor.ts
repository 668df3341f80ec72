/**
 * The plain editor for touch screens: a monospace textarea with the same shortcuts as Monaco
 * (Ctrl/Cmd+Enter runs, Escape stops) and a message line for compile errors.
 */
import type { CodeEditor, EditorMark, EditorOptions } from "./code-editor.ts";

/** Replaces `host`'s content with a textarea holding `text`. */
export function createTextareaEditor(host: HTMLElement, text: string, options: EditorOptions): CodeEditor {
  const area = document.createElement("textarea");
  area.className = "code-textarea";
  area.value = text;
  area.spellcheck = false;
  area.autocapitalize = "off";
  area.setAttribute("autocorrect", "off");
  area.setAttribute("aria-label", options.label);
  area.rows = Math.min(30, Math.max(6, text.split("\n").length + 1));
  const message = document.createElement("p");
  message.className = "code-error";
  message.hidden = true;
  host.replaceChildren(area, message);

  area.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      options.onRun();
    } else if (event.key === "Escape") {
      options.onStop();
    } else if (event.key === "Tab" && !event.shiftKey && area.selectionStart === area.selectionEnd) {
      // Indent rather than leave the field; Shift+Tab and Escape-then-Tab still move focus.
      event.preventDefault();
      area.setRangeText("  ", area.selectionStart, area.selectionEnd, "end");
      area.dispatchEvent(new Event("input"));
    }
  });

  const lineStart = (line: number) => area.value.split("\n").slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0);
  return {
    getValue: () => area.value,
    setValue(value) {
      area.value = value;
      area.dispatchEvent(new Event("input"));
    },
    onChange(listener) {
      area.addEventListener("input", listener);
    },
    mark(error: EditorMark | null) {
      message.hidden = error === null;
      message.textContent = error ? `Line ${error.line}, column ${error.column}: ${error.message}` : "";
      area.setAttribute("aria-invalid", String(error !== null));
    },
    revealLine(line) {
      const start = lineStart(line);
      area.focus();
      area.setSelectionRange(start, start + (area.value.split("\n")[line - 1]?.length ?? 0));
    },
    focus: () => area.focus(),
  };
}
