// "Download trace" writes the JSON object format Perfetto and chrome://tracing read.
import { test } from "node:test";
import assert from "node:assert/strict";
import { toChromeTrace, traceFileName } from "../../src/timeline/chrome-trace.ts";
import { TimelineLayout } from "../../src/timeline/layout.ts";
import { poolTrace } from "./timeline-fixtures.ts";

test("the trace has traceEvents, ms display unit and a process_name per lane", () => {
  const layout = new TimelineLayout();
  layout.append(poolTrace());
  const trace = JSON.parse(JSON.stringify(toChromeTrace(layout, { program: "main.ts" })));
  assert.ok(Array.isArray(trace.traceEvents));
  assert.equal(trace.displayTimeUnit, "ms");
  assert.equal(trace.metadata.program, "main.ts");
  const names = trace.traceEvents.filter((e: { ph: string; name: string }) => e.ph === "M" && e.name === "process_name");
  assert.deepEqual(names.map((e: { args: { name: string } }) => e.args.name), ["MainProcess", "SpawnPoolWorker-1", "SpawnPoolWorker-2"]);
  const spans = trace.traceEvents.filter((e: { ph: string }) => e.ph === "X");
  assert.equal(spans.length, 7);
  for (const event of trace.traceEvents) {
    assert.equal(typeof event.ts, "number");
    assert.equal(typeof event.pid, "number");
    if (event.ph === "s" || event.ph === "f") assert.equal(typeof event.id, "number");
  }
});

test("file names carry the date", () => {
  assert.equal(traceFileName(new Date("2026-11-22T03:40:05Z")), "trace-2026-11-22T03-40-05.json");
});
