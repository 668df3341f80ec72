export function work(n: number): number {
  let total = 0;
  for (let i = 0; i < n; i++) {
    total += (i * i) % 7;
  }
  return total;
}

/** Run fn(arg) repeat times and return each wall-clock time in milliseconds. */
function measure(fn: (n: number) => number, arg: number, repeat = 7): number[] {
  const times: number[] = [];
  for (let k = 0; k < repeat; k++) {
    const start = performance.now();
    fn(arg);
    times.push(performance.now() - start);
  }
  return times;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

if (import.meta.main) {
  const start = performance.now();
  work(200_000); // the first, cold call: measured on its own, then set aside
  const first = performance.now() - start;

  const times = measure(work, 200_000);
  const med = median(times);
  const lo = Math.min(...times);
  const hi = Math.max(...times);
  console.log(`first call (cold): ${first.toFixed(2)} ms`);
  console.log(`repeats after warm-up: ${times.length}`);
  console.log(`median: ${med.toFixed(2)} ms`);
  console.log(`min: ${lo.toFixed(2)} ms, max: ${hi.toFixed(2)} ms`);
  console.log(`spread: ${(((hi - lo) / med) * 100).toFixed(0)}% of the median`);
}
