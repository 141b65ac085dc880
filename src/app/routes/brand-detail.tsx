export function BrandDetailRoute() {
  return (
    <div className="flex flex-col gap-2">
      <title>Brand · Brandkit Studio</title>
      <h1 className="text-2xl font-semibold">Brand</h1>
      <p className="text-muted-foreground">The brand editor is not built yet; it arrives in a later issue.</p>
    </div>
  );
}
