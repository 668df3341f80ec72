/**
 * Monaco, loaded only when a learner starts editing: TypeScript intellisense for the
 * `multiprocessing` and `threading` modules (the runtime's own sources, served to Monaco's
 * TypeScript worker as a package), error squiggles, the site's light or dark theme, and the
 * example shortcuts. Monaco's workers are bundled by Vite and load from our origin, under COEP.
 */
import * as monaco from "monaco-editor/editor/editor.api.js";
import "monaco-editor/features/register.all.js";
import "monaco-editor/languages/definitions/typescript/register.js";
import { typescriptDefaults } from "monaco-editor/languages/features/typescript/register.js";
import EditorWorker from "monaco-editor/editor/editor.worker.js?worker";
import TypeScriptWorker from "monaco-editor/language/typescript/ts.worker.js?worker";
import type { CodeEditor, EditorMark, EditorOptions } from "./code-editor.ts";

const runtimeSources = import.meta.glob<string>(["../../runtime/**/*.ts", "!../../runtime/**/*.test.ts"], {
  query: "?raw",
  import: "default",
  eager: true,
});

let configured = false;

function configure(): void {
  if (configured) return;
  configured = true;
  (self as unknown as { MonacoEnvironment: monaco.Environment }).MonacoEnvironment = {
    getWorker: (_id, label) => (label === "typescript" || label === "javascript" ? new TypeScriptWorker() : new EditorWorker()),
  };
  typescriptDefaults.setCompilerOptions({
    target: 99, // ESNext
    module: 99, // ESNext
    moduleResolution: 2, // Node
    strict: true,
    noEmit: true,
    allowImportingTsExtensions: true,
    allowNonTsExtensions: true,
    lib: ["esnext", "webworker"],
  });
  for (const [path, source] of Object.entries(runtimeSources)) {
    const inPackage = path.replace("../../runtime/", "");
    typescriptDefaults.addExtraLib(source, `file:///node_modules/multiprocessing/${inPackage}`);
  }
  typescriptDefaults.addExtraLib('export * from "../multiprocessing/threading.ts";\n', "file:///node_modules/threading/index.ts");
  // The site's code backgrounds, and a comment colour that meets WCAG AA on the dark one.
  monaco.editor.defineTheme("mp-light", { base: "vs", inherit: true, rules: [], colors: { "editor.background": "#ffffff" } });
  monaco.editor.defineTheme("mp-dark", {
    base: "vs-dark",
    inherit: true,
    rules: [{ token: "comment", foreground: "8fc27f" }],
    colors: { "editor.background": "#0a0c10" },
  });
  // The learner's choice (data-theme on <html>) wins; without one the site follows the system.
  const systemDark = matchMedia("(prefers-color-scheme: dark)");
  const applyTheme = () => {
    const chosen = document.documentElement.dataset.theme;
    const dark = chosen ? chosen === "dark" : systemDark.matches;
    monaco.editor.setTheme(dark ? "mp-dark" : "mp-light");
  };
  applyTheme();
  systemDark.addEventListener("change", applyTheme);
  new MutationObserver(applyTheme).observe(document.documentElement, { attributes: true, attributeFilter: ["data-theme"] });
}

let modelCounter = 0;

/** Replaces `host`'s content with Monaco holding `text`, keeping the host's height at first. */
export function createMonacoEditor(host: HTMLElement, text: string, options: EditorOptions): CodeEditor {
  configure();
  const startHeight = host.getBoundingClientRect().height;
  host.replaceChildren();
  host.classList.add("code-monaco");
  host.style.height = `${Math.max(startHeight, 120)}px`;
  modelCounter += 1;
  const model = monaco.editor.createModel(text, "typescript", monaco.Uri.parse(`file:///example-${modelCounter}/main.ts`));
  const editor = monaco.editor.create(host, {
    model,
    automaticLayout: true,
    minimap: { enabled: false },
    scrollBeyondLastLine: false,
    fontSize: 14,
    lineNumbersMinChars: 3,
    tabSize: 2,
    ariaLabel: options.label,
    scrollbar: { alwaysConsumeMouseWheel: false },
    fixedOverflowWidgets: true,
  });
  // Never shorter than the code block it replaced, so nothing below it moves when editing starts;
  // longer code grows the editor up to 640 px (or the block's height, if that was more).
  const fit = () => {
    const height = Math.min(Math.max(editor.getContentHeight(), startHeight, 120), Math.max(640, startHeight));
    host.style.height = `${height}px`;
  };
  editor.onDidContentSizeChange(fit);
  fit();
  editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, options.onRun);
  editor.addCommand(
    monaco.KeyCode.Escape,
    options.onStop,
    "!suggestWidgetVisible && !findWidgetVisible && !parameterHintsVisible && !renameInputVisible && !markersNavigationVisible",
  );
  let decorations = editor.createDecorationsCollection();

  return {
    getValue: () => model.getValue(),
    setValue: (value) => model.setValue(value),
    onChange: (listener) => void model.onDidChangeContent(listener),
    mark(error: EditorMark | null) {
      monaco.editor.setModelMarkers(
        model,
        "compile",
        error
          ? [{ severity: monaco.MarkerSeverity.Error, message: error.message, startLineNumber: error.line, startColumn: error.column, endLineNumber: error.line, endColumn: error.column + 1 }]
          : [],
      );
      if (error) editor.revealLineInCenterIfOutsideViewport(error.line);
    },
    revealLine(line) {
      editor.revealLineInCenter(line);
      editor.setPosition({ lineNumber: line, column: 1 });
      decorations.clear();
      decorations = editor.createDecorationsCollection([
        { range: new monaco.Range(line, 1, line, 1), options: { isWholeLine: true, className: "code-highlight-line" } },
      ]);
      editor.focus();
    },
    focus: () => editor.focus(),
  };
}
