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

/** `sandbox`: ULID-like ids; `reference`: shaped like the API reference's examples (SANDBOX_ID_STYLE). */
export type IdStyle = 'sandbox' | 'reference';
let style: IdStyle = 'sandbox';
let refLastTime = -1;
let refSeq = 0;

/**
 * SANDBOX_ID_STYLE=reference makes every new id look like the reference's (`brand_mf3k2x9p0a1`:
 * lowercase, 14 characters, no ULID), so a sandbox can stand in for "an API that is not the
 * sandbox" and prove the client assumes none of our formats. Still time-sortable, so paging holds.
 */
export function setIdStyle(next: IdStyle): void {
  style = next;
}

function referenceId(prefix: IdPrefix, timeMs: number): string {
  // 9 base-36 digits of time, then 5 of a sequence that starts at a random point each millisecond
  // and counts up within it (with headroom), so ids made in order sort in order.
  refSeq = timeMs === refLastTime ? refSeq + 1 : randomBytes(2).readUInt16BE(0) * 400;
  refLastTime = timeMs;
  return `${prefix}_${timeMs.toString(36).padStart(9, '0')}${refSeq.toString(36).padStart(5, '0')}`;
}

/**
 * Time-sortable id: prefix + '_' + 10 time chars + 16 random chars (ULID layout).
 * Within one millisecond the random part increments, so ids created in order sort in order
 * (list ordering is "id descending" per the API notes, where the public docs are silent).
 */
export function newId(prefix: IdPrefix, timeMs: number = Date.now()): string {
  if (style === 'reference') return referenceId(prefix, timeMs);
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
