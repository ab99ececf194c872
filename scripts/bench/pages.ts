// Measures the app's pages over HTTP as a signed-in user: per page, one
// request alone (statements, HTML size, server CPU) and then REQUESTS requests
// with CONCURRENCY in flight (p50 and p95 of the response time, the whole
// body read).
import { performance } from "node:perf_hooks";
import type { BenchServer } from "./server";

export const CONCURRENCY = 10;
const REQUESTS = 60;
const WARM_UP = 5;
/** Requests measurePage sends in all (for per-request figures from a profile). */
export const REQUESTS_PER_PAGE = WARM_UP + 3 + REQUESTS;

export type PageSpec = {
  key: string;
  label: string;
  path: string;
  /** Text the page must contain: a page that is a sign-in form or an error is not measured. */
  expect: string;
};

export type PageFigures = {
  key: string;
  label: string;
  p50: number;
  p95: number;
  cpuMs: number;
  statements: number;
  bytes: number;
};

async function get(server: BenchServer, path: string) {
  const response = await fetch(server.url + path, { headers: { cookie: server.cookie }, redirect: "manual" });
  const text = await response.text();
  return { status: response.status, text };
}

function quantile(sorted: number[], q: number) {
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
}

export async function measurePage(server: BenchServer, page: PageSpec): Promise<PageFigures> {
  for (let i = 0; i < WARM_UP; i++) {
    const { status, text } = await get(server, page.path);
    if (status !== 200 || !text.includes(page.expect))
      throw new Error(
        `${page.label} (${page.path}) answered ${status} without "${page.expect}":\n${text.slice(0, 400)}`,
      );
  }
  // Alone: the fewest statements of three requests (a background write such
  // as a session's "last seen" may land in one of them).
  let statements = Infinity;
  let bytes = 0;
  let cpuMicros = Infinity;
  for (let i = 0; i < 3; i++) {
    const before = await server.stats();
    const { text } = await get(server, page.path);
    const after = await server.stats();
    statements = Math.min(statements, after.statements - before.statements);
    cpuMicros = Math.min(cpuMicros, after.cpuMicros - before.cpuMicros);
    bytes = Buffer.byteLength(text);
  }
  const samples: number[] = [];
  let next = 0;
  const worker = async () => {
    while (next < REQUESTS) {
      next++;
      const t0 = performance.now();
      const { status } = await get(server, page.path);
      samples.push(performance.now() - t0);
      if (status !== 200) throw new Error(`${page.label} answered ${status} under load`);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  samples.sort((a, b) => a - b);
  return {
    key: page.key,
    label: page.label,
    p50: quantile(samples, 0.5),
    p95: quantile(samples, 0.95),
    cpuMs: cpuMicros / 1000,
    statements,
    bytes,
  };
}
