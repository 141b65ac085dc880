// The core's config only: importing `z` would pull all of zod into the entry chunk.
import { config } from 'zod/v4/core';

/**
 * Zod 4 compiles object parsers with `new Function`, and even its feature probe counts as a
 * violation under our CSP (no 'unsafe-eval'), and we allow none. The choice is read when each schema is
 * built, so src/lib/contract-browser.ts (what `@contract` resolves to in the browser) imports
 * this module before the contract.
 */
config({ jitless: true });
