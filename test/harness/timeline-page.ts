// The timeline test page: mounts the live timeline, the speedup chart and the run distribution on
// the real runner, and exposes them to Playwright as `window.timelineDemo`.
import "../../src/styles/global.css";
import "../../src/components/timeline/timeline.css";
import { run } from "../../src/runner/runner.ts";
import type { RunResult } from "../../src/runner/runner.ts";
import type { TraceEvent } from "../../src/runtime/trace.ts";
import { TimelineView } from "../../src/components/timeline/timeline-view.ts";
import { SpeedupChart } from "../../src/components/timeline/speedup-chart.ts";
import { RunDistribution } from "../../src/components/timeline/run-distribution.ts";
import type { SpeedupRow } from "../../src/timeline/csv.ts";
import type { OutputCount } from "../../src/timeline/distribution.ts";

const mount = (id: string): HTMLElement => document.getElementById(id)!;
const clicked: string[] = [];
const view = new TimelineView(mount("timeline"), { onBarClick: (name) => clicked.push(name) });
let speedup: SpeedupChart | null = null;
let distribution: RunDistribution | null = null;

const timelineDemo = {
  view,
  /** Function names passed to onBarClick. */
  clicked,
  /** Runs a program into the timeline; resolves with the result and every trace event. */
  async run(source: string): Promise<{ result: RunResult; events: TraceEvent[]; stdout: string[] }> {
    view.reset();
    const events: TraceEvent[] = [];
    const stdout: string[] = [];
    const result = await run(source, {}, (batch) => {
      events.push(...batch.events);
      for (const line of batch.lines) if (line.stream === "stdout") stdout.push(line.text);
      view.append(batch.events);
    });
    view.finish(result.kind === "exit" ? result.exit : null);
    view.drawNow();
    return { result, events, stdout };
  },
  /** Layout and viewport facts for assertions. */
  facts() {
    const layout = view.layout;
    return {
      lanes: layout.lanes.map((lane) => ({ name: lane.name, bars: lane.rows.reduce((n, row) => n + row.bars.items.length, 0), rows: lane.rows.length })),
      arrows: layout.arrows.items.length,
      bars: layout.barCount,
      arrowsDrawn: view.arrowsDrawn,
      /** The visible time window in microseconds (the view's public viewport), which zoom and pan move. */
      visible: { from: view.viewport.from, to: view.viewport.to },
    };
  },
  /** Appends `count` synthetic task bars (and a dispatch arrow per tenth) and times frames drawing them (one per animation frame, as the view draws, after three warm-up frames): half zoomed out, half zoomed in. */
  async bench(count: number, frames = 10): Promise<{ appendMs: number; frameMs: number[] }> {
    view.reset();
    const events: TraceEvent[] = [];
    const workers = 8;
    for (let w = 0; w <= workers; w++) {
      const pid = 101 + w;
      events.push(
        { ph: "M", ts: 0, pid, tid: 0, name: "process_name", cat: "process", args: { name: w === 0 ? "MainProcess" : `SpawnPoolWorker-${w}` } },
        { ph: "M", ts: 0, pid, tid: 0, name: "process_sort_index", cat: "process", args: { sort_index: w + 1 } },
        { ph: "i", ts: 0, pid, tid: 0, name: "start", cat: "process", s: "p" },
      );
    }
    for (let i = 0; i < count; i++) {
      const pid = 102 + (i % workers);
      const ts = Math.floor(i / workers) * 20 + 10;
      events.push({ ph: "X", ts, dur: 15, pid, tid: 0, name: "square", cat: "compute", args: { chunk: i, items: `${i}..${i}` } });
      if (i % 10 === 0) {
        events.push(
          { ph: "s", ts: ts - 5, pid: 101, tid: 0, name: "task", cat: "io", id: i },
          { ph: "f", bp: "e", ts, pid, tid: 0, name: "task", cat: "io", id: i },
        );
      }
    }
    const started = performance.now();
    for (let i = 0; i < events.length; i += 1000) view.append(events.slice(i, i + 1000));
    const appendMs = performance.now() - started;
    for (let i = 0; i < 3; i++) {
      await new Promise(requestAnimationFrame);
      view.drawNow();
    }
    const frameMs: number[] = [];
    for (let i = 0; i < frames; i++) {
      if (i === frames / 2) view.zoom(50);
      await new Promise(requestAnimationFrame);
      view.drawNow();
      frameMs.push(view.lastFrameMs);
      view.viewport.pan(100, view.layout.endTs);
    }
    return { appendMs, frameMs };
  },
  /** Mounts a speedup chart for `source` and runs it. */
  async speedup(source: string, maxWorkers: number): Promise<SpeedupRow[]> {
    speedup?.destroy();
    speedup = new SpeedupChart(mount("speedup"), { source, maxWorkers });
    return speedup.start();
  },
  /** Mounts a run distribution for `source` and runs it. */
  async distribution(source: string, runs: number): Promise<OutputCount[]> {
    distribution?.destroy();
    distribution = new RunDistribution(mount("distribution"), { source, runs });
    return distribution.start();
  },
};

(window as unknown as { timelineDemo: typeof timelineDemo }).timelineDemo = timelineDemo;
