import { useInfiniteQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { outboundMailSchema } from '../../contracts/organisations';
import { api } from './client';
import { listQuery, type Page } from './page';

export type OutboundMail = z.infer<typeof outboundMailSchema>;

export function useOutbox(organisationId: string) {
  return useInfiniteQuery({
    queryKey: ['organisations', organisationId, 'outbox'],
    queryFn: ({ pageParam, signal }) =>
      api<Page<OutboundMail>>(
        `/api/v1/organisations/${organisationId}/outbox${listQuery({
          limit: 20,
          cursor: pageParam,
        })}`,
        { signal },
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
}
