// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isAllowedHost, isCrossSite, isJsonOrEmpty, isLoopbackAddress } from './request-guards.ts';

const req = (headers: Record<string, string>, url = 'http://127.0.0.1:5173/session') => new Request(url, { method: 'POST', headers });
const OWN = ['http://127.0.0.1:5173'];

describe('isCrossSite', () => {
  it.each([
    [{ 'sec-fetch-site': 'same-origin' }, false],
    [{ 'sec-fetch-site': 'none' }, false],
    [{ 'sec-fetch-site': 'same-site' }, true],
    [{ 'sec-fetch-site': 'cross-site' }, true],
    // Sec-Fetch-Site wins over Origin when both are present.
    [{ 'sec-fetch-site': 'cross-site', origin: 'http://127.0.0.1:5173' }, true],
    [{ origin: 'http://127.0.0.1:5173' }, false],
    [{ origin: 'http://localhost:5173' }, true],
    [{ origin: 'https://127.0.0.1:5173' }, true],
    [{ origin: 'null' }, true],
    [{}, false],
  ])('%o → %s', (headers, expected) => {
    expect(isCrossSite(req(headers), OWN)).toBe(expected);
  });
});

describe('isJsonOrEmpty', () => {
  it.each([
    [{ 'content-type': 'application/json' }, true],
    [{ 'content-type': 'application/json; charset=utf-8' }, true],
    [{ 'content-type': 'text/plain' }, false],
    [{ 'content-type': 'application/x-www-form-urlencoded' }, false],
    [{ 'content-type': 'multipart/form-data; boundary=x' }, false],
    [{ 'content-type': 'application/jsonp' }, false],
    [{}, true],
    [{ 'content-length': '0' }, true],
    [{ 'content-length': '5' }, false],
    [{ 'transfer-encoding': 'chunked' }, false],
  ])('%o → %s', (headers, expected) => {
    expect(isJsonOrEmpty(req(headers))).toBe(expected);
  });
});

describe('loopback checks', () => {
  it('recognises loopback listen addresses', () => {
    for (const host of ['127.0.0.1', '127.1.2.3', 'localhost', '::1', '[::1]']) expect(isLoopbackAddress(host), host).toBe(true);
    for (const host of ['0.0.0.0', '::', '192.168.1.2', 'example.com', '127.0.0.1.example.com']) expect(isLoopbackAddress(host), host).toBe(false);
  });

  it('accepts loopback names and PUBLIC_URL only', () => {
    const allowed = (url: string, publicUrl?: string) => isAllowedHost(url, publicUrl);
    expect(allowed('http://127.0.0.1:5173/')).toBe(true);
    expect(allowed('http://localhost/')).toBe(true);
    expect(allowed('http://[::1]:1/')).toBe(true);
    expect(allowed('http://evil.example/')).toBe(false);
    expect(allowed('http://127.0.0.1.evil.example/')).toBe(false);
    expect(allowed('https://brandkit.example/', 'https://brandkit.example')).toBe(true);
    expect(allowed('https://brandkit.example:444/', 'https://brandkit.example')).toBe(false);
  });
});
