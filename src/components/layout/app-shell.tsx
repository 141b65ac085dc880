import { Outlet } from 'react-router';
import { CommandHost } from '@/components/command-palette/command-host';
import { AppHeader } from './app-header';
import { OfflineBanner } from './offline-banner';
import { SkipLink } from './skip-link';

const MAIN_ID = 'main';

/** The frame around every page: skip link, header with navigation, and the main region. */
export function AppShell() {
  return (
    <div className="flex min-h-dvh flex-col">
      <SkipLink targetId={MAIN_ID} />
      <AppHeader />
      <OfflineBanner />
      {/* tabIndex -1 lets the skip link move focus here without adding a tab stop. */}
      <main id={MAIN_ID} tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
        <Outlet />
      </main>
      <CommandHost />
    </div>
  );
}
