import { memo, useEffect, useRef, useState } from 'react';
import type { Brand } from '@contract';
import { Button } from '@/components/ui/button';
import { buttonStyles } from '@/components/ui/button-styles';
import { BrandNameForm } from '../forms/brand-name-form';
import { ConflictDialog } from './conflict-dialog';
import { RelativeTime } from '../list/relative-time';
import { SaveStatus } from '../forms/save-status';
import { useFocusWhenClosed } from '../forms/use-focus-when-closed';
import { useInlineEdit } from '../forms/use-inline-edit';
import { useFocusOnCreated } from './use-focus-on-created';
import { samePropsApartFromAssets } from './same-apart-from-assets';

const read = (brand: Brand) => brand.name;
const toPatch = (name: string) => ({ name });

/** The brand in NextDocs' own web app; ids are encoded, the origin is fixed. */
const nextDocsUrl = (id: string) => `https://app.nextdocs.io/brands/${encodeURIComponent(id)}`;

interface BrandHeaderProps {
  brand: Brand;
  onUnsavedChange: (unsaved: boolean) => void;
  onDelete: () => void;
}

/** Name (renamed in place), theme, last change, and the brand's actions. */
export const BrandHeader = memo(function BrandHeader({ brand, onUnsavedChange, onDelete }: BrandHeaderProps) {
  const [formDirty, setFormDirty] = useState(false);
  const edit = useInlineEdit({ brand, field: 'name', read, toPatch, what: 'The name' });
  const unsaved = (edit.session !== null && (formDirty || edit.changed)) || edit.update.isPending;
  useEffect(() => onUnsavedChange(unsaved), [unsaved, onUnsavedChange]);
  const title = useRef<HTMLHeadingElement>(null);
  const rename = useRef<HTMLButtonElement>(null);
  useFocusOnCreated(title);
  useFocusWhenClosed(edit.session !== null, rename);

  return (
    <header className="flex flex-col gap-3">
      {edit.session ? (
        <>
          {/* The page keeps its heading while the name is being edited. */}
          <h1 ref={title} tabIndex={-1} className="sr-only">
            {brand.name}
          </h1>
          <BrandNameForm
            key={edit.session.id}
            defaultValue={edit.session.seed}
            serverError={edit.session.serverError}
            onSubmit={(name) => void edit.submit(name)}
            onCancel={edit.cancel}
            onDirtyChange={setFormDirty}
            onTextChange={edit.remember}
            isPending={edit.checking}
          />
        </>
      ) : (
        <h1 ref={title} tabIndex={-1} className="text-3xl font-semibold break-words">
          {brand.name}
        </h1>
      )}
      <SaveStatus mutation={edit.update} what="name" outcome />
      <p className="text-sm text-muted-foreground">
        Theme <span className="font-medium text-foreground">{brand.theme?.name ?? 'none'}</span> · Updated{' '}
        <RelativeTime iso={brand.updated_at} />
      </p>
      <div className="flex flex-wrap gap-2">
        {edit.session ? null : (
          <Button ref={rename} variant="outline" size="sm" onClick={edit.start}>
            Rename
          </Button>
        )}
        <a
          href={nextDocsUrl(brand.id)}
          target="_blank"
          rel="noopener noreferrer"
          className={buttonStyles('outline', 'sm')}
        >
          Open in NextDocs<span className="sr-only"> (opens in a new tab)</span>
        </a>
        <Button variant="destructive" size="sm" onClick={onDelete}>
          Delete
        </Button>
      </div>
      <ConflictDialog
        conflict={edit.conflict}
        field="name"
        onSaveMine={edit.resolve.saveMine}
        onUseTheirs={edit.resolve.useTheirs}
        onKeepEditing={edit.resolve.keepEditing}
      />
    </header>
  );
}, samePropsApartFromAssets);
