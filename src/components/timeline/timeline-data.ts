/**
 * The timeline in words and numbers, for readers who cannot or would rather not read the canvas:
 * the "Timeline data" table (built only while shown, capped for large traces) and the summary
 * list under the canvas.
 */
import { describeBar, formatMs } from "../../timeline/describe.ts";
import type { TimelineLayout } from "../../timeline/layout.ts";
import type { TimelineSummary } from "../../timeline/summary.ts";

function cell(tag: "td" | "th", text: string, numeric = false): HTMLTableCellElement {
  const element = document.createElement(tag);
  element.textContent = text;
  if (numeric) element.className = "num";
  if (tag === "th") element.scope = "col";
  return element;
}

/** The data table: one row per bar, lanes in display order, bars by start; at most `maxRows` rows. */
export function buildDataTable(layout: TimelineLayout, maxRows: number): HTMLElement {
  const wrapper = document.createElement("div");
  const table = document.createElement("table");
  table.createCaption().textContent = "Timeline data";
  const head = table.createTHead().insertRow();
  head.append(cell("th", "process"), cell("th", "what"), cell("th", "start ms"), cell("th", "end ms"));
  const body = table.createTBody();
  let shown = 0;
  for (const lane of layout.lanes) {
    for (const row of lane.rows) {
      const process = row.tid === 0 ? lane.name : `${lane.name} / ${row.name}`;
      for (const bar of row.bars.items) {
        if (shown === maxRows) break;
        const details = describeBar(bar);
        const what = `${details.what}, ${details.kind}`;
        const tr = body.insertRow();
        tr.append(cell("td", process), cell("td", what), cell("td", (bar.start / 1000).toFixed(3), true), cell("td", (bar.end / 1000).toFixed(3), true));
        shown += 1;
      }
    }
  }
  wrapper.append(table);
  const total = layout.barCount;
  if (total > shown) {
    const note = document.createElement("p");
    note.className = "timeline-note";
    note.textContent = `Showing ${shown.toLocaleString("en")} of ${total.toLocaleString("en")} rows. Download the trace for all of them.`;
    wrapper.append(note);
  }
  return wrapper;
}

/** Fills the summary `<dl>`: wall time, busy time per process, efficiency, and a pool's speedup. */
export function renderSummary(list: HTMLDListElement, summary: TimelineSummary): void {
  const entries: Array<[string, string]> = [["Wall time", formatMs(summary.wallMs)]];
  for (const process of summary.processes) entries.push([`Busy: ${process.name}`, formatMs(process.busyMs)]);
  entries.push(["Parallel efficiency", `${Math.round(summary.efficiency * 100)}% (busy time / (${summary.processes.length} processes × wall time))`]);
  if (summary.speedup !== null) entries.push(["Speedup against one process", `${summary.speedup.toFixed(2)}× (pool tasks' total compute time / pool wall time)`]);
  list.replaceChildren(
    ...entries.flatMap(([term, value]) => {
      const dt = document.createElement("dt");
      dt.textContent = term;
      const dd = document.createElement("dd");
      dd.textContent = value;
      return [dt, dd];
    }),
  );
}
