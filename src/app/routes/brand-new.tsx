export function BrandNewRoute() {
  return (
    <div className="flex flex-col gap-2">
      <title>New brand · Brandkit Studio</title>
      <h1 className="text-2xl font-semibold">New brand</h1>
      <p className="text-muted-foreground">Creating brands is not built yet; it arrives in a later issue.</p>
    </div>
  );
}
