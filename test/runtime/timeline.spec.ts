// The live timeline, the speedup chart and "Run N times" in Chromium on the real runner, through
// the timeline test page (test/harness/timeline.html). Assertions go through the data table, the
// text alternative and the page's hooks, not pixels; screenshots go to /tmp for a human look.
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import type { TraceEvent } from "../../src/runtime/trace.ts";

const poolProgram = `import { Pool } from "multiprocessing";

export function square(x: number): number {
  let spin = 0;
  for (let i = 0; i < 3_000_000; i++) spin += i % 7;
  return x * x + (spin < 0 ? 1 : 0);
}

if (import.meta.main) {
  await using pool = new Pool(2);
  console.log(await pool.map(square, [1, 2, 3, 4, 5, 6, 7, 8], 2));
}
`;

const queueProgram = `import { Process, Queue } from "multiprocessing";

export async function produce(q: Queue<number>): Promise<void> {
  for (let i = 0; i < 5; i++) await q.put(i);
}

if (import.meta.main) {
  const q = new Queue<number>();
  const p = new Process({ target: produce, args: [q] });
  p.start();
  let total = 0;
  for (let i = 0; i < 5; i++) total += await q.get();
  await p.join();
  console.log("total", total);
}
`;

const speedupProgram = `import { Pool } from "multiprocessing";

const WORKERS = 4;

export function work(n: number): number {
  let s = 0;
  for (let i = 0; i < n; i++) s += i % 3;
  return s;
}

if (import.meta.main) {
  await using pool = new Pool(WORKERS);
  await pool.map(work, [1e6]);
  const t0 = performance.now();
  await pool.map(work, Array(4).fill(2_000_000), 1);
  console.log("elapsed", (performance.now() - t0).toFixed(1));
}
`;

const coinProgram = `console.log(Math.random() < 0.5 ? "heads" : "tails");
`;

type Demo = {
  run(source: string): Promise<{ result: { kind: string }; events: TraceEvent[]; stdout: string[] }>;
  facts(): {
    lanes: Array<{ name: string; bars: number; rows: number }>;
    arrows: number;
    bars: number;
    arrowsDrawn: number;
    visible: { from: number; to: number };
  };
  bench(count: number, frames?: number): Promise<{ appendMs: number; frameMs: number[] }>;
  speedup(source: string, max: number): Promise<Array<{ workers: number; speedup: number }>>;
  distribution(source: string, runs: number): Promise<Array<{ output: string; count: number }>>;
  clicked: string[];
};

async function open(page: Page): Promise<void> {
  await page.goto("/timeline.html");
  await page.waitForFunction(() => "timelineDemo" in window);
}

async function runProgram(page: Page, source: string) {
  return page.evaluate((src) => (window as unknown as { timelineDemo: Demo }).timelineDemo.run(src), source);
}

const facts = (page: Page) => page.evaluate(() => (window as unknown as { timelineDemo: Demo }).timelineDemo.facts());

/** The timeline's visible time window, in microseconds. */
const visible = async (page: Page) => (await facts(page)).visible;
const span = (w: { from: number; to: number }) => w.to - w.from;

/** Moves the pointer over the timeline canvas until the tooltip names a bar matching `title`; returns that point. */
async function pointAtBar(page: Page, title: RegExp): Promise<{ x: number; y: number } | null> {
  const canvas = page.locator(".timeline-stage canvas");
  await canvas.scrollIntoViewIfNeeded();
  const box = (await canvas.boundingBox())!;
  const tooltip = page.getByRole("tooltip");
  // From the bottom up: worker lanes are below the main process's.
  for (let y = box.y + box.height - 6; y > box.y + 26; y -= 8) {
    for (let x = box.x + box.width * 0.2; x < box.x + box.width - 16; x += 12) {
      await page.mouse.move(x, y);
      if ((await tooltip.isVisible()) && title.test((await tooltip.locator("strong").textContent()) ?? "")) return { x, y };
    }
  }
  return null;
}

test.describe("timeline", () => {
  test("timeline: a Pool(2) map shows three lanes with task bars in the worker lanes", async ({ page }) => {
    await open(page);
    const run = await runProgram(page, poolProgram);
    expect(run.result.kind).toBe("exit");
    const canvas = page.getByRole("img", { name: /Timeline of 3 processes/ });
    await expect(canvas).toHaveAttribute("aria-label", /MainProcess, SpawnPoolWorker-1, SpawnPoolWorker-2.*4 computing/);
    await page.getByRole("button", { name: "Show data" }).click();
    const table = page.getByRole("table", { name: "Timeline data" });
    await expect(table).toBeVisible();
    const rows = table.locator("tbody tr");
    const cells = await rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent ?? "")));
    const tasks = cells.filter(([, what]) => what!.startsWith("square"));
    expect(tasks).toHaveLength(4);
    for (const [process] of tasks) expect(process).toMatch(/^SpawnPoolWorker-[12]$/);
    expect(new Set(tasks.map(([process]) => process)).size).toBe(2);
    await expect(page.locator(".timeline-summary")).toContainText("Speedup against one process");
  });

  test("timeline: the data table matches the trace", async ({ page }) => {
    await open(page);
    const run = await runProgram(page, poolProgram);
    await page.getByRole("button", { name: "Show data" }).click();
    const cells = await page.getByRole("table", { name: "Timeline data" }).locator("tbody tr").evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent ?? "")));
    const names = new Map(run.events.filter((e) => e.ph === "M" && e.name === "process_name").map((e) => [e.pid, String(e.args!.name)]));
    const spans = run.events.filter((e) => e.ph === "X");
    expect(cells).toHaveLength(spans.length);
    const key = (process: string, what: string, start: string, end: string) => `${process}|${what.split(" ")[0]!.replace(/,$/, "")}|${start}|${end}`;
    const fromTable = cells.map(([process, what, start, end]) => key(process!, what!, start!, end!)).sort();
    const fromTrace = spans.map((e) => key(names.get(e.pid)!, e.name, (e.ts / 1000).toFixed(3), ((e.ts + (e.dur ?? 0)) / 1000).toFixed(3))).sort();
    expect(fromTable).toEqual(fromTrace);
  });

  test("timeline: a Queue program shows arrows", async ({ page }) => {
    await open(page);
    const run = await runProgram(page, queueProgram);
    expect(run.stdout).toEqual(["total 10"]);
    const f = await facts(page);
    expect(f.arrows).toBeGreaterThanOrEqual(5);
    expect(f.arrowsDrawn).toBeGreaterThan(0);
    await expect(page.locator(".timeline")).toHaveAttribute("data-arrows", String(f.arrows));
    await expect(page.getByRole("img", { name: /Timeline of 2 processes/ })).toHaveAttribute("aria-label", /messages/);
  });

  test("timeline: a slow task's bar names its call with its arguments", async ({ page }) => {
    await open(page);
    const program = `import { Pool, sleep } from "multiprocessing";

export async function slow(n: number, word: string): Promise<string> {
  await sleep(0.05);
  return word.repeat(n);
}

if (import.meta.main) {
  await using pool = new Pool(1);
  console.log(await pool.apply(slow, [3, "ab"]));
}
`;
    const run = await runProgram(page, program);
    expect(run.stdout).toEqual(["ababab"]);
    await page.getByRole("button", { name: "Show data" }).click();
    const row = page.getByRole("table", { name: "Timeline data" }).locator("tbody tr").filter({ hasText: "slow(" });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText("slow(3, 'ab') (chunk 0, items 0..0), computing");
  });

  test("timeline: copying a big message into another process is a sending bar; small ones are not traced", async ({ page }) => {
    await open(page);
    const program = `import { Pipe, Process, Queue } from "multiprocessing";

export async function child(q: Queue<number[]>, conn: ReturnType<typeof Pipe>[1]): Promise<void> {
  for (let i = 0; i < 100; i++) {
    await q.put([1, 2, 3]);
    conn.send([4, 5, 6]);
  }
  await q.put(Array.from({ length: 300_000 }, (_, i) => i * 0.5));
  conn.send(Array.from({ length: 300_000 }, (_, i) => ({ i })));
}

if (import.meta.main) {
  const q = new Queue<number[]>();
  const [mine, theirs] = Pipe();
  const p = new Process({ target: child, args: [q, theirs] });
  p.start();
  let small = 0;
  for (let i = 0; i < 100; i++) small += (await q.get()).length + ((await mine.recv()) as number[]).length;
  const big = await q.get();
  const bigToo = (await mine.recv()) as unknown[];
  await p.join();
  console.log(small, big.length, bigToo.length);
}
`;
    const run = await runProgram(page, program);
    expect(run.stdout).toEqual(["600 300000 300000"]);
    const names = new Map(run.events.filter((e) => e.ph === "M" && e.name === "process_name").map((e) => [e.pid, String(e.args!.name)]));
    const copies = run.events.filter((e) => e.ph === "X" && e.cat === "io");
    expect(new Set(copies.map((e) => `${names.get(e.pid)}: ${e.name}`))).toEqual(new Set(["Process-1: put: copy item", "Process-1: send: copy value"]));
    // The two big copies are there; of the 200 small ones only those a busy machine slowed past
    // the threshold (a tenth of them, on two cores shared with another test): without it, all 200.
    expect(copies.length).toBeLessThan(100);
    for (const name of ["put: copy item", "send: copy value"]) {
      expect(Math.max(...copies.filter((e) => e.name === name).map((e) => e.dur ?? 0))).toBeGreaterThan(1000);
    }
    await page.getByRole("button", { name: "Show data" }).click();
    const rows = page.getByRole("table", { name: "Timeline data" }).locator("tbody tr").filter({ hasText: "copy" });
    await expect(rows.first()).toContainText("sending or receiving");
  });

  test("timeline: hover and keyboard focus show a bar's details; click reports the function", async ({ page }) => {
    await open(page);
    await runProgram(page, poolProgram);
    const canvas = page.locator(".timeline-stage canvas");
    const tooltip = page.getByRole("tooltip");
    // Keyboard: focus the canvas, move to the first bar, then down into a worker lane.
    await canvas.focus();
    await page.keyboard.press("ArrowDown");
    await expect(tooltip).toBeVisible();
    let found = false;
    for (let i = 0; i < 12 && !found; i++) {
      await page.keyboard.press(i < 2 ? "ArrowDown" : "]");
      found = /square/.test((await tooltip.textContent()) ?? "");
    }
    expect(found).toBe(true);
    await expect(tooltip).toContainText(/chunk \d, items \d\.\.\d/);
    await expect(tooltip).toContainText(/computing, [\d.]+ ms/);
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => (window as unknown as { timelineDemo: Demo }).timelineDemo.clicked)).toContain("square");
    // Pointer: hover over the middle of the worker lanes finds a bar.
    await canvas.blur();
    const box = (await canvas.boundingBox())!;
    let hovered = false;
    for (let x = box.x + box.width * 0.3; x < box.x + box.width - 20 && !hovered; x += 15) {
      await page.mouse.move(x, box.y + 26 + 30 + 32 + 15);
      hovered = await tooltip.isVisible();
    }
    expect(hovered).toBe(true);
    await expect(tooltip).toContainText(/ms/);
  });

  test("timeline: the Zoom in and Zoom out buttons narrow and widen the visible window", async ({ page }) => {
    await open(page);
    await runProgram(page, poolProgram);
    const whole = await visible(page);
    expect(whole.from).toBe(0);
    expect(whole.to).toBeGreaterThan(0);
    await page.getByRole("button", { name: "Zoom in" }).click();
    await expect.poll(async () => span(await visible(page))).toBeCloseTo(span(whole) / 2, 3);
    await page.getByRole("button", { name: "Zoom in" }).click();
    await expect.poll(async () => span(await visible(page))).toBeCloseTo(span(whole) / 4, 3);
    const zoomed = await visible(page);
    // Zooming keeps the middle of the window where it was.
    expect((zoomed.from + zoomed.to) / 2).toBeCloseTo((whole.from + whole.to) / 2, 3);
    await page.getByRole("button", { name: "Zoom out" }).click();
    await expect.poll(async () => span(await visible(page))).toBeCloseTo(span(whole) / 2, 3);
    const out = await visible(page);
    expect(out.from).toBeLessThan(zoomed.from);
    expect(out.to).toBeGreaterThan(zoomed.to);
    // Zooming out never shows more than the whole run.
    await page.getByRole("button", { name: "Zoom out" }).click();
    await page.getByRole("button", { name: "Zoom out" }).click();
    await expect.poll(() => visible(page)).toEqual(whole);
  });

  test("timeline: Ctrl+wheel over the canvas zooms around the pointer; a horizontal wheel pans", async ({ page }) => {
    await open(page);
    await runProgram(page, poolProgram);
    const whole = await visible(page);
    const canvas = page.locator(".timeline-stage canvas");
    await canvas.scrollIntoViewIfNeeded();
    const box = (await canvas.boundingBox())!;
    // Ctrl+wheel (also how a trackpad pinch arrives) zooms even when the canvas does not have focus.
    await expect(canvas).not.toBeFocused();
    await page.mouse.move(box.x + box.width * 0.75, box.y + box.height / 2);
    await page.keyboard.down("Control");
    await page.mouse.wheel(0, -100);
    await expect.poll(async () => span(await visible(page))).toBeLessThan(span(whole) * 0.9);
    const zoomedIn = await visible(page);
    // Anchored at the pointer, three quarters along: the window moved towards the end of the run.
    expect(zoomedIn.from).toBeGreaterThan(whole.from);
    expect(zoomedIn.to).toBeLessThan(whole.to);
    expect((zoomedIn.from + zoomedIn.to) / 2).toBeGreaterThan((whole.from + whole.to) / 2);
    await page.mouse.wheel(0, 50);
    await expect.poll(async () => span(await visible(page))).toBeGreaterThan(span(zoomedIn) * 1.1);
    await page.keyboard.up("Control");
    const zoomedOut = await visible(page);
    expect(span(zoomedOut)).toBeLessThan(span(whole));
    // A horizontal wheel (a trackpad's sideways swipe) pans: a negative deltaX shows earlier times, same width.
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(-100, 0);
    await expect.poll(async () => (await visible(page)).from).toBeLessThan(zoomedOut.from);
    const panned = await visible(page);
    expect(span(panned)).toBeCloseTo(span(zoomedOut), 3);
    // A plain wheel zooms once the canvas has focus.
    await canvas.focus();
    await page.mouse.wheel(0, -100);
    await expect.poll(async () => span(await visible(page))).toBeLessThan(span(panned) * 0.9);
  });

  test("timeline: dragging the canvas pans the window without changing its width", async ({ page }) => {
    await open(page);
    await runProgram(page, poolProgram);
    const whole = await visible(page);
    await page.getByRole("button", { name: "Zoom in" }).click();
    await expect.poll(async () => span(await visible(page))).toBeCloseTo(span(whole) / 2, 3);
    const start = await visible(page);
    const canvas = page.locator(".timeline-stage canvas");
    await canvas.scrollIntoViewIfNeeded();
    const box = (await canvas.boundingBox())!;
    const y = box.y + 12; // on the time axis, away from the bars
    const drag = async (fromX: number, toX: number) => {
      await page.mouse.move(fromX, y);
      await page.mouse.down();
      await page.mouse.move(toX, y, { steps: 8 });
      await page.mouse.up();
    };
    // Dragging right pulls earlier times into view.
    await drag(box.x + box.width * 0.5, box.x + box.width * 0.65);
    await expect.poll(async () => (await visible(page)).from).toBeLessThan(start.from);
    const earlier = await visible(page);
    expect(span(earlier)).toBeCloseTo(span(start), 3);
    expect(earlier.from).toBeGreaterThan(0);
    // Dragging left shows later times.
    await drag(box.x + box.width * 0.65, box.x + box.width * 0.3);
    await expect.poll(async () => (await visible(page)).from).toBeGreaterThan(earlier.from);
    const later = await visible(page);
    expect(span(later)).toBeCloseTo(span(start), 3);
    expect(later.from).toBeGreaterThan(start.from);
    // A drag is not a click: no bar was activated.
    expect(await page.evaluate(() => (window as unknown as { timelineDemo: Demo }).timelineDemo.clicked)).toEqual([]);
  });

  test("timeline: arrow keys pan and +/- zoom the focused canvas", async ({ page }) => {
    await open(page);
    await runProgram(page, poolProgram);
    const whole = await visible(page);
    const canvas = page.locator(".timeline-stage canvas");
    await canvas.focus();
    await page.keyboard.press("+");
    await expect.poll(async () => span(await visible(page))).toBeCloseTo(span(whole) / 1.5, 3);
    await page.keyboard.press("+");
    await expect.poll(async () => span(await visible(page))).toBeCloseTo(span(whole) / 2.25, 3);
    const zoomed = await visible(page);
    // → moves a tenth of the window later, ← a tenth earlier, Shift+← half a window.
    await page.keyboard.press("ArrowRight");
    await expect.poll(async () => (await visible(page)).from).toBeCloseTo(zoomed.from + span(zoomed) * 0.1, 3);
    expect(span(await visible(page))).toBeCloseTo(span(zoomed), 3);
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowLeft");
    await expect.poll(async () => (await visible(page)).from).toBeCloseTo(zoomed.from - span(zoomed) * 0.1, 3);
    const left = await visible(page);
    expect(span(left)).toBeCloseTo(span(zoomed), 3);
    await page.keyboard.press("Shift+ArrowLeft");
    await expect.poll(async () => (await visible(page)).from).toBeCloseTo(Math.max(0, left.from - span(zoomed) * 0.5), 3);
    expect(span(await visible(page))).toBeCloseTo(span(zoomed), 3);
    await page.keyboard.press("-");
    await expect.poll(async () => span(await visible(page))).toBeCloseTo(span(zoomed) * 1.5, 3);
    await page.keyboard.press("0");
    await expect.poll(() => visible(page)).toEqual(whole);
  });

  test("timeline: clicking a task bar with the mouse reports its function", async ({ page }) => {
    await open(page);
    // One busy task that outlasts the pool's start-up, so its bar is wide (and has nothing drawn over it).
    const program = `import { Pool } from "multiprocessing";

export function long(n: number): number {
  const until = performance.now() + 400;
  let spin = 0;
  while (performance.now() < until) spin++;
  return n + 1 + (spin < 0 ? 1 : 0);
}

if (import.meta.main) {
  await using pool = new Pool(1);
  console.log(await pool.apply(long, [41]));
}
`;
    const run = await runProgram(page, program);
    expect(run.stdout).toEqual(["42"]);
    const canvas = page.locator(".timeline-stage canvas");
    await expect(canvas).not.toBeFocused();
    const point = await pointAtBar(page, /^long$/);
    expect(point).not.toBeNull();
    await expect(page.getByRole("tooltip")).toContainText("computing");
    expect(await page.evaluate(() => (window as unknown as { timelineDemo: Demo }).timelineDemo.clicked)).toEqual([]);
    await page.mouse.click(point!.x, point!.y);
    await expect.poll(() => page.evaluate(() => (window as unknown as { timelineDemo: Demo }).timelineDemo.clicked)).toEqual(["long"]);
    // Clicking where there is no bar (the time axis) reports nothing.
    const box = (await canvas.boundingBox())!;
    await page.mouse.click(box.x + box.width - 20, box.y + 12);
    await expect(canvas).toBeFocused();
    expect(await page.evaluate(() => (window as unknown as { timelineDemo: Demo }).timelineDemo.clicked)).toEqual(["long"]);
  });

  test("timeline: the legend tells bar kinds apart by pattern and words, not colour alone", async ({ page }) => {
    await open(page);
    await runProgram(page, queueProgram);
    const legend = page.getByRole("list", { name: "Legend" });
    await expect(legend.locator("li")).toHaveText(["computing", "waiting", "sending or receiving", "starting up", "thread running", "→ message between processes"]);
    // The words the legend uses are the words the tooltip, table and text alternative use.
    await expect(page.getByRole("img", { name: /Timeline of/ })).toHaveAttribute("aria-label", /\d+ (computing|waiting|sending or receiving|starting up)/);
    // Each swatch is painted with the bars' own fill. Ignoring colour, keep only each swatch's
    // shape: which pixels differ from its main colour. Compute is solid; every other kind has a
    // pattern, and no two patterns are the same shape.
    const shapes = async () =>
      legend.locator("li").evaluateAll((items) =>
        items.flatMap((item) => {
          const swatch = item.querySelector("canvas");
          if (!swatch) return [];
          const { data, width, height } = swatch.getContext("2d")!.getImageData(0, 0, swatch.width, swatch.height);
          const colours = new Map<string, number>();
          for (let i = 0; i < data.length; i += 4) {
            const key = `${data[i]},${data[i + 1]},${data[i + 2]},${data[i + 3]}`;
            colours.set(key, (colours.get(key) ?? 0) + 1);
          }
          const main = [...colours.entries()].sort((a, b) => b[1] - a[1])[0]![0].split(",").map(Number);
          let mask = "";
          for (let i = 0; i < data.length; i += 4) {
            const diff = Math.abs(data[i]! - main[0]!) + Math.abs(data[i + 1]! - main[1]!) + Math.abs(data[i + 2]! - main[2]!) + Math.abs(data[i + 3]! - main[3]!);
            mask += diff > 40 ? "#" : ".";
          }
          return [{ label: item.textContent ?? "", main: main.join(","), painted: main[3]! > 0, width, height, mask }];
        }),
      );
    const check = (list: Awaited<ReturnType<typeof shapes>>) => {
      expect(list.map((s) => s.label)).toEqual(["computing", "waiting", "sending or receiving", "starting up", "thread running"]);
      const [compute, ...patterned] = list;
      expect(compute!.mask).not.toContain("#");
      for (const s of patterned) expect(s.mask, `${s.label} has a pattern`).toContain("#");
      expect(new Set(patterned.map((s) => s.mask)).size).toBe(patterned.length);
    };
    await expect.poll(async () => (await shapes()).every((s) => s.painted && s.width > 0)).toBe(true);
    const light = await shapes();
    check(light);
    // The dark theme repaints the swatches in its own colours, with the same patterns.
    await page.evaluate(() => (document.documentElement.dataset.theme = "dark"));
    await expect.poll(async () => (await shapes())[0]!.main).not.toBe(light[0]!.main);
    check(await shapes());
  });

  test("timeline: Download trace saves valid Chrome Trace JSON", async ({ page }) => {
    await open(page);
    await runProgram(page, poolProgram);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download trace" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^trace-\d{4}-\d\d-\d\dT[\d-]+\.json$/);
    const trace = JSON.parse(readFileSync((await download.path())!, "utf8"));
    expect(Array.isArray(trace.traceEvents)).toBe(true);
    expect(trace.displayTimeUnit).toBe("ms");
    const names = trace.traceEvents.filter((e: TraceEvent) => e.ph === "M" && e.name === "process_name").map((e: TraceEvent) => e.args!.name);
    expect(names).toEqual(["MainProcess", "SpawnPoolWorker-1", "SpawnPoolWorker-2"]);
    for (const e of trace.traceEvents as TraceEvent[]) {
      expect(typeof e.ts).toBe("number");
      expect(["X", "i", "s", "f", "M"]).toContain(e.ph);
      if (e.ph === "X") expect(typeof e.dur).toBe("number");
    }
  });

  test("timeline: 100,000 events keep the page interactive while they draw", async ({ page }) => {
    await open(page);
    const result = await page.evaluate(() => (window as unknown as { timelineDemo: Demo }).timelineDemo.bench(100_000, 20));
    console.log(`100,000 events: append ${result.appendMs.toFixed(1)} ms, frames ${result.frameMs.map((ms) => ms.toFixed(1)).join(", ")} ms`);
    const sorted = [...result.frameMs].sort((a, b) => a - b);
    // The median, not the worst frame: a shared test machine pauses now and then. The 16 ms goal
    // is measured by `npm run bench` on a quiet machine; here a frame must not freeze the page.
    expect(sorted[Math.floor(sorted.length / 2)]).toBeLessThan(50);
  });

  test("timeline: the speedup chart gives one point per worker count and a CSV", async ({ page }) => {
    test.setTimeout(90_000);
    await open(page);
    const rows = await page.evaluate((src) => (window as unknown as { timelineDemo: Demo }).timelineDemo.speedup(src, 3), speedupProgram);
    expect(rows.map((r) => r.workers)).toEqual([1, 2, 3]);
    expect(rows[0]!.speedup).toBe(1);
    await expect(page.locator(".speedup-chart")).toHaveAttribute("data-points", "3");
    await expect(page.getByRole("table", { name: "Speedup measurements" }).locator("tbody tr")).toHaveCount(3);
    await expect(page.locator(".speedup-chart")).toContainText("Fitted serial fraction");
    await expect(page.locator(".speedup-chart .timeline-progress")).toHaveText("Done: 3 runs.");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download CSV" }).click()]);
    const csv = readFileSync((await download.path())!, "utf8").trim().split("\r\n");
    expect(csv[0]).toBe("workers,time_ms,speedup,efficiency");
    expect(csv.slice(1).map((line) => line.split(",")[0])).toEqual(["1", "2", "3"]);
  });

  test("timeline: run distribution groups identical outputs", async ({ page }) => {
    test.setTimeout(90_000);
    await open(page);
    const results = await page.evaluate((src) => (window as unknown as { timelineDemo: Demo }).timelineDemo.distribution(src, 8), coinProgram);
    expect(results.reduce((n, r) => n + r.count, 0)).toBe(8);
    expect(results.length).toBeLessThanOrEqual(2);
    for (const r of results) expect(["heads", "tails"]).toContain(r.output);
    await expect(page.getByRole("list", { name: "Distinct outputs" }).locator("li")).toHaveCount(results.length);
    await expect(page.locator(".run-distribution .timeline-progress")).toHaveText(`8 runs, ${results.length} distinct ${results.length === 1 ? "output" : "outputs"}.`);
  });

  for (const theme of ["light", "dark"] as const) {
    for (const width of [1100, 360]) {
      test(`timeline: screenshot ${theme} ${width}px`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await open(page);
        await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
        await runProgram(page, poolProgram);
        await page.locator(".timeline-stage canvas").focus();
        await page.keyboard.press("ArrowDown");
        await page.keyboard.press("ArrowDown");
        await page.waitForTimeout(100);
        await page.locator(".timeline").screenshot({ path: `/tmp/timeline-${theme}-${width}.png` });
      });
    }
  }
});
