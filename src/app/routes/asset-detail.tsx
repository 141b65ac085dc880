export function AssetDetailRoute() {
  return (
    <div className="flex flex-col gap-2">
      <title>Asset · Brandkit Studio</title>
      <h1 className="text-2xl font-semibold">Asset</h1>
      <p className="text-muted-foreground">The asset view is not built yet; it arrives in a later issue.</p>
    </div>
  );
}
