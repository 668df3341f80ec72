// What the benchmark page asks of a raw peer worker (raw-peer-worker.ts).
export type RawPeerRequest =
  | { type: "burn"; n: number }
  | { type: "echo-on"; port: MessagePort }
  | { type: "ping"; port: MessagePort; count: number; warm: number };
