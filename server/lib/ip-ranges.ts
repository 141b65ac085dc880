import ipaddr from 'ipaddr.js';
import { isIPv4, isIPv6 } from 'node:net';

/**
 * Is an address ordinary public unicast, i.e. safe for the server to connect to on a user's behalf?
 * The classification is ipaddr.js's (a maintained copy of the IANA special-purpose registries):
 * only its `unicast` class passes. Translation prefixes (IPv4-mapped, IPv4-translated, NAT64
 * 64:ff9b::/96, 6to4) are judged by the IPv4 address they embed, because that is where the packet goes.
 */

const { IPv4, IPv6 } = ipaddr;
const NAT64_WELL_KNOWN = IPv6.parseCIDR('64:ff9b::/96');
// ipaddr's IPv6 `unicast` means "in no special range", which still includes unallocated space such as
// the deprecated IPv4-compatible ::/96; only global unicast 2000::/3 is ever routed on the internet.
const GLOBAL_UNICAST = IPv6.parseCIDR('2000::/3');

/** Eight 16-bit groups. Accepts `::` compression and a trailing dotted IPv4 part. */
export function parseIPv6(address: string): number[] {
  return IPv6.parse(address).parts;
}

const v4FromParts = (hi: number, lo: number) => new IPv4([hi >> 8, hi & 0xff, lo >> 8, lo & 0xff]);

function isPublicIPv4(ip: ipaddr.IPv4): boolean {
  return ip.range() === 'unicast';
}

function isPublicIPv6(ip: ipaddr.IPv6): boolean {
  const p = ip.parts;
  switch (ip.range()) {
    case 'ipv4Mapped': // ::ffff:0:0/96: the kernel connects to the embedded IPv4 address
      return isPublicIPv4(v4FromParts(p[6]!, p[7]!));
    case 'rfc6052': // only the well-known /96 embeds an address; the local-use 64:ff9b:1::/48 is refused
      return ip.match(NAT64_WELL_KNOWN) && isPublicIPv4(v4FromParts(p[6]!, p[7]!));
    case '6to4': // 2002::/16: relayed to the IPv4 address in bits 16..47
      return isPublicIPv4(v4FromParts(p[1]!, p[2]!));
    case 'unicast':
      return ip.match(GLOBAL_UNICAST);
    // Teredo (2001::/32) is refused whatever it embeds: its client address is obfuscated and reached
    // through a relay, and no legitimate asset host needs it. So is IPv4-translated ::ffff:0:0:0/96.
    default: // loopback, link-local, unique-local, multicast, reserved, documentation, ...
      return false;
  }
}

/** True only for a syntactically valid, public unicast IPv4 or IPv6 address (no zone id). */
export function isPublicAddress(address: string): boolean {
  // node:net is the syntax gate: ipaddr.js also accepts classful spellings such as `127.1` and `0x7f.1`.
  if (isIPv4(address)) return isPublicIPv4(IPv4.parse(address));
  if (isIPv6(address) && !address.includes('%')) return isPublicIPv6(IPv6.parse(address));
  return false;
}
