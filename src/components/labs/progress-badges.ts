/**
 * Fills every `[data-progress-key]` badge on a page with the stored state of its step, so the lab
 * sidebar and `/labs/` show the same progress the exercises record.
 */
import { stateLabels, stateOf } from "../../labs/progress.ts";
import { loadProgress } from "../../labs/progress-store.ts";

/** Updates the badges under `root` from localStorage. */
export function showBadges(root: ParentNode): void {
  const progress = loadProgress();
  for (const badge of root.querySelectorAll<HTMLElement>("[data-progress-key]")) {
    const state = stateOf(progress, badge.dataset.progressKey!);
    badge.textContent = stateLabels[state];
    badge.dataset.state = state;
  }
}

/** Shows the badges under `root` now and again whenever an exercise on the page records progress. */
export function followBadges(root: ParentNode): void {
  showBadges(root);
  document.addEventListener("lab-progress", () => showBadges(root));
}
