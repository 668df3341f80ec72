/**
 * How Pool cuts its input into tasks, exactly as CPython's `Pool._map_async` and `imap` do.
 */

/** CPython's default chunksize for map/starmap: `ceil(len / (4 * processes))`, 0 for no input. */
export function defaultChunksize(length: number, processes: number): number {
  if (length === 0) return 0;
  const chunksize = Math.floor(length / (processes * 4));
  return length % (processes * 4) === 0 ? chunksize : chunksize + 1;
}

/** A chunk: its position in the input and the argument lists of its calls. */
export interface Chunk {
  start: number;
  calls: unknown[][];
}

/** Splits argument lists into consecutive chunks of `chunksize` calls. */
export function makeChunks(calls: unknown[][], chunksize: number): Chunk[] {
  const size = Math.max(1, chunksize);
  const chunks: Chunk[] = [];
  for (let start = 0; start < calls.length; start += size) {
    chunks.push({ start, calls: calls.slice(start, start + size) });
  }
  return chunks;
}
