export function BrandsRoute() {
  return (
    <div className="flex flex-col gap-2">
      <title>Brands · Brandkit Studio</title>
      <h1 className="text-2xl font-semibold">Brands</h1>
      <p className="text-muted-foreground">The brand list is not built yet; it arrives in a later issue.</p>
    </div>
  );
}
