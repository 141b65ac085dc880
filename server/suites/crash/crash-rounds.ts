import { inspect } from './checks.ts';
import { createApiClient } from './http-client.ts';
import { applyWrite, createdKind, createdName, diffStates, emptyState } from './model.ts';
import { CRASH_KEY, type SandboxHarness } from './sandbox-process.ts';
import { type Tally, type Worker, type WorkloadContext, runWorker, seededRandom } from './workload.ts';

interface RoundOptions {
  /** Kills in random mode; in self mode the most rounds tried, stopping after the first that reaches the crash point. */
  rounds: number;
  seed: number;
  /** random: SIGKILL after a seeded number of answers plus a seeded delay. self: the control preload kills the process. */
  mode: 'random' | 'self';
  /** How the server is started for each round's workload (the restart after it is always a plain start). */
  start?: { preload: string; env: Record<string, string> };
}

export interface RoundsResult extends Tally {
  kills: number;
  /** Rounds in self mode where the process killed itself (the crash point was reached). */
  selfKills: number;
  inDoubt: number;
  inDoubtApplied: number;
  integrityFailures: string[];
  violations: string[];
  orphans: number;
  stateChecks: number;
}

const ROUND_CAP_MS = 4000;

/**
 * Rounds of: workload on the running server, SIGKILL, plain restart (recovery and the startup
 * sweep), then the checks with the workload stopped. Each worker's model is then moved to what
 * the database holds, which must be its acknowledged state, or that state plus its one write in doubt.
 */
export async function runRounds(
  h: SandboxHarness,
  ctx: WorkloadContext,
  workers: Worker[],
  options: RoundOptions,
): Promise<RoundsResult> {
  const random = seededRandom(options.seed);
  const result: RoundsResult = {
    acknowledged: 0,
    refused: 0,
    anomalies: [],
    kills: 0,
    selfKills: 0,
    inDoubt: 0,
    inDoubtApplied: 0,
    integrityFailures: [],
    violations: [],
    orphans: 0,
    stateChecks: 0,
  };
  let selfKilled = false;
  for (let round = 1; round <= options.rounds && !selfKilled; round++) {
    if (options.start) {
      await h.kill(); // the server is idle here: no workload runs between rounds
      await h.start(options.start);
    }
    const client = createApiClient(h.port, CRASH_KEY);
    const killAfter = 1 + Math.floor(random() * 40);
    const delayMs = random() * 15;
    let answers = 0;
    let stop = false;
    let timer: NodeJS.Timeout | undefined;
    let onAnswer = () => {};
    const due = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, ROUND_CAP_MS);
      onAnswer = () => {
        if (++answers === killAfter) setTimeout(resolve, delayMs);
      };
    });
    const running = workers.map((w) =>
      runWorker(
        w,
        client,
        ctx,
        result,
        () => stop,
        () => onAnswer(),
      ),
    );
    if (options.mode === 'random') {
      await due;
      await h.kill();
    } else if (await h.exitsWithin(ROUND_CAP_MS * 2)) {
      result.selfKills++;
      selfKilled = true;
    } else {
      await h.kill();
    }
    result.kills++;
    clearTimeout(timer);
    stop = true;
    await Promise.all(running);
    client.close();

    await h.start();
    const checker = createApiClient(h.port, CRASH_KEY);
    const seen = await inspect(h.dbPath, h.filesDir, checker, ctx.scopes);
    checker.close();
    if (seen.integrity !== 'ok') result.integrityFailures.push(`round ${round}: ${seen.integrity}`);
    result.violations.push(...seen.violations.map((v) => `round ${round}: ${v}`));
    result.orphans += seen.orphans.length;
    for (const w of workers) {
      const actual = seen.workers.get(w.index) ?? emptyState();
      const candidates = [w.state];
      const write = w.inDoubt;
      if (write) {
        result.inDoubt++;
        const kind = createdKind(write);
        if (!kind) candidates.push(applyWrite(w.state, write));
        else {
          const row = [...actual[kind]].find(([, v]) => v.name === createdName(write));
          if (row) candidates.push(applyWrite(w.state, write, row[0]));
        }
      }
      result.stateChecks += w.state.themes.size + w.state.brands.size + w.state.assets.size;
      const match = candidates.findIndex((c) => diffStates(actual, c).length === 0);
      if (match === -1) {
        const doubt = write ? ` (write in doubt: ${JSON.stringify(write)})` : '';
        result.violations.push(`round ${round}, worker ${w.index}${doubt}: ${diffStates(actual, w.state).join('; ')}`);
      }
      if (match === 1) result.inDoubtApplied++;
      // Continue from what the database holds, so one violation is reported once.
      w.state = match === -1 ? actual : candidates[match]!;
      w.inDoubt = null;
    }
  }
  return result;
}
