export type Sample = { name: string; url: string; latencies: number[]; errors: number };

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export function summarize(s: Sample) {
  const sorted = [...s.latencies].sort((a, b) => a - b);
  return { name: s.name, n: sorted.length, errors: s.errors, p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
}

// Fires `total` GETs at `url` with `concurrency` in flight; each latency is to the last byte of the body.
export async function load(sample: Sample, total: number, concurrency: number): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < total) {
      next++;
      const started = performance.now();
      try {
        const res = await fetch(sample.url, { redirect: "manual" });
        await res.arrayBuffer();
        if (res.status !== 200) sample.errors++;
        else sample.latencies.push(performance.now() - started);
      } catch {
        sample.errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}
