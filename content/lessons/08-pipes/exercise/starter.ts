import { EOFError, Pipe, Process, sleep, type Connection } from "multiprocessing";

type DetectedObject = [number, number]; // [frame, index in frame]

const FRAMES = 6;
// JavaScript's JIT runs these loops about 35 times faster than CPython runs the Python twin,
// so the step counts are larger here: about 0.02 s to detect, 0.05 s to estimate sizes,
// 0.05 s to classify (the stages are stand-ins for real image processing).
const DETECT = 9_800_000;
const SIZE = 24_500_000;
const CLASSIFY = 24_500_000;

function crunch(n: number): number {
  let total = 0;
  for (let i = 0; i < n; i++) {
    total += (i % 7) * (i % 5);
  }
  return total;
}

function detect(frame: number): DetectedObject[] {
  crunch(DETECT);
  return Array.from({ length: 1 + (frame % 3) }, (_, k): DetectedObject => [frame, k]); // the objects found
}

function estimateSizes(objects: DetectedObject[]): number[] {
  crunch(SIZE);
  return objects.map(([frame, k]) => 10 * (frame + k + 1));
}

class Classifier {
  static async load(): Promise<Classifier> {
    await sleep(0.3); // costly set-up, e.g. loading a neural network from disk
    return new Classifier();
  }

  classify(objects: DetectedObject[]): string[] {
    crunch(CLASSIFY);
    return objects.map(([frame, k]) => ((frame + k) % 2 === 0 ? "car" : "person"));
  }
}

function aggregate(frame: number, sizes: number[], classes: string[]): string {
  const total = (cls: string) => sizes.reduce((sum, s, i) => (classes[i] === cls ? sum + s : sum), 0);
  return `frame ${frame}: total size car ${total("car")}, person ${total("person")}`;
}

async function runSequential(): Promise<[string[], number]> {
  const classifier = await Classifier.load();
  const start = performance.now();
  const stats: string[] = [];
  for (let frame = 0; frame < FRAMES; frame++) {
    const objects = detect(frame);
    const sizes = estimateSizes(objects);
    const classes = classifier.classify(objects);
    stats.push(aggregate(frame, sizes, classes));
  }
  return [stats, FRAMES / ((performance.now() - start) / 1000)];
}

export async function classifierWorker(conn: Connection): Promise<void> {
  // Lives as long as the pipeline: the costly set-up happens once, in this process.
  const classifier = await Classifier.load();
  conn.send("ready");
  for (let objects = await conn.recv(); objects !== null; objects = await conn.recv()) {
    conn.send(classifier.classify(objects as DetectedObject[]));
  }
  conn.close();
}

async function runParallel(): Promise<[string[], number]> {
  const [here, there] = Pipe();
  const worker = new Process({ target: classifierWorker, args: [there] });
  worker.start();
  there.close(); // only the worker uses that end
  if ((await here.recv()) !== "ready") throw new Error("unexpected first message");
  const start = performance.now(); // time the frames, not the set-up, as in runSequential
  const stats: string[] = [];
  for (let frame = 0; frame < FRAMES; frame++) {
    const objects = detect(frame);
    here.send(objects); // the classifier starts on them in its process ...
    const sizes = estimateSizes(objects); // ... while this process estimates the sizes
    let classes: string[];
    try {
      classes = (await here.recv()) as string[];
    } catch (e) {
      if (e instanceof EOFError) throw new Error("the classifier process died", { cause: e });
      throw e;
    }
    stats.push(aggregate(frame, sizes, classes));
  }
  const fps = FRAMES / ((performance.now() - start) / 1000);
  here.send(null);
  await worker.join();
  return [stats, fps];
}

if (import.meta.main) {
  const [sequential, fpsSequential] = await runSequential();
  const [parallel, fpsParallel] = await runParallel();
  for (const line of parallel) {
    console.log(line);
  }
  const same = parallel.length === sequential.length && parallel.every((line, i) => line === sequential[i]);
  console.log(`same results: ${same ? "True" : "False"}`);
  console.log(`sequential: ${fpsSequential.toFixed(1)} frames per second`); // about 8
  console.log(`parallel:   ${fpsParallel.toFixed(1)} frames per second`); // about 13
}
