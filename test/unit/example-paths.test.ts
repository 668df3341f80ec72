// <Example src="slug/name"> finds its files by lesson slug, whatever the folder's number is.
import { test } from "node:test";
import assert from "node:assert/strict";
import { exampleFileRef, indexExampleFiles } from "../../src/lib/examples.ts";

test("an example file is keyed by lesson slug and example folder", () => {
  assert.deepEqual(exampleFileRef("/content/lessons/04-pool/examples/map/example.ts"), {
    key: "pool/map",
    folder: "04-pool/examples/map",
    file: "example.ts",
  });
});

test("files other than the four an example may hold are ignored", () => {
  assert.equal(exampleFileRef("/content/lessons/04-pool/examples/map/solution.ts"), undefined);
  assert.equal(exampleFileRef("/content/lessons/04-pool/index.mdx"), undefined);
});

test("an example's files are grouped under one key", () => {
  const index = indexExampleFiles({
    "/content/lessons/04-pool/examples/map/example.ts": "ts",
    "/content/lessons/04-pool/examples/map/example.py": "py",
    "/content/lessons/04-pool/examples/map/expected.txt": "[1, 4, 9]\n",
    "/content/lessons/02-process/examples/join/example.ts": "join",
  });
  assert.deepEqual([...index.keys()].sort(), ["pool/map", "process/join"]);
  assert.deepEqual(index.get("pool/map")?.files, { "example.ts": "ts", "example.py": "py", "expected.txt": "[1, 4, 9]\n" });
});
