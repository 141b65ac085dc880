/**
 * Seeds and sizes for the fuzz and model-based suites. CI (`npm test`) runs the small sizes with
 * a fixed seed; `npm run fuzz` sets FUZZ_SCALE=10. FC_SEED replays a failure (the seed is printed).
 */
const scale = Number(process.env.FUZZ_SCALE ?? '1');
export const FUZZ_SCALE = Number.isFinite(scale) && scale > 0 ? scale : 1;
const seed = Number(process.env.FC_SEED ?? '20261302');
export const FC_SEED = Number.isInteger(seed) ? seed : 20261302;

/** fast-check options for one property: fixed seed, a run count scaled for fuzz, no time limit. */
export function fcOptions(runs: number, seedOffset = 0) {
  return { seed: FC_SEED + seedOffset, numRuns: Math.round(runs * FUZZ_SCALE) } as const;
}

/** A test timeout that grows with the scale (the machine may be loaded; the default 20 s is for CI sizes). */
export const suiteTimeout = (ciMs: number) => Math.round(ciMs * FUZZ_SCALE);
