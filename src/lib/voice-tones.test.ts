import { describe, expect, it } from 'vitest';
import { hasTone, toggleTone } from './voice-tones';

describe('voice tones', () => {
  it('finds a tone among the terms, in any case', () => {
    expect(hasTone('Warm, curious and a little nerdy about coffee.', 'warm')).toBe(true);
    expect(hasTone('warmly curious', 'warm')).toBe(false);
    expect(hasTone('', 'calm')).toBe(false);
  });

  it('adds a tone as the last term and keeps the full stop', () => {
    expect(toggleTone('', 'calm')).toBe('calm');
    expect(toggleTone('warm', 'calm')).toBe('warm and calm');
    expect(toggleTone('warm, curious and a little nerdy about coffee.', 'calm')).toBe(
      'warm, curious, a little nerdy about coffee and calm.',
    );
  });

  it('removes a tone and keeps the other words', () => {
    expect(toggleTone('Warm, curious and a little nerdy.', 'warm')).toBe('curious and a little nerdy.');
    expect(toggleTone('calm', 'calm')).toBe('');
    expect(toggleTone('precise, friendly and free of hype', 'friendly')).toBe('precise and free of hype');
  });
});
