import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { apiTokenSchema } from '../../contracts/organisations';
import type { Role } from '../../contracts/roles';
import { api } from './client';
import { listQuery, type Page } from './page';

export type ApiToken = z.infer<typeof apiTokenSchema>;

const tokensKey = (organisationId: string) => ['organisations', organisationId, 'api-tokens'];

export function useApiTokens(organisationId: string) {
  return useInfiniteQuery({
    queryKey: tokensKey(organisationId),
    queryFn: ({ pageParam, signal }) =>
      api<Page<ApiToken>>(
        `/api/v1/organisations/${organisationId}/api-tokens${listQuery({
          limit: 50,
          cursor: pageParam,
        })}`,
        { signal },
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
}

export function useCreateApiToken(organisationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string; roles: Role[] }) =>
      api<{ apiToken: ApiToken; secret: string }>(
        `/api/v1/organisations/${organisationId}/api-tokens`,
        { method: 'POST', body },
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokensKey(organisationId) }),
  });
}

export function useRevokeApiToken(organisationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (tokenId: string) =>
      api<{ apiToken: ApiToken }>(`/api/v1/api-tokens/${tokenId}/revoke`, { method: 'POST' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokensKey(organisationId) }),
  });
}
