import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/api/api-error';
import { InstructionForm } from './instruction-form';

afterEach(cleanup);

function setup(defaultValue = '', extra: Partial<Parameters<typeof InstructionForm>[0]> = {}) {
  const onSubmit = vi.fn();
  const onDirtyChange = vi.fn();
  render(
    <InstructionForm
      defaultValue={defaultValue}
      onSubmit={onSubmit}
      onCancel={vi.fn()}
      onDirtyChange={onDirtyChange}
      isPending={false}
      {...extra}
    />,
  );
  const textarea = screen.getByRole('textbox', { name: 'AI instruction' }) as HTMLTextAreaElement;
  return { onSubmit, onDirtyChange, textarea };
}

describe('InstructionForm', () => {
  it('saves with Ctrl+Enter and with Cmd+Enter, keeping line breaks', async () => {
    const { onSubmit, textarea } = setup('Old');
    fireEvent.change(textarea, { target: { value: 'One\n\nTwo' } });
    fireEvent.keyDown(textarea, { key: 'Enter', ctrlKey: true });
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith('One\n\nTwo'));
    fireEvent.keyDown(textarea, { key: 'Enter', metaKey: true });
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(2));
    // A plain Enter is a line break, not a save.
    fireEvent.keyDown(textarea, { key: 'Enter' });
    expect(onSubmit).toHaveBeenCalledTimes(2);
  });

  it('shows a live meter that warns near the limit and refuses 2,001 characters', async () => {
    const { onSubmit, textarea } = setup();
    expect(screen.getByText('0 / 2,000 characters')).toBeTruthy();
    fireEvent.change(textarea, { target: { value: 'a'.repeat(1_850) } });
    expect(screen.getByText('1,850 / 2,000 characters · 150 left')).toBeTruthy();
    fireEvent.change(textarea, { target: { value: 'a'.repeat(2_001) } });
    expect(await screen.findByRole('alert')).toHaveProperty(
      'textContent',
      'The AI instruction must be at most 2000 characters',
    );
    expect(screen.getByText('2,001 / 2,000 characters · 1 over the limit')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save instruction' }));
    fireEvent.keyDown(textarea, { key: 'Enter', ctrlKey: true });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(onSubmit).not.toHaveBeenCalled();
    // The text is never cut: no maxLength.
    expect(textarea.value).toHaveLength(2_001);
    expect(textarea.maxLength).toBe(-1);
  });

  it('reports dirtiness and shows a server 400 on the field', async () => {
    const error = new ApiError({
      status: 400,
      code: 'VALIDATION_ERROR',
      message: 'Invalid',
      details: [{ path: 'ai_instruction', message: 'Not allowed here.' }],
    });
    const { onDirtyChange, textarea } = setup('Kept text', { serverError: error });
    expect(await screen.findByText('Not allowed here.')).toBeTruthy();
    expect(textarea.value).toBe('Kept text');
    fireEvent.change(textarea, { target: { value: 'Changed' } });
    await waitFor(() => expect(onDirtyChange).toHaveBeenLastCalledWith(true));
  });
});
