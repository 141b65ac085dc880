import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Brand } from '@contract';
import { renderRoute } from '@/testing/render-app';
import { signedInSandbox } from '@/testing/sandbox-per-test';
import { InstructionSection } from './instruction-section';

const server = signedInSandbox();
beforeEach(() => sessionStorage.clear());

async function seedBrand(): Promise<Brand> {
  const res = await server.sandbox.request('POST', '/v1/brands', {
    body: { name: 'Acme', theme_id: 'forest', ai_instruction: 'Saved.' },
  });
  return res.json as Brand;
}

const textarea = () => screen.getByRole('textbox', { name: 'AI instruction' }) as HTMLTextAreaElement;

describe('InstructionSection drafts', () => {
  it('reopens the editor with the typed text after the page was unmounted (a 401 redirect, a reload)', async () => {
    const brand = await seedBrand();
    const first = renderRoute(<InstructionSection brand={brand} onUnsavedChange={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Edit instruction' }));
    fireEvent.change(textarea(), { target: { value: 'Typed before the 401\nsecond line' } });
    first.unmount();

    renderRoute(<InstructionSection brand={brand} onUnsavedChange={vi.fn()} />);
    expect(textarea().value).toBe('Typed before the 401\nsecond line');
    // Cancel asks first (the text differs from the saved one); Discard drops the draft for good.
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    fireEvent.click(screen.getByRole('button', { name: 'Discard' }));
    cleanup();
    renderRoute(<InstructionSection brand={brand} onUnsavedChange={vi.fn()} />);
    expect(screen.getByRole('button', { name: 'Edit instruction' })).toBeTruthy();
  });

  it('drops the draft once the save succeeds', async () => {
    const brand = await seedBrand();
    renderRoute(<InstructionSection brand={brand} onUnsavedChange={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Edit instruction' }));
    fireEvent.change(textarea(), { target: { value: 'New text' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save instruction' }));
    await waitFor(async () =>
      expect(((await server.sandbox.request('GET', `/v1/brands/${brand.id}`)).json as Brand).ai_instruction).toBe(
        'New text',
      ),
    );
    await waitFor(() => expect(Object.keys(sessionStorage).filter((k) => k.includes(brand.id))).toEqual([]));
  });
});
