// Where a server's CPU time went: the V8 profile `npm run bench -- --profile=<page>`
// writes, summarised as self time per package (or app folder) and the top functions.
import fs from "node:fs";
import path from "node:path";

type Node = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
};
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] };

function owner(url: string) {
  const modules = url.lastIndexOf("node_modules/");
  if (modules >= 0) {
    const rest = url.slice(modules + "node_modules/".length).split("/");
    return rest[0]!.startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  if (url.includes("/.next/")) {
    const chunk = url.slice(url.indexOf("/.next/") + 1);
    return chunk.includes("[root-of-the-server]") || chunk.includes("node_modules")
      ? `${chunk.split("/").slice(0, 3).join("/")}`
      : ".next (app code)";
  }
  return url ? url.replace(process.cwd() + "/", "") : "(native/gc)";
}

export function summariseProfile(dir: string, requests: number) {
  const file = fs.readdirSync(dir).find((f) => f.endsWith(".cpuprofile"));
  if (!file) return console.log("  no profile written");
  const profile = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const byOwner = new Map<string, number>();
  const byFunction = new Map<string, number>();
  for (const [id, micros] of self) {
    const frame = byId.get(id)!.callFrame;
    if (frame.functionName === "(idle)" || frame.functionName === "(program)") continue;
    const who = owner(frame.url);
    byOwner.set(who, (byOwner.get(who) ?? 0) + micros);
    const fn = `${frame.functionName || "(anonymous)"} ${who}:${frame.lineNumber}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + micros);
  }
  const top = (map: Map<string, number>, n: number) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n);
  console.log(`  profile ${path.join(dir, file)}: self time per request`);
  for (const [who, micros] of top(byOwner, 15))
    console.log(`    ${(micros / 1000 / requests).toFixed(2).padStart(7)} ms  ${who}`);
  console.log("  top functions");
  for (const [fn, micros] of top(byFunction, 25))
    console.log(`    ${(micros / 1000 / requests).toFixed(2).padStart(7)} ms  ${fn.slice(0, 140)}`);
}
