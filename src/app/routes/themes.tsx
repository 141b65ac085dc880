export function ThemesRoute() {
  return (
    <div className="flex flex-col gap-2">
      <title>Themes · Brandkit Studio</title>
      <h1 className="text-2xl font-semibold">Themes</h1>
      <p className="text-muted-foreground">The theme gallery is not built yet; it arrives in a later issue.</p>
    </div>
  );
}
