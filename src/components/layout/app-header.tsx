import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { ConnectionStatus } from './connection-status';
import { MainNav } from './main-nav';

export function AppHeader() {
  return (
    <header className="border-b bg-card text-card-foreground">
      <div className="mx-auto flex w-full max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link to={paths.brands.href()} className="text-lg font-semibold tracking-tight">
          Brandkit Studio
        </Link>
        <MainNav />
        <div className="ml-auto">
          <ConnectionStatus />
        </div>
      </div>
    </header>
  );
}
