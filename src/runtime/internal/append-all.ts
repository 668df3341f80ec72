/**
 * Appends a whole array to another. `target.push(...items)` passes every item as an argument, which
 * overflows the call stack past about 100,000 items: trace batches and task lists get that large.
 */

/** Appends `items` to `target` in place. */
export function appendAll<T>(target: T[], items: readonly T[]): void {
  for (let i = 0; i < items.length; i++) target.push(items[i]!);
}
