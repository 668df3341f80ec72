// The cheat sheet's Python-to-TypeScript table cannot drift from the runtime: every row's export
// exists in the module the row names, and no Python spelling is listed twice.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as multiprocessing from "../../src/runtime/index.ts";
import { pythonNames } from "../../src/runtime/python-names.ts";
import * as threading from "../../src/runtime/threading.ts";

const modules: Record<string, Record<string, unknown>> = { multiprocessing, threading };

test("every exportName is exported by the module its row names", () => {
  const missing = pythonNames
    .filter((row) => !(row.exportName in modules[row.module]!))
    .map((row) => `${row.module}.${row.exportName} (${row.python})`);
  assert.deepEqual(missing, []);
});

test("every Python spelling appears once per module", () => {
  const seen = new Set<string>();
  for (const row of pythonNames) {
    const key = `${row.module}: ${row.python}`;
    assert.ok(!seen.has(key), `listed twice: ${key}`);
    seen.add(key);
  }
});

test("the shared-state names of the lessons are in the table", () => {
  const names = new Set(pythonNames.map((row) => row.exportName));
  for (const name of ["Manager", "DictProxy", "ListProxy", "NamespaceProxy", "Lock", "RLock", "Event", "Condition", "Semaphore", "Barrier", "Value", "SharedArray", "ignoreKeyboardInterrupt", "Connection", "ValueError"]) {
    assert.ok(names.has(name), `no row for ${name}`);
  }
});
