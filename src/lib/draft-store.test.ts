import { beforeEach, describe, expect, it } from 'vitest';
import { adoptDrafts, clearDrafts, readDraft, removeDraft, writeDraft } from './draft-store';

beforeEach(() => sessionStorage.clear());

describe('draft store', () => {
  it('keeps JSON values under a prefix and ignores corrupt ones', () => {
    writeDraft('brand-new', { name: 'Acme' });
    expect(readDraft('brand-new')).toEqual({ name: 'Acme' });
    expect(sessionStorage.getItem('brandkit:draft:brand-new')).toBe('{"name":"Acme"}');
    sessionStorage.setItem('brandkit:draft:broken', '{not json');
    expect(readDraft('broken')).toBeUndefined();
    removeDraft('brand-new');
    expect(readDraft('brand-new')).toBeUndefined();
  });

  it('keeps drafts for the same user and drops them for anyone else', () => {
    adoptDrafts('user_a');
    writeDraft('brand-new', 'A typed this');
    adoptDrafts('user_a');
    expect(readDraft('brand-new')).toBe('A typed this');
    adoptDrafts('user_b');
    expect(readDraft('brand-new')).toBeUndefined();
    expect(sessionStorage.getItem('brandkit:draft-owner')).toBe('user_b');
  });

  it('drops drafts of an unknown owner, and keeps none for a user without identity', () => {
    writeDraft('x', 1);
    adoptDrafts('user_a');
    expect(readDraft('x')).toBeUndefined();
    writeDraft('x', 1);
    adoptDrafts(null);
    expect(readDraft('x')).toBeUndefined();
    expect(sessionStorage.getItem('brandkit:draft-owner')).toBeNull();
  });

  it('clears only its own entries', () => {
    sessionStorage.setItem('other-app', 'keep');
    writeDraft('a', 1);
    writeDraft('b', 2);
    clearDrafts();
    expect(sessionStorage.length).toBe(1);
    expect(sessionStorage.getItem('other-app')).toBe('keep');
  });
});
