import { Pipe, Process, sleep, type Connection } from "multiprocessing";

type DetectedObject = [number, number]; // [frame, index in frame]

const FRAMES = 6;
// Stand-ins for image processing: about 0.02 s to detect, 0.05 s to size, 0.05 s to classify.
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
  return Array.from({ length: 1 + (frame % 3) }, (_, k): DetectedObject => [frame, k]);
}

function estimateSizes(objects: DetectedObject[]): number[] {
  crunch(SIZE);
  return objects.map(([frame, k]) => 10 * (frame + k + 1));
}

class Classifier {
  static async load(): Promise<Classifier> {
    await sleep(0.2); // costly set-up, e.g. loading a model: do it once per process
    return new Classifier();
  }

  classify(objects: DetectedObject[]): string[] {
    crunch(CLASSIFY);
    return objects.map(([frame, k]) => ((frame + k) % 2 === 0 ? "car" : "person"));
  }
}

function aggregate(frame: number, sizes: number[], classes: string[]): string {
  const total = (cls: string) => sizes.reduce((sum, s, i) => (classes[i] === cls ? sum + s : sum), 0);
  return `frame ${frame}: car ${total("car")}, person ${total("person")}`;
}

async function runSequential(): Promise<[string[], number]> {
  const classifier = await Classifier.load();
  const start = performance.now();
  const stats: string[] = [];
  for (let frame = 0; frame < FRAMES; frame++) {
    const objects = detect(frame);
    stats.push(aggregate(frame, estimateSizes(objects), classifier.classify(objects)));
  }
  return [stats, FRAMES / ((performance.now() - start) / 1000)];
}

export async function sizeWorker(conn: Connection): Promise<void> {
  conn.send("ready");
  for (let objects = await conn.recv(); objects !== null; objects = await conn.recv()) {
    conn.send(estimateSizes(objects as DetectedObject[]));
  }
  conn.close();
}

export async function classifierWorker(conn: Connection): Promise<void> {
  const classifier = await Classifier.load(); // once, for the whole stream of frames
  conn.send("ready");
  for (let objects = await conn.recv(); objects !== null; objects = await conn.recv()) {
    conn.send(classifier.classify(objects as DetectedObject[]));
  }
  conn.close();
}

function startStage(target: (conn: Connection) => Promise<void>): [Connection, Process] {
  const [here, there] = Pipe();
  const worker = new Process({ target, args: [there] });
  worker.start();
  there.close(); // only the worker uses that end
  return [here, worker];
}

async function runParallel(): Promise<[string[], number]> {
  const [sizes, sizeProcess] = startStage(sizeWorker);
  const [classes, classifierProcess] = startStage(classifierWorker);
  await sizes.recv(); // "ready": time the frames, not the set-up
  await classes.recv();
  const start = performance.now();
  const stats: string[] = [];
  for (let frame = 0; frame < FRAMES; frame++) {
    const objects = detect(frame);
    sizes.send(objects); // both stages work on this frame at the same time
    classes.send(objects);
    stats.push(aggregate(frame, (await sizes.recv()) as number[], (await classes.recv()) as string[]));
  }
  const fps = FRAMES / ((performance.now() - start) / 1000);
  sizes.send(null); // sentinels: each stage leaves its loop and exits
  classes.send(null);
  await sizeProcess.join();
  await classifierProcess.join();
  return [stats, fps];
}

// TODO: a pipeline. Give the aggregator a process of its own, fed by a Pipe from each stage, and
// let each stage send its answers there instead of back to the main process. The main process then
// only detects and sends, so it detects frame n+1 while the stages work on frame n. The sentinel
// travels behind the last frame; the aggregator sends its lines back to the main process.
async function runPipelined(): Promise<[string[], number]> {
  return runParallel();
}

if (import.meta.main) {
  const [sequential, fpsSequential] = await runSequential();
  const [pipelined, fpsPipelined] = await runPipelined();
  for (const line of pipelined) {
    console.log(line);
  }
  console.log(`same results: ${pipelined.join() === sequential.join() ? "True" : "False"}`);
  console.log(`sequential: ${fpsSequential.toFixed(1)} frames per second`);
  console.log(`pipelined: ${fpsPipelined.toFixed(1)} frames per second`);
  console.log(`speedup: ${(fpsPipelined / fpsSequential).toFixed(2)}`);
}
