import { use, type ComponentProps } from 'react';
import { Link } from 'react-router';
import { CardBrandContext } from './card-brand-context';

/**
 * The card's link, named by CardBrandContext (the name lists the brand): a move re-renders this,
 * not the tooltip around it. The tooltip's trigger passes its props and ref through.
 */
export function CardLink(props: Omit<ComponentProps<typeof Link>, 'aria-label'>) {
  const { label } = use(CardBrandContext);
  return <Link {...props} aria-label={label} />;
}
