/**
 * How Pool cuts its input into tasks, exactly as CPython's `Pool._map_async` and `imap` do.
 */

/** CPython's default chunksize for map/starmap: `ceil(len / (4 * processes))`, 0 for no input. */
export function defaultChunksize(length: number, processes: number): number {
  if (length === 0) return 0;
  const chunksize = Math.floor(length / (processes * 4));
  return length % (processes * 4) === 0 ? chunksize : chunksize + 1;
}

/** A chunk: its position in the input and its calls' items (one argument each, or an argument list for starmap). */
export interface Chunk {
  start: number;
  items: unknown[];
}

/** Splits the items of a job into consecutive chunks of `chunksize` calls. */
export function makeChunks(items: unknown[], chunksize: number): Chunk[] {
  const size = Math.max(1, chunksize);
  const chunks: Chunk[] = [];
  for (let start = 0; start < items.length; start += size) {
    chunks.push({ start, items: items.slice(start, start + size) });
  }
  return chunks;
}
