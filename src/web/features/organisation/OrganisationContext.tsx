import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import type { Permission } from '../../../contracts/policy';
import { type Membership, useMe } from '../../api/session';

const STORAGE_KEY = 'mentorpath.organisation';

interface OrganisationState {
  memberships: Membership[];
  /** The organisation the person works in now; null until they choose among several. */
  current: Membership | null;
  choose: (organisationId: string) => void;
}

const OrganisationContext = createContext<OrganisationState | null>(null);

function readChoice(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/**
 * The organisation to work in: the one chosen on this device if the person still belongs
 * to it, else their only one; with several and no valid choice, null (they choose).
 */
export function currentMembership<M extends { organisationId: string }>(
  memberships: readonly M[],
  chosenId: string | null,
): M | null {
  const chosen = memberships.find((m) => m.organisationId === chosenId);
  if (chosen) return chosen;
  return memberships.length === 1 ? (memberships[0] ?? null) : null;
}

/** Which organisation the pages work in; remembered on this device between visits. */
export function OrganisationProvider({ children }: { children: ReactNode }) {
  const { data: me } = useMe();
  const [chosenId, setChosenId] = useState(readChoice);
  const memberships = useMemo(() => me?.memberships ?? [], [me]);

  const choose = useCallback((organisationId: string) => {
    try {
      localStorage.setItem(STORAGE_KEY, organisationId);
    } catch {
      // Without storage the choice lasts for this visit.
    }
    setChosenId(organisationId);
  }, []);

  const current = currentMembership(memberships, chosenId);

  const value = useMemo(() => ({ memberships, current, choose }), [memberships, current, choose]);
  return <OrganisationContext.Provider value={value}>{children}</OrganisationContext.Provider>;
}

export function useOrganisations(): OrganisationState {
  const state = useContext(OrganisationContext);
  if (!state) throw new Error('useOrganisations outside OrganisationProvider');
  return state;
}

/** The current membership; pages under RequireOrganisation always have one. */
export function useMembership(): Membership {
  const { current } = useOrganisations();
  if (!current) throw new Error('useMembership without a chosen organisation');
  return current;
}

export function useCan(permission: Permission): boolean {
  const { current } = useOrganisations();
  return current?.can[permission] ?? false;
}
