import fc from 'fast-check';

/*
 * The raw material of the contract fuzz: hostile JSON values and strings, as Schemathesis would
 * make them from the schemas. Strings sit at the length boundaries (0, 1, max, max + 1) and mix in
 * the characters that break naive code: NUL and other C0 controls, lone surrogates, direction
 * marks and overrides, 4-byte characters, line separators.
 */
export const SPECIAL_CHARS = [
  '\u0000', '\u0007', '\n', '\t', '\r', '\u001b', '\u007f', '\u0085',
  '\ud800', '\udfff', '\ud83d', // lone surrogates
  '\u200e', '\u200f', '\u061c', '\u202a', '\u202e', '\u2066', '\u2069', // direction marks and overrides
  '\u{1f600}', '\u{1d49c}', '\u{10ffff}', '\u{20000}', // 4-byte characters
  '\u2028', '\u2029', '\ufeff', '\u00a0', '\ufffd', 'é', 'e\u0301', ' ', '"', '\\', '<', '%', '/',
];

const special = fc.constantFrom(...SPECIAL_CHARS);
const plainChar = fc.constantFrom(...'abcXYZ019 -_.'.split(''));
/** A string of unit length `n` made of plain and special pieces (4-byte pieces count as 2). */
const stringOfLength = (n: number) =>
  fc.array(fc.oneof({ weight: 3, arbitrary: plainChar }, { weight: 1, arbitrary: special }), { minLength: n, maxLength: n })
    .map((parts) => parts.join('').slice(0, n));

/** Strings at the boundaries of a max length: 0, 1, max - 1, max, max + 1, and far beyond. */
export const boundaryString = (max: number) =>
  fc.oneof(
    fc.constantFrom(0, 1, max - 1, max, max + 1, max * 2).chain((n) =>
      fc.oneof(fc.constant('x'.repeat(n)), fc.constant('\u{1f600}'.repeat(Math.ceil(n / 2))), stringOfLength(n)),
    ),
    fc.integer({ min: 0, max: max + 2 }).chain(stringOfLength),
  );

/** JSON values of the wrong kind for any field. */
export const wrongType = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, 1.5, -0, 1e308, -1e308, 2 ** 53 + 1, [], {}, [null], { a: 1 }, ['x'], ''),
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
);

/** Text whose JSON is not what it claims: bad syntax, huge numbers, deep nesting, other roots. */
export const malformedJson = fc.oneof(
  fc.constantFrom(
    '', ' ', '{', '}', '{"name":', '{"name":"x",}', "{'name':'x'}", '{"name":"x"', 'null', 'true', '0', '"x"',
    '[]', '[{}]', '{"name":NaN}', '{"name":Infinity}', '{"a":1e99999}', '\u0000', '\ufeff{}', '{"__proto__":{"x":1}}',
    '{"name":"\\ud800"}', '{"name":"\\u0000"}', '{"name":"x","name":"y"}', '{"constructor":{"prototype":{}}}',
    `{"n":${'9'.repeat(400)}}`, '{"name":"x"}garbage', '\xff\xfe{}',
  ),
  fc.integer({ min: 1, max: 20_000 }).map((depth) => '['.repeat(depth) + ']'.repeat(depth)),
  fc.integer({ min: 1, max: 5_000 }).map((depth) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth)),
  fc.string({ maxLength: 40 }),
);

export const WRONG_CONTENT_TYPES = [
  undefined, 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/jsonp',
  'application/json-patch+json', 'text/json', 'application/xml', '', '*/*', 'application/ json',
];

/** Query values that break decoding: bad escapes, NUL, an encoded lone surrogate, overlong UTF-8. */
export const RAW_QUERY_VALUES = [
  '%ff', '%', '%zz', '%00', '%ED%A0%80', '%C0%AF', '%E2%80%AE', '%F0%9F%98%80', '+', '%20', '%0A', '..%2f', '%5c',
  encodeURIComponent('\u202e'), 'x'.repeat(3000),
];

/** Path segments where an id goes. */
export const hostileIdSegment = fc.oneof(
  fc.constantFrom(
    '%ff', '%00', '%ED%A0%80', '%2F', '%5C', '%2e%2e', 'x', '_', 'brand_', 'asset_', 'theme_', 'org_',
    'brand_01ARZ3NDEKTSV4RRFFQ69G5FAV', 'asset_01ARZ3NDEKTSV4RRFFQ69G5FAV', 'theme_01ARZ3NDEKTSV4RRFFQ69G5FAV',
    'brand_abc123', 'asset_abc123', 'theme_abc123', 'midnight-blue', `brand_${'a'.repeat(101)}`, 'a'.repeat(5000),
    '%F0%9F%98%80', 'brand_%0A', 'null', 'undefined', '0', '-1', '1e308',
  ),
  fc.string({ minLength: 1, maxLength: 30, unit: 'binary' }).map((s) => encodeURIComponent(s.replace(/[\ud800-\udfff]/g, '?'))),
);
