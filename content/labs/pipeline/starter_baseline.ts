import { sleep } from "multiprocessing";

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

if (import.meta.main) {
  // TODO: load the classifier once, before the loop, and time only the frames: print
  // `sequential: <frames per second> frames per second` with one decimal after the frame lines.
  for (let frame = 0; frame < FRAMES; frame++) {
    const classifier = await Classifier.load();
    const objects = detect(frame);
    console.log(aggregate(frame, estimateSizes(objects), classifier.classify(objects)));
  }
}
