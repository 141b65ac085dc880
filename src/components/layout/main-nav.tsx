import { NavLink } from 'react-router';
import { paths } from '@/config/paths';
import { useScope } from '@/hooks/use-scope';

const ITEMS = [
  { label: 'Brands', to: paths.brands.href() },
  { label: 'Assets', to: paths.assets.href() },
  { label: 'Themes', to: paths.themes.href() },
] as const;

// Two complete class strings rather than one assembled from parts, so Tailwind sees every class.
const LINK_IDLE = 'rounded-md px-3 py-2 text-sm font-medium text-muted-foreground hover:bg-muted hover:text-foreground';
const LINK_ACTIVE = 'rounded-md px-3 py-2 text-sm font-medium bg-secondary text-secondary-foreground';

/**
 * Primary navigation. NavLink marks the current section with aria-current="page" (and stays
 * active on nested pages such as a brand's detail), so the state is not colour alone.
 */
export function MainNav() {
  // Moving between sections keeps the scope the user chose.
  const { org } = useScope();
  const search = org ? `?${new URLSearchParams({ org }).toString()}` : '';
  return (
    <nav aria-label="Main">
      <ul className="flex flex-wrap items-center gap-1">
        {ITEMS.map((item) => (
          <li key={item.to}>
            <NavLink
              to={{ pathname: item.to, search }}
              className={({ isActive }) => (isActive ? LINK_ACTIVE : LINK_IDLE)}
            >
              {item.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
