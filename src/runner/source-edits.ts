/**
 * Text edits on compiled JavaScript, applied from the end backwards so offsets stay valid and every
 * line stays where it was (no edit adds a line break).
 */
import type { Node } from "acorn";

/** An acorn node with its fields open to reading. */
export type AnyNode = Node & Record<string, unknown>;

/** One insertion or replacement. */
export interface Edit {
  at: number;
  /** Characters replaced from `at` (0 inserts). */
  remove: number;
  text: string;
  /**
   * Among inserts at the same offset, which comes first in the text: lower `order` goes later.
   * Openings of nested nodes use minus their depth and closings plus it, so outer wraps inner.
   * @default 0
   */
  order?: number;
}

/** Visits every node under `node`, parents before children. */
export function walk(node: AnyNode, visit: (node: AnyNode, parent: AnyNode | null) => void, parent: AnyNode | null = null): void {
  visit(node, parent);
  for (const child of children(node)) walk(child, visit, node);
}

/** The direct child nodes of `node`, in source order. */
export function children(node: AnyNode): AnyNode[] {
  const found: AnyNode[] = [];
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) {
      for (const child of value) if (child && typeof child.type === "string") found.push(child);
    } else if (value && typeof value === "object" && typeof (value as AnyNode).type === "string") {
      found.push(value as AnyNode);
    }
  }
  return found;
}

/** Applies `edits` to `code`. */
export function applyEdits(code: string, edits: Edit[]): string {
  const sorted = [...edits].sort((a, b) => b.at - a.at || a.remove - b.remove || (a.order ?? 0) - (b.order ?? 0));
  let result = code;
  for (const edit of sorted) result = result.slice(0, edit.at) + edit.text + result.slice(edit.at + edit.remove);
  return result;
}
