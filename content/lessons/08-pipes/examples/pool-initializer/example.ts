import { Pool, currentProcess, sleep } from "multiprocessing";

interface Model {
  name: string;
  labels: string[];
}

let model: Model | null = null; // one per worker process, set by loadModel
let loads = 0; // how many times this process has loaded the model

export async function loadModel(name: string): Promise<void> {
  await sleep(0.2); // costly, e.g. reading weights from disk
  model = { name, labels: ["car", "person"] };
  loads += 1;
}

type Result = [number, number, string]; // [pid, loads so far in that worker, label]

export async function classifyNaive(x: number): Promise<Result> {
  await loadModel("classifier-v1"); // loads again for every single task
  await sleep(0.05); // the work
  return [currentProcess().pid as number, loads, model!.labels[x % 2]];
}

export async function classify(x: number): Promise<Result> {
  await sleep(0.05); // the work, with the model this worker's initializer loaded
  return [currentProcess().pid as number, loads, model!.labels[x % 2]];
}

function summary(results: Result[]): [number, number[], string[]] {
  const most = new Map<number, number>(); // the highest load count seen in each worker
  for (const [pid, n] of results) {
    most.set(pid, Math.max(most.get(pid) ?? 0, n));
  }
  const total = [...most.values()].reduce((a, b) => a + b, 0);
  const perWorker = [...new Set(most.values())].sort((a, b) => a - b);
  return [total, perWorker, results.map(([, , label]) => label)];
}

if (import.meta.main) {
  const tasks = [0, 1, 2, 3, 4, 5, 6, 7];
  {
    await using pool = new Pool(2);
    const start = performance.now();
    const [total, , labels] = summary(await pool.map(classifyNaive, tasks, 1));
    const elapsed = (performance.now() - start) / 1000;
    console.log(`load in every task: ${labels.length} tasks, ${total} model loads`);
    console.log(`  ${elapsed.toFixed(2)} s`); // about 1.0 s
  }
  {
    await using pool = new Pool(2, { initializer: loadModel, initargs: ["classifier-v1"] });
    const start = performance.now();
    const [, perWorker, labels] = summary(await pool.map(classify, tasks, 1));
    const elapsed = (performance.now() - start) / 1000;
    console.log(`initializer: ${labels.length} tasks, model loads per worker: [${perWorker.join(", ")}]`);
    console.log(`  ${elapsed.toFixed(2)} s`); // about 0.4 s
    console.log(`labels: [${labels.map((l) => `'${l}'`).join(", ")}]`);
  }
}
