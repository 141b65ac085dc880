import { b1 } from './b1-bundle.ts';
import { b2 } from './b2-brands.ts';
import { b3 } from './b3-assets.ts';
import { b4 } from './b4-drag.ts';
import { b5 } from './b5-api.ts';

// `npm run bench` runs every benchmark; `npm run bench -- b5` runs one. Never part of `npm test`.
const benches: Record<string, () => Promise<void>> = { b1, b2, b3, b4, b5 };
const wanted = process.argv.slice(2).map((a) => a.toLowerCase());
for (const [name, run] of Object.entries(benches)) {
  if (wanted.length === 0 || wanted.includes(name)) await run();
}
