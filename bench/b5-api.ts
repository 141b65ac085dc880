import { type ChildProcess, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { ROOT, emit, freePort, median, startServer } from './support.ts';

const KEY = 'nxd_bench_b5_0123456789abcdef';
const ROUNDS = 3;
const SECONDS = 5;

async function load(url: string) {
  const r = await autocannon({ url, connections: 10, duration: SECONDS, headers: { authorization: `Bearer ${KEY}` } });
  if (r.non2xx > 0 || r.errors > 0) throw new Error(`${url}: ${r.non2xx} non-2xx, ${r.errors} errors`);
  return { rps: r.requests.average, p99: r.latency.p99 };
}

/**
 * B5, the sandbox API's throughput: sandbox GET /v1/assets?limit=20 and /health against a raw
 * node:http baseline, interleaved rounds.
 */
export async function b5(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bks-b5-'));
  const db = join(dir, 'sandbox.db');
  const env = { SANDBOX_DB: db, LOG_REQUESTS: '0', NEXTDOCS_API_KEY: KEY, SANDBOX_RATE_LIMIT: '100000000:100000000' };
  const children: ChildProcess[] = [];
  try {
    // First start seeds the demo data and registers KEY; then reseed to 2,000 assets.
    const sandboxPort = await freePort();
    const first = await startServer(['server/index.ts'], { ...env, PORT: String(sandboxPort) });
    first.kill();
    const seeded = spawnSync(process.execPath, ['--import', 'tsx', 'server/cli.ts', 'seed', '--assets', '2000'], {
      cwd: ROOT,
      env: { ...process.env, ...env },
    });
    if (seeded.status !== 0) throw new Error(`seed failed: ${seeded.stderr}`);
    children.push(await startServer(['server/index.ts'], { ...env, PORT: String(sandboxPort) }));
    const rawPort = await freePort();
    children.push(await startServer(['bench/raw-server.ts', db, String(rawPort)], {}));
    const sandbox = `http://127.0.0.1:${sandboxPort}`;
    const raw = `http://127.0.0.1:${rawPort}`;
    await load(`${sandbox}/v1/assets?limit=20`); // warm-up
    await load(`${raw}/v1/assets?limit=20`);
    const s: { rps: number; p99: number }[] = [];
    const r: { rps: number; p99: number }[] = [];
    const sh: { rps: number; p99: number }[] = [];
    const rh: { rps: number; p99: number }[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      s.push(await load(`${sandbox}/v1/assets?limit=20`));
      r.push(await load(`${raw}/v1/assets?limit=20`));
      sh.push(await load(`${sandbox}/health`));
      rh.push(await load(`${raw}/health`));
    }
    const m = (xs: { rps: number }[]) => Math.round(median(xs.map((x) => x.rps)));
    const p99 = median(s.map((x) => x.p99));
    const assetsRatio = m(s) / m(r);
    const healthRatio = m(sh) / m(rh);
    emit({
      bench: 'B5',
      metric: 'GET /v1/assets?limit=20, 2,000 assets, 10 connections',
      rounds: ROUNDS,
      seconds_each: SECONDS,
      sandbox_rps: m(s),
      raw_rps: m(r),
      ratio: Math.round(assetsRatio * 100) / 100,
      target_ratio: 0.8,
      sandbox_p99_ms: p99,
      raw_p99_ms: median(r.map((x) => x.p99)),
      target_p99_ms: 10,
      health_rps: m(sh),
      raw_hello_rps: m(rh),
      health_ratio: Math.round(healthRatio * 100) / 100,
      target_health_ratio: 0.5,
      pass: assetsRatio >= 0.8 && healthRatio >= 0.5 && p99 <= 10,
    });
  } finally {
    for (const c of children) c.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}
