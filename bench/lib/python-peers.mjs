// Runs CPython's side of the bench (bench/python/peers.py) on this machine, so every ratio
// compares figures measured in the same run. Without python3 the peers are simply missing.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { repo } from "./build.mjs";

/** CPython's figures, or `{ error }` when python3 is missing or the script fails. */
export function measurePython() {
  return new Promise((resolve) => {
    const child = spawn("python3", [join(repo, "bench", "python", "peers.py")], { cwd: repo });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", (error) => resolve({ error: `python3 not available (${error.code})` }));
    child.on("close", (code) => {
      if (code === 0) resolve(JSON.parse(stdout));
      else resolve({ error: `peers.py exited with ${code}: ${stderr.trim().split("\n").at(-1)}` });
    });
  });
}
