// The raw baselines that need a worker doing more than echo: the same CPU-bound loop as
// bench/programs/cpu-speedup.ts without the runtime, and a worker-to-worker round trip over a
// MessageChannel (the transport a Pool uses) without the runtime.
import type { RawPeerRequest } from "./raw-peer-protocol.ts";

function burn(n: number): number {
  let sum = 0;
  for (let i = 0; i < n; i++) sum += Math.sqrt(i);
  return sum;
}

/** Microseconds of each round trip over `port` to a worker that echoes on it. */
function pingPong(port: MessagePort, count: number, warm: number): Promise<number[]> {
  return new Promise((resolve) => {
    const times: number[] = [];
    let sent = 0;
    let started = 0;
    const next = () => {
      started = performance.now();
      port.postMessage(sent++);
    };
    port.onmessage = () => {
      if (sent > warm) times.push((performance.now() - started) * 1000);
      if (times.length === count) resolve(times);
      else next();
    };
    next();
  });
}

onmessage = async (event: MessageEvent<RawPeerRequest>) => {
  const request = event.data;
  switch (request.type) {
    case "burn":
      postMessage(burn(request.n));
      break;
    case "echo-on":
      request.port.onmessage = (message) => request.port.postMessage(message.data);
      postMessage("ready");
      break;
    case "ping":
      postMessage(await pingPong(request.port, request.count, request.warm));
      break;
  }
};
postMessage("ready");
