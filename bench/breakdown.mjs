// The wasm's size by crate and by function, from twiggy's listing of a
// wasm-opt -Oz build that keeps its names (the shipped file has none):
//   node bench/breakdown.mjs target/bench/named.wasm > bench/results/wasm-breakdown.md
// Sizes are raw bytes of code and data (the shipped file is also gzipped).
import { execFileSync } from "node:child_process";

const file = process.argv[2];
const csv = execFileSync("twiggy", ["top", "-n", "1000000", "-f", "csv", file], { encoding: "utf8", maxBuffer: 1 << 28 });
const rows = csv.trim().split("\n").slice(1).map((line) => {
  const [, name, size] = line.match(/^"?(.*?)"?,(\d+),/) ?? [];
  return { name: (name ?? line).replaceAll('""', '"').replace(/::h[0-9a-f]{16}/g, "").replace(/\[[0-9a-f]{16}\]/g, ""), size: Number(size ?? 0) };
}).filter((r) => !/^custom section|subsection/.test(r.name)); // names and wasm-bindgen's notes: not shipped

/** The crate an item belongs to: the first path segment of the type or function it is for. */
function crate(name) {
  if (name.startsWith("data segment")) return "(data: strings and tables)";
  if (/^(code|func)\[\d+\]$/.test(name)) return "(unnamed code)";
  if (/^(table|memory|elem|global|type)\[\d+\]$|^(import|export) |section headers|magic bytes/.test(name)) return "(wasm structure)";
  const inner = name.replace(/^(<)+/, "").replace(/^(dyn |&|mut |\()+/, "");
  const m = inner.match(/^([a-z_][a-z0-9_]*)::/);
  return m ? m[1] : "(other)";
}

const total = rows.reduce((s, r) => s + r.size, 0);
const byCrate = new Map();
for (const r of rows) byCrate.set(crate(r.name), (byCrate.get(crate(r.name)) ?? 0) + r.size);
const byName = new Map();
for (const r of rows) byName.set(r.name, (byName.get(r.name) ?? 0) + r.size);
const pct = (n) => `${((100 * n) / total).toFixed(1)} %`;
const kb = (n) => (n / 1000).toFixed(1);
const out = [
  `# Wasm size breakdown`,
  "",
  `${kb(total)} KB in all (raw, names kept; the shipped file is smaller by its name section and gzipped).`,
  "",
  "## By crate",
  "",
  "| Crate | KB | Share |",
  "|---|---:|---:|",
  ...[...byCrate].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([c, n]) => `| ${c} | ${kb(n)} | ${pct(n)} |`),
  "",
  "## Largest items",
  "",
  "| Item | KB | Share |",
  "|---|---:|---:|",
  ...[...byName].sort((a, b) => b[1] - a[1]).slice(0, 40).map(([n, s]) => `| \`${n.slice(0, 140).replaceAll("|", "\\|")}\` | ${kb(s)} | ${pct(s)} |`),
];
console.log(out.join("\n"));
