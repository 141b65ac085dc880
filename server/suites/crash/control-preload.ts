// Negative controls for the crash suite, loaded with `--import` before server/index.ts so no
// production file carries a switch. CRASH_CONTROL=crash-point: the process SIGKILLs itself right
// after a brand delete has unlinked that brand's assets, i.e. between the two statements of one
// multi-statement write (random kills almost never land in a window of microseconds).
// CRASH_CONTROL=no-transaction: the same, with that brand delete moved out of its transaction.
import Database from 'better-sqlite3';

const mode = process.env.CRASH_CONTROL;
const UNLINK = 'UPDATE assets SET brand_id = NULL'; // brands.ts UNLINK_ASSETS

const prepare = Database.prototype.prepare;
Database.prototype.prepare = function (this: Database.Database, source: string) {
  const statement = prepare.call(this, source);
  if (source.startsWith(UNLINK)) {
    const run = statement.run.bind(statement) as (...params: unknown[]) => Database.RunResult;
    Object.assign(statement, {
      run: (...params: unknown[]) => {
        const info = run(...params);
        if (info.changes > 0) process.kill(process.pid, 'SIGKILL');
        return info;
      },
    });
  }
  return statement;
} as typeof prepare;

if (mode === 'no-transaction') {
  const transaction = Database.prototype.transaction;
  Database.prototype.transaction = function (this: Database.Database, fn: (...args: never[]) => unknown) {
    // The brand delete's body ("visibleOrThrow; s.unlinkAssets.run; s.remove.run") runs as autocommit statements.
    if (String(fn).includes('unlinkAssets')) return ((...args: never[]) => fn(...args)) as never;
    return transaction.call(this, fn);
  } as typeof transaction;
} else if (mode !== 'crash-point') {
  throw new Error(`CRASH_CONTROL must be crash-point or no-transaction, not ${mode}`);
}
