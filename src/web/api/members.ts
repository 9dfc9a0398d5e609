import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import type { Member } from '../../contracts/organisations';
import type { Locale, Role } from '../../contracts/roles';
import { api } from './client';
import { listQuery, type Page } from './page';
import { meKey } from './session';

export type { Member };

const PAGE_SIZE = 20;
const membersKey = (organisationId: string) => ['organisations', organisationId, 'members'];

export type MemberStatus = 'invited' | 'active';

export function useMembers(
  organisationId: string,
  filter: { search: string; role: Role | null; status: MemberStatus | null },
) {
  return useInfiniteQuery({
    queryKey: [...membersKey(organisationId), filter],
    queryFn: ({ pageParam, signal }) =>
      api<Page<Member>>(
        `/api/v1/organisations/${organisationId}/members${listQuery({
          search: filter.search.trim(),
          role: filter.role,
          status: filter.status,
          limit: PAGE_SIZE,
          cursor: pageParam,
        })}`,
        { signal },
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    placeholderData: (previous) => previous,
  });
}

/** After any change to members: the lists and the home page's counts are stale. */
function useRefreshMembers(organisationId: string) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: membersKey(organisationId) });
    void queryClient.invalidateQueries({ queryKey: ['organisations', organisationId, 'home'] });
    void queryClient.invalidateQueries({ queryKey: ['organisations', organisationId, 'outbox'] });
    // An admin may have changed their own roles.
    void queryClient.invalidateQueries({ queryKey: meKey });
  };
}

export function useInviteMember(organisationId: string) {
  const refresh = useRefreshMembers(organisationId);
  return useMutation({
    mutationFn: (body: { email: string; name: string; roles: Role[]; locale?: Locale }) =>
      api<{ member: Member }>(`/api/v1/organisations/${organisationId}/members`, {
        method: 'POST',
        body,
      }),
    onSuccess: refresh,
  });
}

export function useUpdateMemberRoles(organisationId: string) {
  const refresh = useRefreshMembers(organisationId);
  return useMutation({
    mutationFn: ({ membershipId, roles }: { membershipId: string; roles: Role[] }) =>
      api<{ member: Member }>(`/api/v1/memberships/${membershipId}`, {
        method: 'PATCH',
        body: { roles },
      }),
    onSuccess: refresh,
  });
}

export function useRemoveMember(organisationId: string) {
  const refresh = useRefreshMembers(organisationId);
  return useMutation({
    mutationFn: (membershipId: string) =>
      api<void>(`/api/v1/memberships/${membershipId}`, { method: 'DELETE' }),
    onSuccess: refresh,
  });
}

export function useResendInvitation(organisationId: string) {
  const refresh = useRefreshMembers(organisationId);
  return useMutation({
    mutationFn: (membershipId: string) =>
      api<void>(`/api/v1/memberships/${membershipId}/invitation`, { method: 'POST' }),
    onSuccess: refresh,
  });
}
