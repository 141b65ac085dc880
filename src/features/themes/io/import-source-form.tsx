import { useId, useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { inputStyles } from '@/components/ui/input-styles';
import { detectFormat } from './import-theme';
import { IMPORT_FORMAT_LABELS, type ImportFormat, type ImportIssue } from './import-result';
import { ImportIssues } from './import-issues';

interface ImportSourceFormProps {
  text: string;
  format: ImportFormat | 'auto';
  onTextChange: (text: string) => void;
  onFormatChange: (format: ImportFormat | 'auto') => void;
  onReview: () => void;
  /** Why the last attempt found no theme, line by line. */
  issues: readonly ImportIssue[];
}

const FORMATS = Object.entries(IMPORT_FORMAT_LABELS) as [ImportFormat, string][];
/** Files larger than this are not a theme; reading them would only freeze the tab. */
const MAX_FILE_BYTES = 512 * 1024;

/** Step one: the theme's text, pasted or from a file, and its format (detected unless chosen). */
export function ImportSourceForm(props: ImportSourceFormProps) {
  const id = useId();
  const [fileError, setFileError] = useState('');
  const detected = props.text.trim() ? IMPORT_FORMAT_LABELS[detectFormat(props.text)] : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onReview();
  };
  const readFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setFileError(`${file.name} is ${Math.round(file.size / 1024)} KB; a theme file is at most 512 KB.`);
      return;
    }
    setFileError('');
    props.onTextChange(await file.text());
  };
  const describedBy = [`${id}-text-hint`, props.issues.length > 0 ? `${id}-issues` : null].filter(Boolean).join(' ');

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="text-xl font-semibold">
        Paste or choose a theme
      </h2>
      <div className="flex flex-col gap-1.5">
        <label htmlFor={`${id}-text`} className="text-sm font-medium">
          Theme text
        </label>
        <textarea
          id={`${id}-text`}
          value={props.text}
          onChange={(event) => props.onTextChange(event.target.value)}
          rows={14}
          spellCheck={false}
          aria-describedby={describedBy}
          aria-invalid={props.issues.length > 0 ? true : undefined}
          className={inputStyles('font-mono text-xs')}
        />
        <p id={`${id}-text-hint`} className="text-sm text-muted-foreground">
          CSS variables (ours or shadcn/ui: hex, HSL triplets such as 0 0% 100%, or oklch), a Tailwind v4 @theme
          block, design tokens (DTCG JSON), or the API’s JSON body or curl line.
        </p>
      </div>
      <ImportIssues id={`${id}-issues`} issues={props.issues} />
      <div className="flex flex-wrap items-end gap-4">
        <div className="flex flex-col gap-1.5">
          <label htmlFor={`${id}-file`} className="text-sm font-medium">
            Or choose a file
          </label>
          <input
            id={`${id}-file`}
            type="file"
            accept=".css,.json,.txt,.sh,text/css,application/json,text/plain"
            onChange={(event) => void readFile(event.target.files?.[0])}
            aria-describedby={fileError ? `${id}-file-error` : undefined}
            className="text-sm file:mr-3 file:rounded-md file:border file:border-input file:bg-background file:px-3 file:py-2"
          />
          {fileError ? (
            <p id={`${id}-file-error`} role="alert" className="text-sm font-medium text-destructive">
              {fileError}
            </p>
          ) : null}
        </div>
        <div className="flex flex-col gap-1.5">
          <label htmlFor={`${id}-format`} className="text-sm font-medium">
            Format
          </label>
          <select
            id={`${id}-format`}
            value={props.format}
            onChange={(event) => props.onFormatChange(event.target.value as ImportFormat | 'auto')}
            aria-describedby={`${id}-detected`}
            className={inputStyles('w-64')}
          >
            <option value="auto">Detect automatically</option>
            {FORMATS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p id={`${id}-detected`} className="text-sm text-muted-foreground" aria-live="polite">
        {props.format === 'auto' && detected ? `Looks like: ${detected}.` : ''}
      </p>
      <div>
        <Button type="submit">Review the mapping</Button>
      </div>
    </form>
  );
}
