/**
 * A learner's edits, kept per example in localStorage so they survive a reload. Nothing is stored
 * while the code equals the lesson's, so Reset simply forgets the entry.
 */

const PREFIX = "mp-live:code:";

/** The saved edit of an example, or null if the learner has not changed it. */
export function loadSaved(key: string): string | null {
  try {
    return localStorage.getItem(PREFIX + key);
  } catch {
    return null;
  }
}

/** Saves the code, or forgets it when it equals the original. */
export function save(key: string, code: string, original: string): void {
  try {
    if (code === original) localStorage.removeItem(PREFIX + key);
    else localStorage.setItem(PREFIX + key, code);
  } catch {
    // Storage full or disabled (private mode): the edit lives until the page closes.
  }
}

/** Forgets the saved edit. */
export function forget(key: string): void {
  try {
    localStorage.removeItem(PREFIX + key);
  } catch {
    // Nothing was stored.
  }
}
