import type { Theme } from '@contract';
import { cn } from '@/components/ui/cn';
import { fontInfo, type FontInfo } from '@/lib/fonts-catalog';

const ROLES = [
  { key: 'font_primary', label: 'Headings', cssClass: 'font-(family-name:--brand-font-primary)' },
  { key: 'font_secondary', label: 'Body text', cssClass: 'font-(family-name:--brand-font-secondary)' },
] as const;

function fallbackNote(info: FontInfo): string | null {
  const generic = `a generic ${info.generic} font`;
  if (info.status === 'missing') return `No font is set, so the preview uses ${generic}.`;
  if (info.status === 'invalid')
    return `This font name contains characters that are not allowed, so the preview uses ${generic}.`;
  if (info.status === 'not-bundled')
    return `This font is not bundled with Brandkit Studio, so the preview uses ${generic} instead.`;
  return null;
}

/**
 * The theme's two fonts, each written in itself (through the --brand-font-* variables of the
 * surrounding preview), and a plain statement when the preview cannot show the real font.
 */
export function FontNotices({ theme }: { theme: Pick<Theme, 'font_primary' | 'font_secondary'> }) {
  return (
    <dl className="grid gap-3 sm:grid-cols-2">
      {ROLES.map((role) => {
        const info = fontInfo(theme[role.key]);
        const note = fallbackNote(info);
        return (
          <div key={role.key} className="flex flex-col gap-1 rounded-md border p-3">
            <dt className="text-sm text-muted-foreground">{role.label}</dt>
            <dd className={cn('text-lg', role.cssClass)}>{info.name ?? 'Not set'}</dd>
            {note ? <dd className="text-sm text-warning">{note}</dd> : null}
          </div>
        );
      })}
    </dl>
  );
}
