// The README's "What it survives" table is the suite's own list of cases.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../support.mjs";
import { cases, table } from "../../../scripts/survives.mjs";

test("the README's What it survives table is generated from the suite and up to date", () => {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  assert.ok(readme.includes(table()), "run node scripts/survives.mjs --write");
  const faults = new Set(cases().map((c) => c.fault));
  assert.deepEqual([...faults], ["Text", "Numbers", "Import", "Storage", "Host", "Loading", "Panic"], "every fault has a case");
});
