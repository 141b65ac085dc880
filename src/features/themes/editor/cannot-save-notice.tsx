import { Button } from '@/components/ui/button';

/**
 * The API answered 404 or 405 to a theme write: the public docs promise only GET /v1/themes, so a
 * real API may not have the endpoint at all. Said plainly; the draft stays, export is offered.
 */
export function CannotSaveNotice({ onExport }: { onExport: () => void }) {
  return (
    <div role="alert" className="flex flex-col gap-2 rounded-lg border border-warning/50 bg-card p-4">
      <h2 className="font-semibold">This API cannot save themes</h2>
      <p className="text-sm">
        The server refused to store the theme: the API it talks to does not accept theme changes. Nothing was saved, and
        your draft is still here (this tab keeps it). Export the theme to use it elsewhere.
      </p>
      <div>
        <Button size="sm" variant="outline" onClick={onExport}>
          Export this theme
        </Button>
      </div>
    </div>
  );
}
