/**
 * "Run 20 times" for programs whose output order is free: reruns the program and shows how often
 * each distinct output came out, so nondeterminism becomes visible.
 */
import type { RunDistribution } from "../timeline/run-distribution.ts";
import type { Runnable } from "./runnable.ts";

/** Adds the "Run 20 times" button to `runnable`, drawing the distribution in `host`. */
export function attachDistribution(runnable: Runnable, host: HTMLElement, runs = 20): void {
  const action = document.createElement("button");
  action.type = "button";
  action.textContent = `Run ${runs} times`;
  runnable.addAction(action);
  let distribution: RunDistribution | null = null;
  action.addEventListener("click", async () => {
    action.disabled = true;
    try {
      const { RunDistribution } = await import("../timeline/run-distribution.ts");
      distribution ??= new RunDistribution(host, { source: runnable.source(), runs, startButton: false });
      distribution.setSource(runnable.source());
      await distribution.start();
    } finally {
      action.disabled = false;
    }
  });
}
