/**
 * A progress bar under an example that reports progress (meta.json `"progress": true`): it follows
 * the program's `<label>: <done>/<total>` lines (see progress-line.ts) while it runs, the way tqdm
 * draws a bar in a terminal, so the lesson on imap_unordered and callbacks shows a real bar.
 */
import { parseProgressLine } from "../../lib/progress-line.ts";
import type { Runnable } from "./runnable.ts";

let count = 0;

/** Adds a progress bar in `host` that follows the progress lines of every run of `runnable`. */
export function attachProgress(runnable: Runnable, host: HTMLElement): void {
  const id = `example-progress-${++count}`;
  const label = document.createElement("label");
  label.htmlFor = id;
  const bar = document.createElement("progress");
  bar.id = id;
  const text = document.createElement("span");
  text.className = "example-progress-count";
  host.append(label, bar, text);
  host.hidden = true;
  const show = (name: string, done: number, total: number): void => {
    label.textContent = name;
    bar.max = total;
    bar.value = done;
    text.textContent = `${done}/${total}`;
    host.dataset.done = String(done);
    host.dataset.total = String(total);
  };
  runnable.hooks.push({
    start() {
      host.hidden = true;
      delete host.dataset.done;
      delete host.dataset.total;
    },
    batch(batch) {
      for (const line of batch.lines) {
        const report = parseProgressLine(line.text);
        if (!report) continue;
        host.hidden = false;
        show(report.label, report.done, report.total);
      }
    },
  });
}
