import { useCallback, useEffect, useState } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import type { Brand, Theme } from '@contract';
import { UnsavedChangesGuard } from '@/components/ui/unsaved-changes-guard';
import { paths } from '@/config/paths';
import { draftFromTheme, isEmptyPatch, themePatch, type ThemeDraft } from '@/lib/theme-draft';
import type { ColorToken } from '@/lib/theme-to-css-vars';
import { ExportPanel } from '../io/export-panel';
import { ContrastMatrix } from '../studio/contrast-matrix';
import { withScope } from '../studio-href';
import { ApplyToBrandOffer } from './apply-to-brand-offer';
import { CannotSaveNotice } from './cannot-save-notice';
import { ColorControls } from './color-controls';
import { DraftFields } from './draft-fields';
import { EditorToolbar } from './editor-toolbar';
import { RestoreDraftNotice } from './restore-draft-notice';
import { sameDraft } from './stored-draft';
import { ThemeDeleteControl } from './theme-delete-control';
import { ThemeLivePreview } from './theme-live-preview';
import { useEditorHistory } from './use-editor-history';
import { useThemeSave } from './use-theme-save';
import { useUndoKeys } from './use-undo-keys';

export interface ThemeEditorProps {
  org: string | undefined;
  /** The saved custom theme being edited; null for a new one (blank or a duplicate). */
  saved: Theme | null;
  /** Where editing starts: the saved theme, a duplicate of one, or a blank theme. */
  initial: ThemeDraft;
  /** Where the draft is kept in this tab (see stored-draft.ts). */
  storageKey: string;
  /** Opened from this brand's page: after saving, offer to apply the theme to it. */
  brandId: string | undefined;
  /** The brands that use the theme, for the preview and the delete dialog. */
  brands: readonly Brand[];
  brandsComplete: boolean;
}

/**
 * The theme editor: the controls, the live preview and the contrast matrix over one draft with
 * undo/redo, kept in the tab as it changes. Saving creates the theme or PATCHes only what changed.
 */
export function ThemeEditor({ org, saved, initial, storageKey, brandId, brands, brandsComplete }: ThemeEditorProps) {
  const history = useEditorHistory(initial, storageKey);
  const { draft, seal, undo, redo } = history;
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [nameError, setNameError] = useState('');
  const [created, setCreated] = useState<Theme | null>(null);
  // Arrived from creating this theme (router state, not the URL: a reload should not say it again).
  const location = useLocation();
  const justCreated = saved !== null && (location.state as { created?: string } | null)?.created === saved.id;
  const [applyOffer, setApplyOffer] = useState<Theme | null>(justCreated && brandId ? saved : null);
  const [announcement, setAnnouncement] = useState(justCreated ? 'Theme created.' : '');
  useUndoKeys(
    useCallback(() => {
      undo();
      setAnnouncement('Undone');
    }, [undo]),
    useCallback(() => {
      redo();
      setAnnouncement('Redone');
    }, [redo]),
  );

  const baseline = saved ? draftFromTheme(saved) : initial;
  const saver = useThemeSave({
    saved,
    baseline,
    org,
    onSaved: (theme, isNew) => {
      history.forget();
      if (isNew) setCreated(theme);
      else if (brandId) setApplyOffer(theme);
      setAnnouncement(isNew ? 'Theme created.' : 'Saved.');
    },
  });
  const dirty = saved ? !isEmptyPatch(themePatch(baseline, draft)) : !sameDraft(draft, initial);

  // A created theme has its own page: go there once the guard no longer holds (after this render).
  useEffect(() => {
    if (!created) return;
    void navigate(withScope(paths.theme.href(created.id), org, { brand: brandId }), {
      replace: true,
      state: { created: created.id },
    });
  }, [created, navigate, org, brandId]);

  const exportOpen = params.get('panel') === 'export';
  const toggleExport = (open = !exportOpen) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (open) next.set('panel', 'export');
        else next.delete('panel');
        return next;
      },
      { replace: true },
    );

  // Each edit clears the last message ("Saved.", "Undone"): it no longer describes the draft.
  const edit: typeof history.edit = (update, group) => {
    setAnnouncement('');
    history.edit(update, group);
  };
  const setColor = (token: ColorToken, hex: string, group: string | null) =>
    edit((d) => ({ ...d, colors: { ...d.colors, [token]: hex } }), group);
  const save = () => {
    seal();
    const problem = saver.save(draft);
    setNameError(problem ?? '');
    if (problem) document.getElementById('theme-name')?.focus();
  };
  const title = saved ? `Edit ${saved.name}` : 'New theme';

  return (
    <div className="flex flex-col gap-6">
      <title>{`${title} · Brandkit Studio`}</title>
      <UnsavedChangesGuard
        when={(dirty || saver.saving) && !created}
        what="your changes to this theme"
        onDiscard={history.forget}
      />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{title}</h1>
        <EditorToolbar
          canUndo={history.canUndo}
          canRedo={history.canRedo}
          onUndo={undo}
          onRedo={redo}
          saveLabel={saved ? 'Save changes' : 'Create theme'}
          canSave={saved ? dirty : true}
          saving={saver.saving}
          onSave={save}
          onExport={() => toggleExport()}
          exportOpen={exportOpen}
          onDelete={saved ? () => setParams((p) => withParam(p, 'panel', 'delete'), { replace: true }) : undefined}
        />
      </div>
      <p role="status" className="min-h-5 text-sm font-medium">
        {announcement}
      </p>
      {history.offer ? <RestoreDraftNotice onRestore={history.restoreOffer} onDiscard={history.dismissOffer} /> : null}
      {saver.unsupported ? <CannotSaveNotice onExport={() => toggleExport(true)} /> : null}
      {saver.failure ? (
        <p role="alert" className="rounded-lg border border-destructive/40 p-4 text-sm">
          The theme was not saved. {saver.failure} Your changes are still here.
        </p>
      ) : null}
      {applyOffer && brandId ? (
        <ApplyToBrandOffer brandId={brandId} theme={applyOffer} org={org} onDismiss={() => setApplyOffer(null)} />
      ) : null}
      {exportOpen ? (
        <div id="theme-export">
          <ExportPanel draft={draft} />
        </div>
      ) : null}
      <div className="grid gap-8 lg:grid-cols-[minmax(0,28rem)_minmax(0,1fr)]">
        <div className="flex flex-col gap-6">
          <DraftFields
            draft={draft}
            nameError={nameError || saver.nameError}
            onChange={(change, group) => edit((d) => ({ ...d, ...change }), group)}
            onDone={seal}
          />
          <ColorControls colors={draft.colors} onChange={setColor} onDone={seal} />
        </div>
        <div className="flex flex-col gap-8">
          <ThemeLivePreview draft={draft} brands={brands} />
          <ContrastMatrix
            colors={draft.colors}
            onFix={(patch, label) => {
              edit((d) => ({ ...d, colors: { ...d.colors, ...patch } }));
              setAnnouncement(label);
            }}
          />
        </div>
      </div>
      {saved ? (
        <ThemeDeleteControl
          theme={saved}
          org={org}
          brands={brands}
          complete={brandsComplete}
          open={params.get('panel') === 'delete'}
          onOpenChange={(open) => setParams((p) => withParam(p, 'panel', open ? 'delete' : null), { replace: true })}
        />
      ) : null}
    </div>
  );
}

function withParam(prev: URLSearchParams, key: string, value: string | null): URLSearchParams {
  const next = new URLSearchParams(prev);
  if (value) next.set(key, value);
  else next.delete(key);
  return next;
}
