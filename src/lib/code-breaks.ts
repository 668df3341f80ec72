/**
 * Where a line of code may wrap in a narrow column.
 *
 * The cheat sheet's code cells hold calls such as `JoinableQueue()` and `q.task_done()`. Letting
 * the browser break anywhere splits names in two on a phone ("JoinableQue / ue()"); breaking only
 * at spaces leaves calls too wide for the column. Pieces that end after a `.` or `(`, each followed
 * by a `<wbr>`, let a call wrap between its parts and never inside a name. Only a dot after a name
 * (member access) counts, and a `(` followed by `)` or `.` stays whole, so `()` and `...args` are
 * never split.
 */

/** Splits `code` after each member-access `.` and each `(` that a name or value follows; joining the pieces gives `code` back. */
export function codeBreakPieces(code: string): string[] {
  return code.split(/(?<=[\w)\]]\.|\()(?=[^).\s])/);
}
