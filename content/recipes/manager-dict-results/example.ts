import { Manager, Pool } from "multiprocessing";

/** The part of a Manager dict proxy that the worker uses. */
interface ResultStore {
  set(key: string, value: number): Promise<unknown>;
}

export async function measure(word: string, results: ResultStore): Promise<void> {
  // Each task writes its own key, so no two workers touch the same entry.
  await results.set(word, word.length);
}

if (import.meta.main) {
  const words = ["pool", "queue", "pipe", "manager", "lock"];
  await using manager = await Manager();
  const results = await manager.dict(); // a proxy: every access is a message to the manager
  {
    await using pool = new Pool(2);
    await pool.starmap(
      measure,
      words.map((word) => [word, results]),
    );
  }
  // Entries arrive in completion order: sort the keys for a stable report.
  const keys = ((await results.keys()) as string[]).sort();
  for (const word of keys) {
    console.log(`${word}: ${await results.get(word)}`);
  }
}
