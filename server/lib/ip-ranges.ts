import { isIPv4, isIPv6 } from 'node:net';

/**
 * Is an address ordinary public unicast, i.e. safe for the server to connect to on a user's behalf?
 * Everything special-purpose (IANA IPv4/IPv6 special registries) is refused: loopback, private,
 * shared (CGNAT), link-local, unique-local, multicast, reserved, documentation and benchmark ranges.
 * Translation prefixes (IPv4-mapped, NAT64, 6to4) are judged by the IPv4 address they embed.
 */

type Cidr4 = readonly [base: number, bits: number];

const V4_BLOCKED: readonly Cidr4[] = [
  ['0.0.0.0', 8], // "this network", includes 0.0.0.0
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // shared address space (CGNAT)
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local, cloud metadata
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // TEST-NET-1
  ['192.88.99.0', 24], // 6to4 relay anycast (deprecated)
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // TEST-NET-2
  ['203.0.113.0', 24], // TEST-NET-3
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, includes broadcast 255.255.255.255
].map(([ip, bits]) => [parseIPv4(ip as string), bits as number] as const);

function parseIPv4(address: string): number {
  const parts = address.split('.').map(Number);
  return (((parts[0]! << 24) >>> 0) + (parts[1]! << 16) + (parts[2]! << 8) + parts[3]!) >>> 0;
}

function inCidr4(ip: number, [base, bits]: Cidr4): boolean {
  if (bits === 0) return true;
  const mask = (0xffffffff << (32 - bits)) >>> 0;
  return (ip & mask) >>> 0 === (base & mask) >>> 0;
}

function isPublicIPv4(ip: number): boolean {
  return !V4_BLOCKED.some((cidr) => inCidr4(ip, cidr));
}

/** Eight 16-bit groups. Accepts `::` compression and a trailing dotted IPv4 part. */
export function parseIPv6(address: string): number[] {
  let text = address;
  const lastColon = text.lastIndexOf(':');
  if (text.includes('.', lastColon)) {
    // Rewrite a dotted tail ("::ffff:127.0.0.1") as two hex groups ("::ffff:7f00:1").
    const v4 = parseIPv4(text.slice(lastColon + 1));
    text = `${text.slice(0, lastColon + 1)}${(v4 >>> 16).toString(16)}:${(v4 & 0xffff).toString(16)}`;
  }
  const [head, rest] = text.split('::') as [string, string | undefined];
  const groups = (s: string) => (s === '' ? [] : s.split(':').map((g) => parseInt(g, 16)));
  const left = groups(head);
  const right = rest === undefined ? [] : groups(rest);
  const fill = rest === undefined ? [] : new Array<number>(Math.max(0, 8 - left.length - right.length)).fill(0);
  return [...left, ...fill, ...right];
}

const embeddedV4 = (g: number[], at: number): number => ((g[at]! << 16) >>> 0) + g[at + 1]!;

function isPublicIPv6(g: number[]): boolean {
  const [g0, g1, g2, g3, g4, g5] = g as [number, number, number, number, number, number];
  const zeroTo = (n: number) => g.slice(0, n).every((x) => x === 0);
  // ::ffff:0:0/96 IPv4-mapped: the kernel connects to the embedded IPv4 address.
  if (zeroTo(5) && g5 === 0xffff) return isPublicIPv4(embeddedV4(g, 6));
  // 64:ff9b::/96 well-known NAT64 prefix: the gateway connects to the embedded IPv4 address.
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0) {
    return isPublicIPv4(embeddedV4(g, 6));
  }
  // Only global unicast 2000::/3 remains eligible: this drops ::, ::1, IPv4-compatible ::/96,
  // 64:ff9b:1::/48 local NAT64, 100::/64 discard, fc00::/7 ULA, fe80::/10 link-local, ff00::/8 multicast.
  if ((g0 & 0xe000) !== 0x2000) return false;
  // 2001::/23 IETF protocol assignments, including Teredo 2001::/32 and benchmarking 2001:2::/48.
  if (g0 === 0x2001 && g1 < 0x200) return false;
  if (g0 === 0x2001 && g1 === 0xdb8) return false; // documentation
  if (g0 === 0x3fff && g1 < 0x1000) return false; // documentation 3fff::/20
  // 2002::/16 6to4: traffic is relayed to the IPv4 address in bits 16..47.
  if (g0 === 0x2002) return isPublicIPv4(embeddedV4(g, 1));
  return true;
}

/** True only for a syntactically valid, public unicast IPv4 or IPv6 address (no zone id). */
export function isPublicAddress(address: string): boolean {
  if (isIPv4(address)) return isPublicIPv4(parseIPv4(address));
  if (isIPv6(address) && !address.includes('%')) {
    const groups = parseIPv6(address.toLowerCase());
    return (
      groups.length === 8 && groups.every((x) => Number.isInteger(x) && x >= 0 && x <= 0xffff) && isPublicIPv6(groups)
    );
  }
  return false;
}
