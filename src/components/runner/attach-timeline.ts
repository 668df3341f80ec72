/**
 * Puts a live timeline under a runnable program: it is created (and its code loaded) on the first
 * Run, fed every batch of trace events while the program runs, and summarised when it ends.
 * Clicking a task bar highlights the function it ran in the editor.
 */
import "../timeline/timeline.css";
import type { IoBatch } from "../../runner/runner.ts";
import type { TimelineView } from "../timeline/timeline-view.ts";
import type { Runnable } from "./runnable.ts";

/** The 1-based line where `name` is declared as a function in `source`, if it is. */
export function definitionLine(source: string, name: string): number | null {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const declaration = new RegExp(`^\\s*(?:export\\s+)?(?:async\\s+)?function\\s*\\*?\\s*${escaped}\\s*[<(]`);
  const index = source.split("\n").findIndex((line) => declaration.test(line));
  return index < 0 ? null : index + 1;
}

/** How long the timeline of a run that has not printed yet waits for a first line before it is built. */
const QUIET_BUILD_MS = 200;

/**
 * Adds a timeline in `host` that follows every run of `runnable`. The first Run loads its code at
 * the click but builds the view only once the program's first line is on the screen (or, for a
 * program that prints nothing, soon after its first events): building it takes the page's thread
 * for tens of milliseconds (its first canvas, its patterns, its layout), which held back the first
 * line of a cold run by as much.
 */
export function attachTimeline(runnable: Runnable, host: HTMLElement): void {
  let timelineModule: typeof import("../timeline/timeline-view.ts") | null = null;
  let loading: Promise<unknown> | null = null;
  let view: TimelineView | null = null;
  let early: IoBatch[] = [];
  /** The view, built on first use once its code is here; null until then. */
  const ready = (): TimelineView | null => {
    if (!view && timelineModule) {
      view = new timelineModule.TimelineView(host, {
        onBarClick: (name) => {
          const line = definitionLine(runnable.source(), name);
          if (line !== null) void runnable.revealLine(line);
        },
      });
    }
    if (view && early.length > 0) {
      for (const batch of early) view.append(batch.events);
      early = [];
    }
    return view;
  };
  const load = () =>
    (loading ??= import("../timeline/timeline-view.ts").then((loaded) => {
      timelineModule = loaded;
      if (early.length > 0) ready();
    }));
  runnable.hooks.push({
    start() {
      early = [];
      view?.reset();
      void load();
    },
    batch(batch) {
      early.push(batch);
      if (view) ready();
      // The output pane has shown this line; build once it is painted.
      else if (batch.lines.length > 0) requestAnimationFrame(() => setTimeout(ready));
      // Process names alone (the first batch) draw nothing yet: wait for the program's own events.
      else if (batch.events.some((event) => event.ph !== "M")) setTimeout(ready, QUIET_BUILD_MS);
    },
    end(result) {
      void load().then(() => ready()?.finish(result.kind === "exit" ? result.exit : undefined));
    },
  });
}
