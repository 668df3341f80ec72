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

/** Adds a timeline in `host` that follows every run of `runnable`. */
export function attachTimeline(runnable: Runnable, host: HTMLElement): void {
  let view: TimelineView | null = null;
  let loading: Promise<TimelineView> | null = null;
  let early: IoBatch[] = [];
  const load = () =>
    (loading ??= import("../timeline/timeline-view.ts").then(({ TimelineView }) => {
      view = new TimelineView(host, {
        onBarClick: (name) => {
          const line = definitionLine(runnable.source(), name);
          if (line !== null) void runnable.revealLine(line);
        },
      });
      return view;
    }));
  runnable.hooks.push({
    start() {
      early = [];
      view?.reset();
      void load().then((timeline) => {
        for (const batch of early) timeline.append(batch.events);
        early = [];
      });
    },
    batch(batch) {
      if (view) view.append(batch.events);
      else early.push(batch);
    },
    end(result) {
      void load().then((timeline) => timeline.finish(result.kind === "exit" ? result.exit : undefined));
    },
  });
}
