// The timeline benchmark page: fills the real TimelineView with synthetic trace events shaped like
// a chunksize-1 pool.map on two workers, then pans and zooms it once per animation frame and
// reports how long frames took, as `window.timelineBench`.
import "../../src/styles/global.css";
import "../../src/components/timeline/timeline.css";
import { TimelineView } from "../../src/components/timeline/timeline-view.ts";
import type { TraceEvent } from "../../src/runtime/trace.ts";

const WORKERS = 2;
const MAIN_PID = 101;

/** `count` events: process metadata, then per task a compute span and, every other task, a dispatch arrow. */
function syntheticEvents(count: number): TraceEvent[] {
  const events: TraceEvent[] = [];
  for (let w = 0; w <= WORKERS; w++) {
    const pid = MAIN_PID + w;
    events.push(
      { ph: "M", ts: 0, pid, tid: 0, name: "process_name", cat: "process", args: { name: w === 0 ? "MainProcess" : `SpawnPoolWorker-${w}` } },
      { ph: "M", ts: 0, pid, tid: 0, name: "process_sort_index", cat: "process", args: { sort_index: w + 1 } },
      { ph: "i", ts: 0, pid, tid: 0, name: "start", cat: "process", s: "p" },
    );
  }
  for (let task = 0; events.length < count; task++) {
    const pid = MAIN_PID + 1 + (task % WORKERS);
    const ts = Math.floor(task / WORKERS) * 20 + 10;
    events.push({ ph: "X", ts, dur: 15, pid, tid: 0, name: "square", cat: "compute", args: { chunk: task, items: `${task}..${task}` } });
    if (task % 2 === 0) {
      events.push(
        { ph: "s", ts: ts - 5, pid: MAIN_PID, tid: 0, name: "task", cat: "io", id: task },
        { ph: "f", bp: "e", ts, pid, tid: 0, name: "task", cat: "io", id: task },
      );
    }
  }
  return events.slice(0, count);
}

const view = new TimelineView(document.getElementById("timeline")!);

const timelineBench = {
  /**
   * Appends `count` events in runner-sized batches, then zooms in and out and pans for `frames`
   * animation frames. Returns the append time, the interval between frames and the draw time of each.
   */
  async measure(count: number, frames: number): Promise<{ appendMs: number; intervals: number[]; draws: number[] }> {
    const events = syntheticEvents(count);
    const started = performance.now();
    for (let i = 0; i < events.length; i += 1000) view.append(events.slice(i, i + 1000));
    view.finish();
    view.drawNow();
    const appendMs = performance.now() - started;
    const intervals: number[] = [];
    const draws: number[] = [];
    await new Promise<void>((resolve) => {
      let last: number | null = null;
      let frame = 0;
      const step = (time: number) => {
        if (last !== null) {
          intervals.push(time - last);
          draws.push(view.lastFrameMs);
        }
        last = time;
        if (frame++ === frames) return resolve();
        // Ten frames zooming in, ten zooming out, panning all along: every frame redraws.
        const span = view.viewport.to - view.viewport.from;
        view.viewport.pan((frame % 40 < 20 ? 0.05 : -0.05) * span, view.layout.endTs);
        view.zoom(frame % 20 < 10 ? 1.25 : 0.8);
        requestAnimationFrame(step);
      };
      requestAnimationFrame(step);
    });
    return { appendMs, intervals, draws };
  },
};

(window as unknown as { timelineBench: typeof timelineBench }).timelineBench = timelineBench;
