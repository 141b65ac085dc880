export function AssetsRoute() {
  return (
    <div className="flex flex-col gap-2">
      <title>Assets · Brandkit Studio</title>
      <h1 className="text-2xl font-semibold">Assets</h1>
      <p className="text-muted-foreground">The asset library is not built yet; it arrives in a later issue.</p>
    </div>
  );
}
