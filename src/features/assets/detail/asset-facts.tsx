import type { Asset } from '@contract';
import { assetLinkHref } from '@/lib/asset-url';
import { CopyButton } from './copy-button';
import { formatBytes, formatDateTime, formatDimensions } from '../format';

/** Read-only facts about the stored file. The URL is text with a copy button, and a link only when it is safe. */
export function AssetFacts({ asset }: { asset: Asset }) {
  const href = assetLinkHref(asset.url);
  const rows: Array<[string, string]> = [
    ['Format', asset.format.toUpperCase()],
    ['Size', formatBytes(asset.size)],
    ['Dimensions', formatDimensions(asset.width, asset.height)],
    ['Slug', asset.slug],
    ['Created', formatDateTime(asset.created_at)],
    ['Updated', formatDateTime(asset.updated_at)],
  ];
  return (
    <div className="flex flex-col gap-3">
      <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1 text-sm">
        {rows.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="text-muted-foreground">{term}</dt>
            <dd className="break-all">{value}</dd>
          </div>
        ))}
      </dl>
      <div className="flex flex-col gap-1 text-sm">
        <span className="text-muted-foreground">URL</span>
        <code className="rounded bg-muted px-2 py-1 text-xs break-all">{asset.url}</code>
        <div className="flex flex-wrap items-center gap-3">
          <CopyButton text={asset.url} label="Copy the asset URL" />
          {href ? (
            <a href={href} target="_blank" rel="noopener noreferrer" className="font-medium text-primary underline">
              Open original
            </a>
          ) : null}
        </div>
      </div>
    </div>
  );
}
