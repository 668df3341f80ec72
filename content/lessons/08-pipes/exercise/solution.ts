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

/** Receives until every send end of `conn` is closed; undefined then means "end of stream". */
async function recvOrEnd(conn: Connection): Promise<unknown> {
  try {
    return await conn.recv();
  } catch (e) {
    if (e instanceof EOFError) return undefined;
    throw e;
  }
}

export async function detector(frames: Connection, toSizes: Connection, toClasses: Connection): Promise<void> {
  for (let frame = await recvOrEnd(frames); frame !== undefined; frame = await recvOrEnd(frames)) {
    const objects = detect(frame as number);
    toSizes.send(objects);
    toClasses.send(objects);
  }
  toSizes.close(); // the stages after this one see EOFError in turn
  toClasses.close();
}

export async function sizeEstimator(objectsIn: Connection, out: Connection): Promise<void> {
  for (let objects = await recvOrEnd(objectsIn); objects !== undefined; objects = await recvOrEnd(objectsIn)) {
    out.send(estimateSizes(objects as DetectedObject[]));
  }
  out.close();
}

export async function classifierStage(objectsIn: Connection, out: Connection): Promise<void> {
  const classifier = await Classifier.load(); // once, for the whole stream
  for (let objects = await recvOrEnd(objectsIn); objects !== undefined; objects = await recvOrEnd(objectsIn)) {
    out.send(classifier.classify(objects as DetectedObject[]));
  }
  out.close();
}

export async function aggregator(sizesIn: Connection, classesIn: Connection, out: Connection): Promise<void> {
  // Both streams carry the frames in order, so the n-th sizes belong with the n-th classes.
  for (let frame = 0; ; frame++) {
    const sizes = await recvOrEnd(sizesIn);
    const classes = await recvOrEnd(classesIn);
    if (sizes === undefined || classes === undefined) break;
    out.send(aggregate(frame, sizes as number[], classes as string[]));
  }
  out.close();
}

async function runPipeline(): Promise<[string[], number]> {
  const [framesIn, framesOut] = Pipe(false); // one-way: [receive end, send end]
  const [sizesObjectsIn, sizesObjectsOut] = Pipe(false);
  const [classesObjectsIn, classesObjectsOut] = Pipe(false);
  const [sizesIn, sizesOut] = Pipe(false);
  const [classesIn, classesOut] = Pipe(false);
  const [statsIn, statsOut] = Pipe(false);
  const stages = [
    new Process({ target: detector, args: [framesIn, sizesObjectsOut, classesObjectsOut], name: "detector" }),
    new Process({ target: sizeEstimator, args: [sizesObjectsIn, sizesOut], name: "size-estimator" }),
    new Process({ target: classifierStage, args: [classesObjectsIn, classesOut], name: "classifier" }),
    new Process({ target: aggregator, args: [sizesIn, classesIn, statsOut], name: "aggregator" }),
  ];
  for (const stage of stages) {
    stage.start();
  }
  // The main process keeps only the two ends it uses: the first send end and the last receive end.
  for (const end of [framesIn, sizesObjectsIn, sizesObjectsOut, classesObjectsIn, classesObjectsOut, sizesIn, sizesOut, classesIn, classesOut, statsOut]) {
    end.close();
  }

  for (let frame = 0; frame < FRAMES; frame++) {
    framesOut.send(frame);
  }
  framesOut.close(); // the end of the stream: every stage stops in turn

  const stats: string[] = [];
  let first = 0;
  for (let line = await recvOrEnd(statsIn); line !== undefined; line = await recvOrEnd(statsIn)) {
    if (stats.length === 0) first = performance.now();
    stats.push(line as string);
  }
  // The rate once the pipeline is full: frames between the first result and the last.
  const fps = (stats.length - 1) / ((performance.now() - first) / 1000);
  for (const stage of stages) {
    await stage.join();
  }
  return [stats, fps];
}

if (import.meta.main) {
  const [sequential, fpsSequential] = await runSequential();
  const [pipeline, fpsPipeline] = await runPipeline();
  for (const line of pipeline) {
    console.log(line);
  }
  const same = pipeline.length === sequential.length && pipeline.every((line, i) => line === sequential[i]);
  console.log(`same results: ${same ? "True" : "False"}`);
  console.log(`sequential: ${fpsSequential.toFixed(1)} frames per second`); // about 8
  console.log(`pipeline:   ${fpsPipeline.toFixed(1)} frames per second`); // about 20 with four cores
}
