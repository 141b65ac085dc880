import { cn } from '@/components/ui/cn';

/**
 * A short document drawn only with the theme's values: every colour and font below comes from
 * the --brand-* variables set on an ancestor (ThemePreview), never from the app's own palette.
 * The "buttons" are plain text styled as buttons: a sample should not add dead tab stops.
 */
const BUTTON = 'inline-flex h-9 items-center rounded-md px-4 text-sm font-semibold';

export function SampleDocument() {
  return (
    <article className="flex flex-col gap-4 rounded-lg border border-(color:--brand-border) bg-(color:--brand-background) p-6 font-(family-name:--brand-font-secondary) text-(color:--brand-foreground)">
      <h3 className="font-(family-name:--brand-font-primary) text-2xl font-bold">Spring launch notes</h3>
      <p className="max-w-prose leading-relaxed">
        Our new collection arrives on the first of April. This page shows how headings, body text, cards, callouts,
        buttons and tables look in this theme.
      </p>
      <div className="rounded-md border border-(color:--brand-border) bg-(color:--brand-card) p-4 text-(color:--brand-text-on-card)">
        <p className="font-(family-name:--brand-font-primary) text-lg font-bold">A card</p>
        <p>Cards group related content on the card surface.</p>
      </div>
      <aside className="rounded-md bg-(color:--brand-muted) p-4 text-(color:--brand-text-on-muted)">
        <p>A muted callout: a side note that should not compete with the main text.</p>
      </aside>
      <div className="flex flex-wrap gap-3">
        <span className={cn(BUTTON, 'bg-(color:--brand-primary) text-(color:--brand-text-on-primary)')}>Primary</span>
        <span className={cn(BUTTON, 'bg-(color:--brand-secondary) text-(color:--brand-text-on-secondary)')}>
          Secondary
        </span>
        <span className={cn(BUTTON, 'bg-(color:--brand-tertiary) text-(color:--brand-text-on-tertiary)')}>
          Tertiary
        </span>
      </div>
      <table className="w-full border-collapse border border-(color:--brand-border) text-left text-sm">
        <caption className="sr-only">Sample table</caption>
        <thead>
          <tr>
            <th scope="col" className="border border-(color:--brand-border) px-3 py-2 font-semibold">
              Product
            </th>
            <th scope="col" className="border border-(color:--brand-border) px-3 py-2 font-semibold">
              Launch
            </th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td className="border border-(color:--brand-border) px-3 py-2">Linen shirt</td>
            <td className="border border-(color:--brand-border) px-3 py-2">1 April</td>
          </tr>
          <tr>
            <td className="border border-(color:--brand-border) px-3 py-2">Canvas tote</td>
            <td className="border border-(color:--brand-border) px-3 py-2">15 April</td>
          </tr>
        </tbody>
      </table>
    </article>
  );
}
