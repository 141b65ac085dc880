import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { ConnectionStatus } from './connection-status';
import { MainNav } from './main-nav';
import { ScopeSwitcher } from './scope-switcher';
import { UserMenu } from './user-menu';

export function AppHeader() {
  return (
    <header className="border-b bg-card text-card-foreground">
      <div className="mx-auto flex w-full max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link to={paths.brands.href()} className="text-lg font-semibold tracking-tight">
          Brandkit Studio
        </Link>
        <MainNav />
        <ScopeSwitcher />
        {/* A fixed width with the text at its start: the status changes length as it connects and must not move anything, itself included (no layout shift). */}
        <div className="ml-auto flex w-52 justify-start">
          <ConnectionStatus />
        </div>
        {/* Who is signed in, switching keys and signing out. */}
        <UserMenu />
      </div>
    </header>
  );
}
