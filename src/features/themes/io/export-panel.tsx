import { useId, useMemo, useState } from 'react';
import { Button } from '@/components/ui/button';
import { EXPORT_FORMATS, fileSlug, type ExportFormatId } from './export-formats';
import { FALLBACK_FONT } from './export-json';
import { FormatTabs } from './format-tabs';
import type { ThemeDraft } from './theme-draft';

interface ExportPanelProps {
  draft: ThemeDraft;
  /** Optional control from outside (e.g. the URL); otherwise the panel keeps its own tab. */
  format?: ExportFormatId;
  onFormatChange?: (format: ExportFormatId) => void;
}

/** Triggers a download of text without a server round trip; the object URL is released at once. */
function download(text: string, fileName: string, mime: string) {
  const url = URL.createObjectURL(new Blob([text], { type: `${mime};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}

/**
 * The theme (saved or a draft) as CSS variables, a Tailwind v4 `@theme` block, DTCG JSON, the
 * `POST /v1/themes` body and a curl line: one tab per format, the text, Copy and Download.
 */
export function ExportPanel({ draft, format, onFormatChange }: ExportPanelProps) {
  const id = useId();
  const [ownFormat, setOwnFormat] = useState<ExportFormatId>('css');
  const selected = format ?? ownFormat;
  const select = (next: ExportFormatId) => {
    setOwnFormat(next);
    onFormatChange?.(next);
    setStatus('');
  };
  const [status, setStatus] = useState('');
  const current = EXPORT_FORMATS.find((f) => f.id === selected) ?? EXPORT_FORMATS[0]!;
  const text = useMemo(() => current.render(draft), [current, draft]);
  const fileName = `${fileSlug(draft.name)}.${current.extension}`;
  const missingFonts = [draft.font_primary, draft.font_secondary].filter((font) => !font).length;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(`Copied the ${current.label} export.`);
    } catch {
      setStatus('Copying was not allowed here: select the text and copy it yourself.');
    }
  };

  return (
    <section aria-labelledby={`${id}-heading`} className="flex flex-col gap-3">
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        Export
      </h2>
      <FormatTabs label="Export format" tabs={EXPORT_FORMATS} selected={selected} onSelect={select} idBase={id} />
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-tab-${selected}`} className="flex flex-col gap-3">
        {(selected === 'api' || selected === 'curl') && missingFonts > 0 ? (
          <p className="text-sm text-muted-foreground">
            The API needs both fonts; where this theme has none, the body uses {FALLBACK_FONT}.
          </p>
        ) : null}
        {/* A read-only text area: focusable and scrollable by keyboard, and its text easy to select. */}
        <textarea
          readOnly
          value={text}
          rows={16}
          spellCheck={false}
          aria-label={`${current.label} export of ${draft.name || 'the theme'}`}
          data-export-format={selected}
          className="w-full resize-y rounded-md border bg-muted p-3 font-mono text-xs leading-relaxed"
        />
        <div className="flex flex-wrap items-center gap-3">
          <Button variant="outline" size="sm" onClick={() => void copy()}>
            Copy
          </Button>
          <Button
            variant="outline"
            size="sm"
            onClick={() => {
              download(text, fileName, current.mime);
              setStatus(`Downloaded ${fileName}.`);
            }}
          >
            Download {fileName}
          </Button>
          <p role="status" className="text-sm text-muted-foreground">
            {status}
          </p>
        </div>
      </div>
    </section>
  );
}
