/**
 * Makes the live experiment charts of a lesson page (`<SpeedupChart>`, `<ThroughputChart>`) work.
 * Until the learner presses Run experiment, a chart is static HTML and this small module is all
 * that loaded; the press imports the chart (and through it the runner), mounts it in place of the
 * button and starts it. The program is the learner's saved edit of the same example if there is
 * one, as the example's own Run button would run it, else the lesson's.
 */
import "../timeline/timeline.css";
import { loadSaved } from "./saved-code.ts";

/** The program a chart figure runs now. */
function sourceOf(figure: HTMLElement): string {
  const saved = figure.dataset.exampleKey ? loadSaved(figure.dataset.exampleKey) : null;
  return saved ?? (JSON.parse(figure.querySelector("script[data-chart-source]")?.textContent ?? '""') as string);
}

/** Mounts the chart of `figure` in `slot`, reading the program afresh at each start. */
async function mount(figure: HTMLElement, slot: HTMLElement): Promise<{ start(): Promise<unknown> }> {
  const source = () => sourceOf(figure);
  if (figure.dataset.liveChart === "throughput") {
    const { SweepChart } = await import("../timeline/sweep-chart.ts");
    const values = (figure.dataset.values ?? "").split(",").map(Number);
    return new SweepChart(slot, { source, parameter: figure.dataset.parameter ?? "", values });
  }
  const { SpeedupChart } = await import("../timeline/speedup-chart.ts");
  return new SpeedupChart(slot, { source, workers: Number(figure.dataset.workers) || undefined });
}

function enhance(figure: HTMLElement): void {
  const slot = figure.querySelector<HTMLElement>("[data-chart-slot]");
  const button = slot?.querySelector<HTMLButtonElement>("[data-chart-start]");
  if (!slot || !button) return;
  button.addEventListener(
    "click",
    async () => {
      button.disabled = true;
      button.textContent = "Loading…";
      const chart = await mount(figure, slot);
      button.remove();
      const started = chart.start();
      // The chart's own start button is disabled while it runs: keep the focus on Cancel.
      slot.querySelector<HTMLButtonElement>("button:not(:disabled)")?.focus();
      await started;
    },
    { once: true },
  );
}

for (const figure of document.querySelectorAll<HTMLElement>("figure[data-live-chart]")) enhance(figure);
