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
  /** Whether a run asked for the view: its first line is on the screen, it was quiet a while, or it ended. */
  let wanted = false;
  /** What the first build waits for, once planned: a painted line, or a while of quiet. */
  let planned: "line" | "quiet" | null = null;
  /** The view, built once it is wanted and its code is here; null until then. */
  const ready = (): TimelineView | null => {
    if (!view && timelineModule && wanted) {
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
  const want = (): TimelineView | null => {
    wanted = true;
    return ready();
  };
  const load = () =>
    (loading ??= import("../timeline/timeline-view.ts").then((loaded) => {
      timelineModule = loaded;
      ready();
    }));
  runnable.hooks.push({
    start() {
      early = [];
      planned = null;
      view?.reset();
      void load();
    },
    batch(batch) {
      early.push(batch);
      if (view) {
        ready();
      } else if (batch.lines.length > 0 && planned !== "line") {
        // The output pane has shown this line; build once it is painted.
        planned = "line";
        requestAnimationFrame(() => setTimeout(want));
      } else if (planned === null && batch.events.some((event) => event.ph !== "M")) {
        // Process names alone (the first batch) draw nothing yet: wait for the program's own events.
        planned = "quiet";
        setTimeout(want, QUIET_BUILD_MS);
      }
    },
    end(result) {
      void load().then(() => want()?.finish(result.kind === "exit" ? result.exit : undefined));
    },
  });
}
