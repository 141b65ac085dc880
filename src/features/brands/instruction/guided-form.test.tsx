import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { InstructionKit } from '@/lib/instruction-check';
import { GuidedForm } from './guided-form';

afterEach(cleanup);

const SEEDED = [
  'You write for Saltbox Bakery, a sourdough bakery and café.',
  '',
  'Voice: cosy, witty and a bit flour-dusted.',
  'Audience: locals planning weekend breakfasts.',
  '',
  'Always:',
  "- Post the day's bake list before 7 a.m.",
  '- Flag vegan and nut-free items.',
  '',
  'Never:',
  '- Use "artisanal".',
  '',
  'Examples:',
  '* Fresh out of the oven.',
].join('\r\n');

const kit: InstructionKit = {
  theme: { name: 'Paper White', font_primary: 'Inter', font_secondary: 'Source Serif 4', colors: {} },
  assets: [],
};

function setup(defaultValue: string) {
  const onSubmit = vi.fn();
  const onTextChange = vi.fn();
  render(
    <GuidedForm
      kit={kit}
      defaultValue={defaultValue}
      onSubmit={onSubmit}
      onCancel={vi.fn()}
      onDirtyChange={vi.fn()}
      onTextChange={onTextChange}
      isPending={false}
    />,
  );
  const last = () => onTextChange.mock.calls.at(-1)?.[0] as string;
  return { onSubmit, last };
}

describe('GuidedForm', () => {
  it('shows a seeded instruction as sections and saves it unchanged', () => {
    const { onSubmit, last } = setup(SEEDED);
    expect(screen.getByRole('textbox', { name: 'Voice' })).toHaveProperty(
      'value',
      'cosy, witty and a bit flour-dusted.',
    );
    expect(screen.getByRole('textbox', { name: 'Always rule 2' })).toHaveProperty(
      'value',
      'Flag vegan and nut-free items.',
    );
    expect(screen.getByRole('textbox', { name: 'Other text' })).toHaveProperty(
      'value',
      'Examples:\n* Fresh out of the oven.',
    );
    expect(within(screen.getByRole('group', { name: 'Tones' })).getByRole('button', { name: 'witty' })).toHaveProperty(
      'ariaPressed',
      'true',
    );
    expect(last()).toBe(SEEDED);
    fireEvent.click(screen.getByRole('button', { name: 'Save instruction' }));
    expect(onSubmit).toHaveBeenCalledWith(SEEDED);
  });

  it('rewrites only the section edited, keeping Windows line ends', () => {
    const { last } = setup(SEEDED);
    fireEvent.click(screen.getByRole('button', { name: 'Move Always rule 2 up' }));
    expect(last()).toBe(
      SEEDED.replace(
        "- Post the day's bake list before 7 a.m.\r\n- Flag vegan and nut-free items.",
        "- Flag vegan and nut-free items.\r\n- Post the day's bake list before 7 a.m.",
      ),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Delete Never rule 1' }));
    expect(last()).toContain('Never:\r\n\r\nExamples:');
    fireEvent.click(screen.getByRole('button', { name: 'Fill from the Paper White theme' }));
    expect(last()).toContain(
      "- Flag vegan and nut-free items.\r\n- Post the day's bake list before 7 a.m.\r\n\r\nNever:\r\n\r\nVisual style: Inter for headings, Source Serif 4 for body text; keep the Paper White palette for buttons and links.\r\n\r\nExamples:",
    );
  });

  it('says at the field when an edit passes 2,000 characters, and refuses to save', () => {
    const { onSubmit } = setup('');
    const audience = screen.getByRole('textbox', { name: 'Audience' });
    fireEvent.change(audience, { target: { value: 'x'.repeat(1_991) } });
    expect(audience.getAttribute('aria-invalid')).toBe('true');
    expect(
      screen.getByText('This makes the instruction 2,001 characters, 1 over the 2,000 limit. Shorten it to save.'),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save instruction' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByText(/^Not saved: The AI instruction must be at most 2000 characters/)).toBeTruthy();
  });
});
