// The runtime test harness: exposes the real runner to Playwright as `window.harness`, collecting
// a program's output, trace and exit. Built by Vite apart from the site (test/harness/vite.config.ts).
import { liveCount, run, stop, type IoBatch, type RunResult } from "../../src/runner/runner.ts";
import type { OutputLine } from "../../src/runtime/protocol.ts";
import type { TraceEvent } from "../../src/runtime/trace.ts";
import { appendAll } from "../../src/runtime/internal/append-all.ts";

export interface HarnessRun {
  result: RunResult;
  stdout: string[];
  stderr: string[];
  lines: OutputLine[];
  events: TraceEvent[];
  dropped: number;
}

let active: { lines: OutputLine[]; events: TraceEvent[]; dropped: number; started: Set<number> } | null = null;

const harness = {
  async run(source: string, fileName = "main.ts", trace = true): Promise<HarnessRun> {
    const sink = { lines: [] as OutputLine[], events: [] as TraceEvent[], dropped: 0, started: new Set<number>() };
    active = sink;
    const result = await run(source, { fileName, trace }, (batch: IoBatch) => {
      appendAll(sink.lines, batch.lines);
      appendAll(sink.events, batch.events);
      for (const event of batch.events) if (event.ph === "M" && event.name === "process_name") sink.started.add(event.pid);
      sink.dropped = batch.dropped;
    });
    return {
      result,
      stdout: sink.lines.filter((l) => l.stream === "stdout").map((l) => l.text),
      stderr: sink.lines.filter((l) => l.stream === "stderr").map((l) => l.text),
      lines: sink.lines,
      events: sink.events,
      dropped: sink.dropped,
    };
  },
  /** Output received so far by the run in progress, and how many of its processes have started. */
  progress(): { stdout: string[]; dropped: number; processes: number } {
    return { stdout: active?.lines.filter((l) => l.stream === "stdout").map((l) => l.text) ?? [], dropped: active?.dropped ?? 0, processes: active?.started.size ?? 0 };
  },
  stop,
  liveCount,
};

(window as unknown as { harness: typeof harness }).harness = harness;
