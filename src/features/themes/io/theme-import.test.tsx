import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Theme } from '@contract';
import { paths } from '@/config/paths';
import { renderRoute } from '@/testing/render-app';
import { signedInSandbox } from '@/testing/sandbox-per-test';
import { ThemeImport } from './theme-import';

// Faults are injected in front of the real sandbox; everything else reaches it.
let inject: (() => Response) | null = null;
const server = signedInSandbox({
  through: (input, init, sandbox) =>
    inject && init.method === 'POST' && input === '/v1/themes' ? Promise.resolve(inject()) : sandbox.fetch(input, init),
});
beforeEach(() => {
  inject = null;
  sessionStorage.clear();
});

const SHADCN = `:root {
  --background: 0 0% 100%;
  --foreground: 222.2 84% 4.9%;
  --card: 0 0% 100%;
  --card-foreground: 222.2 84% 4.9%;
  --primary: 222.2 47.4% 11.2%;
  --primary-foreground: 210 40% 98%;
  --secondary: 210 40% 96.1%;
  --muted: 210 40% 96.1%;
  --muted-foreground: 215.4 16.3% 46.9%;
  --accent: 210 40% 96.1%;
  --accent-foreground: 222.2 47.4% 11.2%;
  --border: 214.3 31.8% 91.4%;
}`;

function renderImport() {
  return renderRoute(<ThemeImport org={undefined} />, {
    path: '/themes/import',
    pattern: paths.themeImport.path,
    routes: [{ path: paths.theme.path, element: <p>Editor open</p> }],
  });
}

const row = (token: string) => document.querySelector<HTMLTableRowElement>(`tr[data-token="${token}"]`)!;
const colour = (token: string) => within(row(token)).getByRole('textbox', { name: token }) as HTMLInputElement;

async function pasteAndReview(text: string) {
  fireEvent.change(screen.getByRole('textbox', { name: 'Theme text' }), { target: { value: text } });
  fireEvent.click(screen.getByRole('button', { name: 'Review the mapping' }));
  await screen.findByRole('heading', { name: 'Review the mapping' }, SLOW);
}

// The in-process sandbox and 13 controlled rows are slow on a loaded 2-core machine.
const SLOW = { timeout: 5_000 };

describe('ThemeImport', { timeout: 20_000 }, () => {
  it('reviews a shadcn file, refuses to create until the missing token is filled, then creates it and opens the editor', async () => {
    const { router } = renderImport();
    await pasteAndReview(SHADCN);
    expect(document.querySelector('[data-summary]')!.textContent).toContain('7 matched, 5 guessed, 1 missing');
    expect(row('text_on_primary').textContent).toContain('Guessed from --primary-foreground (line 7).');
    expect(row('tertiary').textContent).toContain('Guessed from --accent (line 11).');
    expect(row('text_on_secondary').textContent).toContain('Not in the import');
    expect(colour('primary').value).toBe('#0F172A');

    fireEvent.change(screen.getByRole('textbox', { name: 'Name' }), { target: { value: 'Slate import' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create theme' }));
    expect((await within(row('text_on_secondary')).findByRole('alert')).textContent).toContain('Missing: fill in a colour');
    expect(server.sent.some((r) => r.method === 'POST' && r.path === '/v1/themes')).toBe(false);

    fireEvent.change(colour('text_on_secondary'), { target: { value: '#123' } });
    fireEvent.change(colour('tertiary'), { target: { value: '#aa0000' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create theme' }));
    await screen.findByText('Editor open', {}, SLOW);
    const id = router.state.location.pathname.split('/').at(-1)!;
    const saved = (await server.sandbox.request('GET', `/v1/themes/${id}`)).json as Theme;
    expect(saved).toMatchObject({ name: 'Slate import', font_primary: 'Inter', font_secondary: 'Inter', is_custom: true });
    expect(saved.colors).toMatchObject({ primary: '#0F172A', text_on_primary: '#F8FAFC', text_on_secondary: '#112233', tertiary: '#AA0000' });
  });

  it('puts a 400 on its field and keeps everything typed', async () => {
    inject = () =>
      Response.json(
        { error: { code: 'VALIDATION_ERROR', message: 'Invalid body', details: [{ path: 'colors.border', message: 'Injected: not allowed' }] } },
        { status: 400 },
      );
    renderImport();
    await pasteAndReview(SHADCN);
    fireEvent.change(colour('text_on_secondary'), { target: { value: '#FFFFFF' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Name' }), { target: { value: 'Kept' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create theme' }));
    expect((await within(row('border')).findByRole('alert', {}, SLOW)).textContent).toBe('Injected: not allowed');
    expect((screen.getByRole('textbox', { name: 'Name' }) as HTMLInputElement).value).toBe('Kept');
    expect(colour('text_on_secondary').value).toBe('#FFFFFF');
  });

  it('says plainly when the API cannot save themes (405) and offers the export instead', async () => {
    inject = () => Response.json({ error: { code: 'METHOD_NOT_ALLOWED', message: 'Method not allowed' } }, { status: 405 });
    renderImport();
    await pasteAndReview(SHADCN);
    fireEvent.change(colour('text_on_secondary'), { target: { value: '#FFFFFF' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Name' }), { target: { value: 'Nowhere' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create theme' }));
    expect((await screen.findByText(/This API cannot save themes \(it answered 405\)/, {}, SLOW)).textContent).toContain('Your import is kept');
    fireEvent.click(screen.getByRole('tab', { name: 'API body' }));
    expect(JSON.parse((screen.getByRole('textbox', { name: /API body export/ }) as HTMLTextAreaElement).value)).toMatchObject({
      name: 'Nowhere',
      colors: { text_on_secondary: '#FFFFFF' },
    });
  });

  it('stays on the text with the line of a JSON error when nothing could be read', async () => {
    renderImport();
    fireEvent.change(screen.getByRole('textbox', { name: 'Theme text' }), { target: { value: '{\n  "colors": {\n    "primary": "#000",\n  }\n}' } });
    expect(screen.getByText('Looks like: API body (JSON or curl).')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Review the mapping' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/Line 4: This is not valid JSON/);
    expect(screen.queryByRole('heading', { name: 'Review the mapping' })).toBeNull();
  });

  it('brings the review back after a remount, with what was typed', async () => {
    const first = renderImport();
    await pasteAndReview(SHADCN);
    fireEvent.change(colour('primary'), { target: { value: '#ABCDEF' } });
    first.unmount();
    renderImport();
    await screen.findByRole('heading', { name: 'Review the mapping' });
    await waitFor(() => expect(colour('primary').value).toBe('#ABCDEF'));
  });
});
