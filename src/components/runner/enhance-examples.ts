/**
 * Makes every example figure on a lesson page runnable. This and the small page side of the runner
 * are the runner code a lesson page loads before interaction; the session worker starts on the
 * first hover or Run, and the editor and the timeline are imported on first use.
 */
import { attachDistribution } from "./attach-distribution.ts";
import { attachProgress } from "./attach-progress.ts";
import { attachTimeline } from "./attach-timeline.ts";
import { Runnable } from "./runnable.ts";

/** The Runnable of each example figure, by its `data-example` key (for the timeline and tests). */
export const runnables = new Map<string, Runnable>();

/** A container after the runner's output for a timeline or a chart. */
function extra(slot: HTMLElement, className: string): HTMLElement {
  const host = document.createElement("div");
  host.className = className;
  slot.append(host);
  return host;
}

function enhance(figure: HTMLElement): void {
  const key = figure.dataset.example;
  const slot = figure.querySelector<HTMLElement>("[data-runner-slot]");
  const sourceScript = figure.querySelector<HTMLScriptElement>("script[data-example-source]");
  const compiledScript = figure.querySelector<HTMLScriptElement>("script[data-example-compiled]");
  const tsPanel = figure.querySelector<HTMLElement>('[id$="-panel-ts"]');
  const pre = tsPanel?.querySelector("pre");
  if (!key || !slot || !sourceScript || !pre || runnables.has(key)) return;
  const codeHost = document.createElement("div");
  codeHost.className = "code-host";
  pre.replaceWith(codeHost);
  codeHost.append(pre);
  const pyPanel = figure.querySelector<HTMLElement>('[id$="-panel-py"]');
  const title = figure.querySelector("figcaption")?.textContent?.trim() ?? key;
  const runnable = new Runnable({
    codeHost,
    slot,
    original: JSON.parse(sourceScript.textContent ?? '""') as string,
    compiled: compiledScript ? (JSON.parse(compiledScript.textContent ?? '""') as string) : undefined,
    storageKey: key,
    fileName: "example.ts",
    label: `${title}: TypeScript code`,
    copyOverride: () => (pyPanel && !pyPanel.hidden && tsPanel?.hidden ? (pyPanel.querySelector("pre")?.textContent ?? null) : null),
  });
  runnables.set(key, runnable);
  if (figure.dataset.progress !== undefined) attachProgress(runnable, extra(slot, "example-progress"));
  if (figure.dataset.timeline !== undefined) attachTimeline(runnable, extra(slot, "example-timeline"));
  if (figure.dataset.orderFree !== undefined) attachDistribution(runnable, extra(slot, "example-distribution"));
  figure.dispatchEvent(new CustomEvent("runnable-ready", { detail: runnable, bubbles: true }));
}

for (const figure of document.querySelectorAll<HTMLElement>("figure[data-example]")) enhance(figure);
