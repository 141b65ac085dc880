import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/api/api-error';
import { applyServerErrors } from './apply-server-errors';

type Values = { name: string; theme_id: string; ai_instruction: string };
const fields = ['name', 'theme_id', 'ai_instruction'] as const;

describe('applyServerErrors', () => {
  it('puts 400 details on their fields and focuses the first', () => {
    const setError = vi.fn();
    const error = new ApiError({
      status: 400,
      code: 'VALIDATION_ERROR',
      message: 'Invalid',
      details: [
        { path: 'name', message: 'Too long' },
        { path: 'ai_instruction', message: 'Too long too' },
      ],
    });
    expect(applyServerErrors<Values>(error, setError, fields)).toBe(true);
    expect(setError.mock.calls).toEqual([
      ['name', { type: 'server', message: 'Too long' }, { shouldFocus: true }],
      ['ai_instruction', { type: 'server', message: 'Too long too' }, { shouldFocus: false }],
    ]);
  });

  it('puts a 400 without usable details on the form', () => {
    const setError = vi.fn();
    const error = new ApiError({
      status: 400,
      code: 'VALIDATION_ERROR',
      message: 'Body invalid',
      details: [{ path: 'org_id', message: 'x' }],
    });
    applyServerErrors<Values>(error, setError, fields);
    expect(setError).toHaveBeenCalledWith('root.server', { type: 'server', message: 'Body invalid' });
  });

  it('maps a 404 to the theme field when asked, and leaves other errors to the caller', () => {
    const setError = vi.fn();
    expect(
      applyServerErrors<Values>(
        new ApiError({ status: 404, code: 'NOT_FOUND', message: 'x' }),
        setError,
        fields,
        'theme_id',
      ),
    ).toBe(true);
    expect(setError.mock.calls[0]![0]).toBe('theme_id');
    expect(applyServerErrors<Values>(new ApiError({ status: 500, code: 'X', message: 'x' }), setError, fields)).toBe(
      false,
    );
    expect(applyServerErrors<Values>(new TypeError('x'), setError, fields)).toBe(false);
  });
});
