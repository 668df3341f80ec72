/**
 * The one place progress touches localStorage (`mp-live:progress`). Storage can be full or blocked
 * (private windows); progress then lives for the page only, which is better than an error.
 */
import { parseProgress, type Progress } from "./progress.ts";

/** The localStorage key of all lab progress. */
export const progressKey = "mp-live:progress";

/** The stored progress, or none. */
export function loadProgress(): Progress {
  try {
    return parseProgress(localStorage.getItem(progressKey));
  } catch {
    return {};
  }
}

/** Stores progress. */
export function saveProgress(progress: Progress): void {
  try {
    localStorage.setItem(progressKey, JSON.stringify(progress));
  } catch {
    // Storage full or blocked: keep going without it.
  }
}

/** Forgets all progress (the page forgets each step's saved code too). */
export function clearProgress(): void {
  try {
    localStorage.removeItem(progressKey);
  } catch {
    // Nothing stored to clear.
  }
}
