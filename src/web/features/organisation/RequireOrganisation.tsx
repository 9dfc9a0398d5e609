import type { ReactNode } from 'react';
import type { Permission } from '../../../contracts/policy';
import { Forbidden } from '../../components/Forbidden';
import { ChooseOrganisation } from './ChooseOrganisation';
import { NoOrganisation } from './NoOrganisation';
import { useOrganisations } from './OrganisationContext';

/**
 * Renders a page only inside a chosen organisation, and only for roles that may use it
 * (the nav hides the link; this covers a typed or bookmarked address).
 */
export function RequireOrganisation({
  permission,
  children,
}: {
  permission?: Permission;
  children: ReactNode;
}) {
  const { memberships, current } = useOrganisations();
  if (memberships.length === 0) return <NoOrganisation />;
  if (!current) return <ChooseOrganisation />;
  if (permission && !current.can[permission]) return <Forbidden />;
  return children;
}
