/** Small timing helpers: medians and percentiles over repeated runs, printed as one line per figure. */
export async function timeRuns(runs: number, fn: () => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return out;
}

export function pct(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? Number.NaN;
}

export const fmt = (ms: number) => `${ms.toFixed(2)} ms`;

export function report(name: string, values: number[], baseline?: number[]): void {
  const med = pct(values, 50);
  const line = [`${name.padEnd(46)} p50 ${fmt(med).padStart(10)}  p95 ${fmt(pct(values, 95)).padStart(10)}`];
  if (baseline) line.push(`  ×${(med / pct(baseline, 50)).toFixed(2)} baseline`);
  console.log(line.join(''));
}
