/**
 * The one place progress touches localStorage (`mp-live:progress`, and the name the report carries
 * in `mp-live:student-name`). Storage can be full or blocked (private windows); progress then lives
 * for the page only, which is better than an error.
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

/** The localStorage key of the student's name on the report. */
export const studentNameKey = "mp-live:student-name";

/** The name the student typed on the report, or "". */
export function loadStudentName(): string {
  try {
    return localStorage.getItem(studentNameKey) ?? "";
  } catch {
    return "";
  }
}

/** Stores the student's name. */
export function saveStudentName(name: string): void {
  try {
    localStorage.setItem(studentNameKey, name);
  } catch {
    // Storage full or blocked: the name stays in the form only.
  }
}

/** Forgets all progress and the student's name (the page forgets each step's saved code too). */
export function clearProgress(): void {
  try {
    localStorage.removeItem(progressKey);
    localStorage.removeItem(studentNameKey);
  } catch {
    // Nothing stored to clear.
  }
}
