// Bench program: the round trip of reading one key of a Manager dict, timed call by call.
import { Manager } from "multiprocessing";

if (import.meta.main) {
  const manager = await Manager();
  const shared = await manager.dict();
  await shared.set("key", 1);
  for (let i = 0; i < 200; i++) await shared.get("key");
  const micros: number[] = [];
  for (let i = 0; i < 2000; i++) {
    const started = performance.now();
    await shared.get("key");
    micros.push((performance.now() - started) * 1000);
  }
  await manager.shutdown();
  micros.sort((a, b) => a - b);
  console.log(`manager_dict_round_trip_us ${micros[micros.length >> 1]}`);
}
