// Turns the measurements into the table's rows: each figure with its peer (measured in the same
// run), the ratio, the goal from issues 3, 4, 5 and 10, and whether it is met.
import { median, quantile } from "./stats.mjs";

const TASKS = 100_000;

function row(figure, value, unit, extra = {}) {
  return { figure, value, unit, peer: null, peerValue: null, ratio: null, goal: null, met: null, ...extra };
}

/** A row that could not be measured, saying why. */
function missing(figure, reason) {
  return row(figure, `not measured: ${reason}`, null);
}

const yesNo = (ok) => (ok ? "yes" : "no");

/** The CPython peer of a figure, or the reason there is none. */
function cpython(python, value, label) {
  return python.error ? { peer: `CPython: ${python.error}`, peerValue: null } : { peer: `CPython ${python.version} ${label}`, peerValue: value(python) };
}

function ratioOf(value, peerValue) {
  return typeof value === "number" && typeof peerValue === "number" ? value / peerValue : null;
}

function runtimeRows({ runtime, python }) {
  const rows = [];
  const rawUs = median(runtime.rawRoundTripUs);
  rows.push(row("Worker start to first message (median of 20)", median(runtime.workerStartMs), "ms"));
  rows.push(row(`Raw postMessage round trip (median of ${runtime.rawRoundTripUs.length.toLocaleString("en-US")})`, rawUs, "us"));
  const channelUs = median(runtime.channelRoundTripUs);
  rows.push(row(`Raw worker-to-worker MessageChannel round trip (median of ${runtime.channelRoundTripUs.length.toLocaleString("en-US")})`, channelUs, "us"));
  if (runtime.apply.error) rows.push(missing("applyAsync().get() round trip", runtime.apply.error));
  else {
    const us = runtime.apply.apply_round_trip_us[0];
    const ratio = us / rawUs;
    rows.push(row("applyAsync().get() round trip, pool of 1 (median of 3,000)", us, "us", { peer: "raw postMessage round trip", peerValue: rawUs, ratio, goal: "<= 1.5", met: yesNo(ratio <= 1.5) }));
    rows.push(row("applyAsync().get() round trip vs its own transport", us, "us", { peer: "raw worker-to-worker round trip", peerValue: channelUs, ratio: us / channelUs }));
    const peer = cpython(python, (p) => p.apply_round_trip_us, "apply_async().get()");
    rows.push(row("applyAsync().get() round trip vs CPython", us, "us", { ...peer, ratio: ratioOf(us, peer.peerValue) }));
  }
  if (runtime.processStart.error) rows.push(missing("Process start to first instruction", runtime.processStart.error));
  else {
    const ms = median(runtime.processStart.process_start_ms);
    const peer = cpython(python, (p) => p.process_start_ms, "Process (spawn)");
    rows.push(row("Process start to first instruction, starts 0.1 s apart (median of 20)", ms, "ms", { ...peer, ratio: ratioOf(ms, peer.peerValue), goal: "< 15 ms", met: yesNo(ms < 15) }));
    const backToBack = median(runtime.processStart.process_start_back_to_back_ms);
    rows.push(row("Process start to first instruction, back to back (median of 20)", backToBack, "ms", { ...peer, ratio: ratioOf(backToBack, peer.peerValue) }));
  }
  rows.push(...mapRows(runtime.map, python));
  rows.push(...cpuRows(runtime.cpu, runtime.rawCpu, runtime.cpuCount));
  return rows;
}

function mapRows(map, python) {
  if (map.error) return [missing("pool.map of 100,000 tasks", map.error)];
  const rows = [];
  const variants = [
    ["default", "default chunksize", (p) => p.map_default_ms, ">= 1 (faster)", 1],
    ["chunksize_1", "chunksize 1", (p) => p.map_chunksize_1_ms, ">= 2", 2],
  ];
  for (const [key, label, pythonMs, goal, needed] of variants) {
    const ms = median(map.on.figures[`map_${key}_ms`]);
    const rate = TASKS / (ms / 1000);
    const peer = cpython(python, (p) => TASKS / (median(pythonMs(p)) / 1000), `Pool.map, ${label}`);
    const ratio = ratioOf(rate, peer.peerValue);
    rows.push(row(`pool.map of 100,000 trivial tasks, ${label}`, rate, "tasks/s", { ...peer, ratio, goal, met: ratio === null ? null : yesNo(ratio >= needed) }));
  }
  for (const [key, label] of variants) {
    const on = median(map.on.figures[`map_${key}_ms`]);
    const off = median(map.off.figures[`map_${key}_ms`]);
    const ratio = on / off;
    rows.push(row(`pool.map of 100,000 tasks, ${label}, trace on`, on, "ms", { peer: "trace off", peerValue: off, ratio, goal: "< 1.05", met: yesNo(ratio < 1.05) }));
  }
  const cpuOn = median(map.on.cpuSeconds);
  const cpuOff = median(map.off.cpuSeconds);
  const runs = map.on.cpuSeconds.length;
  rows.push(row(`pool.map program, trace on, CPU time of the whole run (median of ${runs})`, cpuOn, "s", { peer: "trace off", peerValue: cpuOff, ratio: cpuOn / cpuOff }));
  return rows;
}

function cpuRows(cpu, rawCpu, cpuCount) {
  if (cpu.error) return [missing("CPU-bound speedup", cpu.error)];
  const one = median(cpu.cpu_ms_1);
  const rawOne = median(rawCpu.cpu_ms_1);
  const rows = [row("CPU-bound work (60 tasks), 1 worker", one, "ms", { peer: "raw worker, same loop", peerValue: rawOne, ratio: one / rawOne })];
  for (let workers = 2; workers <= cpuCount; workers++) {
    const speedup = one / median(cpu[`cpu_ms_${workers}`]);
    const efficiency = speedup / workers;
    const met = efficiency >= 0.95 ? "yes (and 0.95)" : efficiency >= 0.9 ? "yes (not 0.95)" : "no";
    rows.push(row(`CPU-bound speedup, ${workers} workers (ratio: efficiency)`, speedup, "x", { peer: "ideal", peerValue: workers, ratio: efficiency, goal: ">= 0.9 (issue 3: 0.95)", met }));
    const rawEfficiency = rawOne / median(rawCpu[`cpu_ms_${workers}`]) / workers;
    rows.push(row(`CPU-bound efficiency, ${workers} workers, vs raw workers`, efficiency, "", { peer: "raw workers' efficiency", peerValue: rawEfficiency, ratio: efficiency / rawEfficiency }));
  }
  return rows;
}

function siteRows({ site, bytes, stop }) {
  const rows = [];
  for (const [where, samples] of Object.entries(stop)) {
    const ms = median(samples);
    rows.push(row(`Stop click to run ended, busy loop in the ${where} process (median of ${samples.length})`, ms, "ms", { goal: "< 200 ms", met: yesNo(ms < 200) }));
  }
  const cold = median(site.cold);
  rows.push(row(`Run click to first output line, cold (median of ${site.cold.length})`, cold, "ms", { goal: "< 150 ms", met: yesNo(cold < 150) }));
  rows.push(row(`Run click to first output line, warm (median of ${site.warm.length})`, median(site.warm), "ms"));
  const kb = (part) => (part.js + part.css) / 1024;
  const before = kb(bytes.before) + kb(bytes.inline);
  rows.push(row("Lesson page JS + CSS before interaction (gzipped)", before, "KB", { goal: "< 60 KB", met: yesNo(before < 60) }));
  rows.push(row("Lesson page JS + CSS with Monaco loaded (gzipped)", kb(bytes.after) + kb(bytes.inline), "KB"));
  const early = bytes.before.files.filter((file) => /monaco|editor\.api|ts\.worker/i.test(file.url)).length;
  rows.push(row("Monaco files fetched before interaction", early, "files", { goal: "0", met: yesNo(early === 0) }));
  return rows;
}

function timelineRows(timeline) {
  const figure = "Timeline frame, 100,000 events, panning and zooming";
  if (timeline.error) return [missing(figure, timeline.error)];
  const median_ = median(timeline.intervals);
  const p95 = quantile(timeline.intervals, 0.95);
  return [
    row(`${figure}: median`, median_, "ms", { goal: "< 16 ms", met: yesNo(median_ < 16) }),
    row(`${figure}: p95`, p95, "ms", { goal: "< 16 ms", met: yesNo(p95 < 16) }),
    row("Timeline draw call alone, p95", quantile(timeline.draws, 0.95), "ms"),
    row("Timeline append of 100,000 events", timeline.appendMs, "ms"),
  ];
}

function syncRows({ runtime, python }) {
  const rows = [];
  const lockFigure = "Lock acquire + release, uncontended";
  if (!runtime.lock) rows.push(missing(lockFigure, "not built yet"));
  else if (runtime.lock.error) rows.push(missing(lockFigure, runtime.lock.error));
  else {
    const rate = runtime.lock.lock_pairs_per_s[0];
    const peer = cpython(python, (p) => p.lock_pairs_per_s, "Lock");
    rows.push(row(lockFigure, rate, "pairs/s", { ...peer, ratio: ratioOf(rate, peer.peerValue) }));
  }
  const managerFigure = "Manager dict read round trip (median of 2,000)";
  if (!runtime.manager) rows.push(missing(managerFigure, "not built yet"));
  else if (runtime.manager.error) rows.push(missing(managerFigure, runtime.manager.error));
  else {
    const us = runtime.manager.manager_dict_round_trip_us[0];
    const peer = cpython(python, (p) => p.manager_dict_round_trip_us, "Manager dict");
    rows.push(row(managerFigure, us, "us", { ...peer, ratio: ratioOf(us, peer.peerValue) }));
  }
  const messages = [
    ["pipe_round_trip_us", "Pipe send + recv round trip to a child (median of 2,000)", "Pipe"],
    ["queue_round_trip_us", "Queue put + get round trip through a child (median of 1,000)", "Queue"],
  ];
  for (const [key, figure, label] of messages) {
    if (runtime.messages.error) {
      rows.push(missing(figure, runtime.messages.error));
      continue;
    }
    const us = runtime.messages[key][0];
    const peer = cpython(python, (p) => p[key], label);
    rows.push(row(figure, us, "us", { ...peer, ratio: ratioOf(us, peer.peerValue) }));
  }
  return rows;
}

/** Every row of the table, in the order issue 10 lists the figures. */
export function buildRows(results) {
  return [...runtimeRows(results), ...siteRows(results), ...timelineRows(results.timeline), ...syncRows(results)];
}
