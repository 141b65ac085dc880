import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { ConnectionStatus } from './connection-status';
import { HeaderNav } from './header-nav';
import { UserMenu } from './user-menu';

/** One row at every width: below `sm` the navigation and scope fold into a menu, the account into its initial. */
export function AppHeader() {
  return (
    <header className="relative border-b bg-card text-card-foreground">
      <div className="mx-auto flex w-full max-w-6xl items-center gap-2 px-4 py-2 sm:flex-wrap sm:gap-x-6 sm:gap-y-2 sm:py-3">
        <Link to={paths.brands.href()} className="py-1.5 text-base font-semibold tracking-tight whitespace-nowrap sm:text-lg">
          Brandkit Studio
        </Link>
        <HeaderNav />
        {/* From `sm` a fixed width with the text at its start: the status changes length as it connects and must not move anything, itself included (no layout shift). */}
        <div className="ml-auto flex min-w-0 justify-end overflow-hidden *:min-w-0 sm:w-52 sm:justify-start [&_span]:truncate">
          <ConnectionStatus />
        </div>
        {/* Who is signed in, switching keys and signing out. */}
        <UserMenu />
      </div>
    </header>
  );
}
