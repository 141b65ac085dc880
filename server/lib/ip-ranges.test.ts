// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isPublicAddress, parseIPv6 } from './ip-ranges.ts';

describe('parseIPv6', () => {
  it.each([
    ['::', [0, 0, 0, 0, 0, 0, 0, 0]],
    ['::1', [0, 0, 0, 0, 0, 0, 0, 1]],
    ['2001:db8::8:800:200c:417a', [0x2001, 0xdb8, 0, 0, 0x8, 0x800, 0x200c, 0x417a]],
    ['::ffff:127.0.0.1', [0, 0, 0, 0, 0, 0xffff, 0x7f00, 1]],
    ['64:ff9b::10.0.0.1', [0x64, 0xff9b, 0, 0, 0, 0, 0x0a00, 1]],
    ['fe80::', [0xfe80, 0, 0, 0, 0, 0, 0, 0]],
    ['1:2:3:4:5:6:7:8', [1, 2, 3, 4, 5, 6, 7, 8]],
  ])('parses %s', (text, groups) => {
    expect(parseIPv6(text)).toEqual(groups);
  });
});

describe('isPublicAddress', () => {
  it.each([
    '8.8.8.8',
    '1.1.1.1',
    '93.184.216.34',
    '172.15.255.255',
    '172.32.0.0',
    '100.63.255.255',
    '100.128.0.0',
    '198.17.255.255',
    '198.20.0.0',
    '223.255.255.255',
    '2606:4700:4700::1111',
    '2a00:1450:4001:80b::200e',
    '::ffff:8.8.8.8',
    '64:ff9b::808:808',
    '2002:808:808::1',
    '2001:4860:4860::8888',
    '::FFFF:8.8.8.8', // upper case
    '2002:0101:0101::', // 6to4 of public 1.1.1.1
  ])('allows public %s', (ip) => {
    expect(isPublicAddress(ip)).toBe(true);
  });

  it.each([
    // IPv4 special-purpose ranges
    '0.0.0.0',
    '0.1.2.3',
    '10.0.0.1',
    '10.255.255.255',
    '100.64.0.1',
    '100.127.255.255',
    '127.0.0.1',
    '127.1.2.3',
    '169.254.169.254',
    '172.16.0.1',
    '172.31.255.255',
    '192.0.0.170',
    '192.0.2.1',
    '192.88.99.1',
    '192.168.1.1',
    '198.18.0.1',
    '198.19.255.255',
    '198.51.100.7',
    '203.0.113.9',
    '224.0.0.1',
    '239.255.255.250',
    '240.0.0.1',
    '255.255.255.255',
    // IPv6 special-purpose ranges
    '::',
    '::1',
    '::127.0.0.1', // deprecated IPv4-compatible
    'fe80::1',
    'febf::1',
    'fc00::1',
    'fd00:ec2::254',
    'ff02::1',
    '100::1',
    '2001::1', // Teredo
    '2001:2::1', // benchmarking
    '2001:db8::1',
    '3fff::1',
    '64:ff9b:1::1',
    // translation prefixes that embed a private IPv4 address
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::ffff:a9fe:a9fe',
    '::ffff:10.0.0.1',
    '64:ff9b::7f00:1',
    '64:ff9b::169.254.169.254',
    '2002:7f00:1::1',
    '2002:c0a8:101::',
    // ranges the hand-written table did not name, now classified by ipaddr.js
    '192.175.48.1', // AS112
    '192.52.193.1', // AMT
    'fec0::1', // deprecated site-local
    '5f00::1', // SRv6 SIDs
    '2620:4f:8000::1', // AS112v6
    '2001:20::1', // ORCHIDv2
    '::ffff:0:7f00:1', // IPv4-translated (RFC 6145)
    '::ffff:0:808:808', // IPv4-translated, even with a public address: not routable as such
    '2001:0:4136:e378:8000:63bf:3fff:fdd2', // Teredo with public server and client
    '64:ff9b::a00:1', // NAT64 of 10.0.0.1
    '64:ff9b::ffff:ffff', // NAT64 of the broadcast address
    '2002:a9fe:a9fe::1', // 6to4 of the metadata address
    // not addresses at all
    'localhost',
    '',
    '127.1',
    '2130706433',
    'fe80::1%eth0',
    '1.2.3.4.5',
    '0x7f.1',
    '0177.0.0.1',
    '[::1]',
  ])('refuses %s', (ip) => {
    expect(isPublicAddress(ip)).toBe(false);
  });
});
