// The browser's door to the contract: vite.config.ts aliases `@contract` here, so the jitless
// setting (see zod-jitless.ts) is applied before any schema is built, in whichever lazy chunk
// first needs the contract, and zod stays out of the entry chunk (bundle budget).
import './zod-jitless';

export * from '../../contract/index';
