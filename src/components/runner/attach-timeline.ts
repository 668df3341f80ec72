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

/**
 * Adds a timeline in `host` that follows every run of `runnable`. The first Run loads its code but
 * builds it only when the program's first events arrive: building and drawing it at the click would
 * hold the page's thread just when the new session worker is ready to take the run.
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
      // Process names alone (the first batch) draw nothing yet: wait for the program's own events.
      if (view || batch.events.some((event) => event.ph !== "M")) ready();
    },
    end(result) {
      void load().then(() => ready()?.finish(result.kind === "exit" ? result.exit : undefined));
    },
  });
}
