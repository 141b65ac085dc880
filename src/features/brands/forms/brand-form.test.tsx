import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/api/api-error';
import { BrandForm } from './brand-form';
import type { ThemePickerSlotProps } from '../slots';

afterEach(cleanup);

/** A stand-in picker: two radios are enough to drive the form's theme field. */
function Picker({ value, onChange, error }: ThemePickerSlotProps) {
  return (
    <fieldset>
      <legend>Theme</legend>
      {['forest', 'sunset'].map((id) => (
        <label key={id}>
          <input type="radio" name="t" checked={value === id} onChange={() => onChange({ id } as never)} />
          {id}
        </label>
      ))}
      {error ? <p role="alert">{error}</p> : null}
    </fieldset>
  );
}

function setup(onSubmit: (values: unknown) => Promise<unknown>) {
  const onUnexpectedError = vi.fn();
  const onThemeChange = vi.fn();
  render(
    <BrandForm
      defaultValues={{ name: '', theme_id: '', ai_instruction: '' }}
      onSubmit={onSubmit}
      isPending={false}
      submitLabel="Create brand"
      org={undefined}
      themeSearch=""
      onThemeSearchChange={vi.fn()}
      onThemeChange={onThemeChange}
      renderThemePicker={(props) => <Picker {...props} />}
      onUnexpectedError={onUnexpectedError}
      onDirtyChange={vi.fn()}
    />,
  );
  return { onUnexpectedError, onThemeChange };
}

const name = () => screen.getByRole('textbox', { name: 'Name' }) as HTMLInputElement;
const instruction = () => screen.getByRole('textbox', { name: 'AI instruction (optional)' }) as HTMLTextAreaElement;

describe('BrandForm', () => {
  it('refuses what the contract refuses, then submits', async () => {
    const onSubmit = vi.fn(() => Promise.resolve());
    const { onThemeChange } = setup(onSubmit);
    fireEvent.click(screen.getByRole('button', { name: 'Create brand' }));
    expect(await screen.findByText('Name is required')).toBeTruthy();
    expect(screen.getByText('Choose a theme')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();

    fireEvent.change(name(), { target: { value: 'Acme' } });
    fireEvent.click(screen.getByRole('radio', { name: 'sunset' }));
    expect(onThemeChange).toHaveBeenCalledWith('sunset');
    fireEvent.change(instruction(), { target: { value: 'a\nb' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create brand' }));
    await waitFor(() =>
      expect(onSubmit).toHaveBeenCalledWith({ name: 'Acme', theme_id: 'sunset', ai_instruction: 'a\nb' }),
    );
  });

  it('puts server 400 details on the fields and keeps every typed value', async () => {
    const error = new ApiError({
      status: 400,
      code: 'VALIDATION_ERROR',
      message: 'Invalid',
      details: [{ path: 'name', message: 'Taken.' }],
    });
    setup(() => Promise.reject(error));
    fireEvent.change(name(), { target: { value: 'Acme' } });
    fireEvent.click(screen.getByRole('radio', { name: 'forest' }));
    fireEvent.change(instruction(), { target: { value: 'Keep me' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create brand' }));
    expect(await screen.findByText('Taken.')).toBeTruthy();
    expect(name().value).toBe('Acme');
    expect(instruction().value).toBe('Keep me');
    expect(name().getAttribute('aria-invalid')).toBe('true');
  });

  it('hands failures that are not about the input to the caller, text kept', async () => {
    const error = new ApiError({ status: 503, code: 'X', message: 'Down' });
    const { onUnexpectedError } = setup(() => Promise.reject(error));
    fireEvent.change(name(), { target: { value: 'Acme' } });
    fireEvent.click(screen.getByRole('radio', { name: 'forest' }));
    fireEvent.click(screen.getByRole('button', { name: 'Create brand' }));
    await waitFor(() => expect(onUnexpectedError).toHaveBeenCalledWith(error));
    expect(name().value).toBe('Acme');
  });
});
