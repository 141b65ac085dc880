// @vitest-environment node
/**
 * D1 contract fuzz (reliability.md), Schemathesis-style, over the 19 operations of the README's
 * route table: per operation INVALID_RUNS generated hostile requests and VALID_RUNS valid ones
 * (x FUZZ_SCALE under `npm run fuzz`), each checked by `exercise` (contract-oracle.ts): no 5xx,
 * the status in the contract's list, JSON answers, error envelopes that leak nothing (D12), the
 * database and file store unchanged after every 4xx and every GET, 2xx bodies parsing with the
 * contract, and every string a 2xx create or patch wrote read back exactly.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { FC_SEED, FUZZ_SCALE, fcOptions, suiteTimeout } from './support/fuzz-config.ts';
import { ErrorLedger } from './support/error-ledger.ts';
import { Tally, exercise } from './support/contract-oracle.ts';
import { fuzzApp } from './support/fuzz-app.ts';
import { makeFixtures } from './support/fixtures.ts';
import { operations } from './support/operations.ts';

const INVALID_RUNS = 200;
const VALID_RUNS = 40;
const OPERATION_COUNT = 19;

const tally = new Tally();
const ledger = new ErrorLedger();
const perOperation: string[] = [];

/** A fresh sandbox and fixtures per operation, so one operation's writes never shape another's. */
async function runOperation(index: number) {
  const t = fuzzApp();
  try {
    const fx = await makeFixtures(t);
    const ops = operations(fx);
    expect(ops).toHaveLength(OPERATION_COUNT);
    const op = ops[index]!;
    const secrets = [t.keys.a, t.keys.b];
    const opLedger = new ErrorLedger(secrets);
    const before = tally.requests;
    for (const [arb, runs, offset] of [[op.invalid, INVALID_RUNS, index], [op.valid, VALID_RUNS, 100 + index]] as const) {
      await fc.assert(
        fc.asyncProperty(arb, async (req) => {
          const problems = await exercise(t, op, req, opLedger, tally);
          if (problems.length > 0) throw new Error(problems.join('\n'));
        }),
        fcOptions(runs, offset),
      );
    }
    ledger.bodies += opLedger.bodies;
    ledger.serverErrors += opLedger.serverErrors;
    ledger.problems.push(...opLedger.problems);
    const statuses = Object.entries(tally.statuses[op.name] ?? {}).map(([s, n]) => `${s}:${n}`);
    perOperation.push(`${op.name}=${tally.requests - before}[${statuses.join(',')}]`);
  } finally {
    t.close();
  }
}

describe(`D1 contract fuzz (FC_SEED=${FC_SEED}, scale ${FUZZ_SCALE})`, () => {
  it.each(Array.from({ length: OPERATION_COUNT }, (_, i) => i))(
    'operation %i answers every generated request within its contract',
    (index) => runOperation(index),
    suiteTimeout(60_000),
  );

  afterAll(() => {
    const c = tally.byClass;
    console.log(
      `D1 contract fuzz: seed=${FC_SEED} scale=${FUZZ_SCALE} operations=${perOperation.length} ` +
        `invalid=${INVALID_RUNS * FUZZ_SCALE}/op valid=${VALID_RUNS * FUZZ_SCALE}/op requests=${tally.requests} ` +
        `2xx=${c['2xx'] ?? 0} 4xx=${c['4xx'] ?? 0} 5xx=${c['5xx'] ?? 0} checksums=${tally.checksums} ` +
        `round-trips=${tally.roundTrips} error-bodies=${ledger.bodies} leaks=${ledger.problems.length} (${perOperation.join(' ')})`,
    );
  });
});
