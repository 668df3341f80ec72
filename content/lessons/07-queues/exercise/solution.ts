import { Process, Queue, sleep } from "multiprocessing";

const WORKERS = 3;
const URLS = 30;

export async function download(urls: Queue<string | null>, lines: Queue<string>): Promise<void> {
  for (let url = await urls.get(); url !== null; url = await urls.get()) {
    const n = Number(url.split("-")[1]);
    await sleep(0.05 + 0.01 * (n % 4)); // the "download"
    await lines.put(`${url}: ${1000 + 17 * n} bytes`);
  }
  await lines.put("done"); // after the sentinel: nothing more will come from this worker
}

export async function writer(lines: Queue<string>, workers: number): Promise<void> {
  // The only process that "opens the file"; the page has no file system, so the file is an array.
  const file: string[] = [];
  let done = 0;
  while (done < workers) {
    const line = await lines.get();
    if (line === "done") {
      done += 1;
    } else {
      file.push(line);
    }
  }
  for (const line of file) {
    console.log(line);
  }
  console.log(`${file.length} whole lines, written by one process`);
}

if (import.meta.main) {
  const urls = new Queue<string | null>(5); // back-pressure: at most 5 URLs wait at once
  const lines = new Queue<string>();
  const w = new Process({ target: writer, args: [lines, WORKERS] });
  w.start();
  const workers = Array.from({ length: WORKERS }, () => new Process({ target: download, args: [urls, lines] }));
  for (const p of workers) {
    p.start();
  }

  let mostWaiting = 0;
  for (let n = 0; n < URLS; n++) {
    await urls.put(`page-${n}`); // blocks while 5 URLs are waiting
    console.log(`queued page-${n}`);
    mostWaiting = Math.max(mostWaiting, await urls.qsize());
  }
  for (const _ of workers) {
    await urls.put(null); // one sentinel per worker
  }
  console.log(`most URLs waiting at once: ${mostWaiting}`);

  for (const p of [...workers, w]) {
    await p.join();
  }
}
