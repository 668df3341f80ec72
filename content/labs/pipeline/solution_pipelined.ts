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

// Each stage reads objects from the detector and passes its answers on to the aggregator; the
// sentinel (null) travels down the pipeline behind the last frame.
export async function sizeWorker(input: Connection, output: Connection): Promise<void> {
  input.send("ready");
  for (let objects = await input.recv(); objects !== null; objects = await input.recv()) {
    output.send(estimateSizes(objects as DetectedObject[]));
  }
  output.send(null);
}

export async function classifierWorker(input: Connection, output: Connection): Promise<void> {
  const classifier = await Classifier.load(); // once, for the whole stream of frames
  input.send("ready");
  for (let objects = await input.recv(); objects !== null; objects = await input.recv()) {
    output.send(classifier.classify(objects as DetectedObject[]));
  }
  output.send(null);
}

// Frames arrive from both stages in order, so the n-th answer of each belongs to frame n.
export async function aggregator(sizes: Connection, classes: Connection, report: Connection): Promise<void> {
  const stats: string[] = [];
  for (let frame = 0; ; frame++) {
    const frameSizes = await sizes.recv();
    const frameClasses = await classes.recv();
    if (frameSizes === null || frameClasses === null) break;
    stats.push(aggregate(frame, frameSizes as number[], frameClasses as string[]));
  }
  report.send(stats);
}

function start(target: (...conns: Connection[]) => Promise<void>, conns: Connection[]): Process {
  const worker = new Process({ target, args: conns });
  worker.start();
  for (const conn of conns) {
    conn.close(); // only the worker uses these ends
  }
  return worker;
}

async function runPipelined(): Promise<[string[], number]> {
  const [toSizer, sizerIn] = Pipe();
  const [toClassifier, classifierIn] = Pipe();
  const [sizesIn, sizerOut] = Pipe(false);
  const [classesIn, classifierOut] = Pipe(false);
  const [reportIn, reportOut] = Pipe(false);
  const workers = [
    start(sizeWorker, [sizerIn, sizerOut]),
    start(classifierWorker, [classifierIn, classifierOut]),
    start(aggregator, [sizesIn, classesIn, reportOut]),
  ];
  await toSizer.recv(); // "ready": time the frames, not the set-up
  await toClassifier.recv();
  const begin = performance.now();
  for (let frame = 0; frame < FRAMES; frame++) {
    const objects = detect(frame); // frame n+1 is detected while the stages work on frame n
    toSizer.send(objects);
    toClassifier.send(objects);
  }
  toSizer.send(null);
  toClassifier.send(null);
  const stats = (await reportIn.recv()) as string[];
  const fps = FRAMES / ((performance.now() - begin) / 1000);
  for (const worker of workers) {
    await worker.join();
  }
  return [stats, fps];
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
