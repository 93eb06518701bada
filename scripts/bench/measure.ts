import { Agent, request } from "node:http";

export type Sample = { name: string; url: string; latencies: number[]; errors: number };

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export function summarize(s: Sample) {
  const sorted = [...s.latencies].sort((a, b) => a - b);
  return { name: s.name, n: sorted.length, errors: s.errors, p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
}

const agent = new Agent({ keepAlive: true, maxSockets: 64 });

// One GET as a browser sends it (gzip accepted); the body is read to its last byte as sent, not inflated, so only the server's time is counted.
function get(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent, headers: { "accept-encoding": "gzip", "user-agent": "peerdesk-bench" } }, (res) => {
      res.on("data", () => {});
      res.on("end", () => resolve(res.statusCode ?? 0));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

// Fires `total` GETs at `url` with `concurrency` in flight; each latency is to the last byte of the body.
export async function load(sample: Sample, total: number, concurrency: number): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < total) {
      next++;
      const started = performance.now();
      try {
        const status = await get(sample.url);
        if (status !== 200) sample.errors++;
        else sample.latencies.push(performance.now() - started);
      } catch {
        sample.errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}
