/**
 * Shown while the first route module loads (React Router's HydrateFallback). Without one the
 * router renders nothing and warns on every cold start.
 */
export function PageLoading() {
  return (
    <div role="status" className="p-8 text-sm text-muted-foreground">
      Loading Brandkit Studio…
    </div>
  );
}
