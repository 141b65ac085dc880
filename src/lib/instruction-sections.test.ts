import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  parseInstruction,
  printInstruction,
  replaceSection,
  sectionItems,
  sectionText,
  setSection,
  type Section,
} from './instruction-sections';

const roundTrip = (text: string) => printInstruction(parseInstruction(text));
const kinds = (text: string) => parseInstruction(text).map((s) => s.kind);

const SEEDED_SHAPE = [
  'You write for Bluefin Coffee Roasters, a small-batch roastery with three cafés.',
  '',
  'Voice: warm, curious and a little nerdy about coffee.',
  'Audience: home brewers and neighbourhood regulars.',
  '',
  'Always:',
  '- Name the origin and roast level of every coffee we mention.',
  '- Suggest one brewing tip when it fits naturally.',
  '',
  'Never:',
  '- Call a coffee "the best in the world".',
  '',
  'Formatting: Use sentence case for headings.',
  'Visual style: Inter for headings, Source Serif 4 for body text; keep the Paper White palette for buttons and links.',
].join('\n');

// Lines an instruction is made of, hostile ones included.
const line = fc.oneof(
  fc.constantFrom(
    'Voice: warm and plain.',
    'VOICE:',
    '**Always:**',
    '## Never:',
    'never:',
    'Always: be kind',
    'Audience: teachers',
    'Formatting:',
    'Visual style: Inter; blue buttons.',
    'visual style:',
    'Examples:',
    '# Background',
    'Note: this is not a heading',
    '- a rule',
    '* another rule',
    '• a third rule',
    '1. numbered',
    '  - indented rule',
    '-',
    '',
    '   ',
    '\t',
    'Plain prose line.',
    '  indented prose',
  ),
  fc.string({ maxLength: 30 }),
);
const eol = fc.constantFrom('\n', '\r\n', '\r');
const instruction = fc.array(fc.tuple(line, eol), { maxLength: 25 }).chain((lines) =>
  fc.boolean().map((trailing) => {
    const text = lines.map(([l, e]) => l + e).join('');
    return trailing || lines.length === 0 ? text : text.slice(0, -lines[lines.length - 1]![1].length);
  }),
);

describe('parse then print', () => {
  it('gives back every generated instruction byte for byte', () => {
    fc.assert(
      fc.property(instruction, (text) => roundTrip(text) === text),
      { numRuns: 2000 },
    );
  });

  it('gives back any string at all', () => {
    // Characters that matter to the parser, and any other code point (lone surrogates included).
    const unit = fc.oneof(
      fc.constantFrom('\r', '\n', ' ', '\t', '-', '*', '•', ':', '#', '1', '.', 'a', 'V', '\u2028', '\u00a0'),
      fc
        .integer({ min: 0, max: 0x10ffff })
        .map((n) => (n >= 0xd800 && n <= 0xdfff ? String.fromCharCode(n) : String.fromCodePoint(n))),
    );
    fc.assert(
      fc.property(
        fc.array(unit, { maxLength: 200 }).map((units) => units.join('')),
        (text) => roundTrip(text) === text,
      ),
      { numRuns: 300 },
    );
  }, 30_000);

  it('keeps edge cases exactly', () => {
    for (const text of [
      '',
      '\n',
      '\r\n\r\n',
      '  ',
      'No sections at all.\n\nJust prose.',
      SEEDED_SHAPE.replaceAll('\n', '\r\n'),
      'Always:\r- a\r- b\r',
    ]) {
      expect(roundTrip(text)).toBe(text);
    }
  });
});

describe('sections', () => {
  it('reads the seeded shape', () => {
    const sections = parseInstruction(SEEDED_SHAPE);
    expect(sections.map((s) => s.kind)).toEqual([
      'opening',
      'voice',
      'audience',
      'always',
      'never',
      'formatting',
      'visual',
    ]);
    expect(sectionText(sections[0]!)).toBe(
      'You write for Bluefin Coffee Roasters, a small-batch roastery with three cafés.',
    );
    expect(sectionText(sections[1]!)).toBe('warm, curious and a little nerdy about coffee.');
    expect(sectionItems(sections[3]!)).toEqual({
      label: 'Always:',
      items: [
        'Name the origin and roast level of every coffee we mention.',
        'Suggest one brewing tip when it fits naturally.',
      ],
    });
    expect(sections[3]!.gap).toBe('\n\n');
  });

  it('reads every bullet style and an inline rule', () => {
    const list = parseInstruction('Never: shout\n- one\n* two\n• three\n12) four')[0]!;
    expect(sectionItems(list).items).toEqual(['shout', 'one', 'two', 'three', 'four']);
  });

  it('puts unknown headings and prose after a list into other text', () => {
    expect(kinds('Always:\n- a\n\nExamples:\n- x\nVoice: calm')).toEqual(['always', 'other', 'voice']);
    expect(kinds('Never:\n- a\nThanks for reading.')).toEqual(['never', 'other']);
    expect(kinds('Voice: calm\n\nA closing paragraph.')).toEqual(['voice', 'other']);
    expect(kinds('Formatting:\n\n- a\n- b')).toEqual(['formatting']);
    expect(kinds('Just text.\nNote: not a heading.')).toEqual(['opening']);
  });

  it('handles Windows line ends', () => {
    const sections = parseInstruction('Intro\r\n\r\nAlways:\r\n- a\r\n- b\r\n');
    expect(sections.map((s) => [s.kind, s.body, s.gap])).toEqual([
      ['opening', 'Intro', '\r\n\r\n'],
      ['always', 'Always:\r\n- a\r\n- b', '\r\n'],
    ]);
  });
});

/** The text before and after section `i`, which an edit of that section must leave alone. */
function around(sections: Section[], i: number) {
  return {
    before: printInstruction(sections.slice(0, i)),
    after: sections[i]!.gap + printInstruction(sections.slice(i + 1)),
  };
}

describe('editing', () => {
  it('reprints only the section it edits', () => {
    const value = fc.oneof(fc.string({ maxLength: 20 }), fc.array(fc.string({ maxLength: 10 }), { maxLength: 4 }));
    fc.assert(
      fc.property(instruction, fc.nat(), value, (text, n, v) => {
        const sections = parseInstruction(text);
        fc.pre(sections.length > 0);
        const i = n % sections.length;
        const next = replaceSection(text, i, v);
        const { before, after } = around(sections, i);
        if (sections[i]!.kind === 'opening' && next.length < text.length - sections[i]!.body.length) {
          return next === printInstruction(sections.slice(1)); // an emptied opening goes with its gap
        }
        return next.startsWith(before) && next.endsWith(after);
      }),
      { numRuns: 1000 },
    );
  });

  it('rewrites a list in its own bullet style and keeps the label as written', () => {
    const text = 'Intro\n\n**Never:**\n  * a\n  * b\n\nVoice: calm';
    const i = parseInstruction(text).findIndex((s) => s.kind === 'never');
    expect(replaceSection(text, i, ['b', 'a', 'c'])).toBe('Intro\n\n**Never:**\n  * b\n  * a\n  * c\n\nVoice: calm');
    expect(replaceSection('Always:\r\n1. x\r\n2. y', 0, ['y', 'x'])).toBe('Always:\r\n1. y\r\n2. x');
  });

  it('edits a text section after its heading', () => {
    expect(replaceSection('Voice: warm.\nAudience: all', 0, 'calm.')).toBe('Voice: calm.\nAudience: all');
    expect(replaceSection('Formatting:\n- a\n- b', 0, '- c')).toBe('Formatting:\n- c');
    expect(replaceSection('Voice:\n\nAlways:', 0, 'calm')).toBe('Voice: calm\n\nAlways:');
  });

  it('drops an emptied opening with its blank lines', () => {
    expect(replaceSection('Hello\n\nVoice: x', 0, '')).toBe('Voice: x');
  });

  it('builds an instruction from empty, section by section, in the guided order', () => {
    let text = '';
    text = setSection(text, 'always', ['Short sentences.', 'Cite sources.']);
    text = setSection(text, 'voice', 'warm, plain');
    text = setSection(text, 'opening', 'You write for Acme.');
    text = setSection(text, 'never', ['Use jargon.']);
    text = setSection(text, 'audience', 'engineers');
    text = setSection(text, 'visual', 'Inter for headings.');
    expect(text).toBe(
      'You write for Acme.\n\nVoice: warm, plain\nAudience: engineers\n\nAlways:\n- Short sentences.\n- Cite sources.\n\nNever:\n- Use jargon.\n\nVisual style: Inter for headings.',
    );
    expect(setSection(text, 'formatting', '')).toBe(text);
  });

  it('keeps Windows line ends when it adds a section, and in text from a textarea', () => {
    expect(setSection('Intro\r\n', 'never', ['x'])).toBe('Intro\r\n\r\nNever:\r\n- x\r\n');
    expect(setSection('Intro\r\n\r\nVoice: a', 'opening', 'One\nTwo')).toBe('One\r\nTwo\r\n\r\nVoice: a');
  });

  it('reads back what it set', () => {
    const word = fc.stringMatching(/^[a-z]{1,8}$/);
    const kind = fc.constantFrom('voice', 'audience', 'formatting', 'visual', 'opening' as const);
    fc.assert(
      fc.property(instruction, kind, fc.array(word, { minLength: 1, maxLength: 5 }), (text, k, words) => {
        const value = words.join(' ');
        const next = setSection(text, k, value);
        const found = parseInstruction(next).find((s) => s.kind === k);
        return found !== undefined && sectionText(found).startsWith(value);
      }),
      { numRuns: 500 },
    );
  });
});
