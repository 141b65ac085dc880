import { randomBytes } from 'node:crypto';
import type { IdPrefix } from '../../contract/common.ts';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'; // Crockford base32

let lastTime = -1;
let lastRandom: number[] = [];

function encodeTime(time: number): string {
  let out = '';
  let t = time;
  for (let i = 0; i < 10; i++) {
    out = ALPHABET[t % 32] + out;
    t = Math.floor(t / 32);
  }
  return out;
}

function incrementRandom(digits: number[]): number[] {
  const next = [...digits];
  for (let i = next.length - 1; i >= 0; i--) {
    if (next[i]! < 31) {
      next[i]!++;
      return next;
    }
    next[i] = 0;
  }
  return next;
}

/**
 * Time-sortable id: prefix + '_' + 10 time chars + 16 random chars (ULID layout).
 * Within one millisecond the random part increments, so ids created in order sort in order
 * (list ordering is "id descending" per the API notes, where the public docs are silent).
 */
export function newId(prefix: IdPrefix, timeMs: number = Date.now()): string {
  let random: number[];
  if (timeMs === lastTime) {
    random = incrementRandom(lastRandom);
  } else {
    const bytes = randomBytes(16);
    random = [...bytes].map((b) => b % 32);
    // Keep headroom so increments within one millisecond never wrap.
    random[0] = random[0]! % 16;
  }
  lastTime = timeMs;
  lastRandom = random;
  return `${prefix}_${encodeTime(timeMs)}${random.map((d) => ALPHABET[d]).join('')}`;
}
