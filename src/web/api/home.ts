import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { homeActionSchema } from '../../contracts/organisations';
import { api } from './client';

export type HomeAction = z.infer<typeof homeActionSchema>;

export function useHomeActions(organisationId: string, enabled = true) {
  return useQuery({
    queryKey: ['organisations', organisationId, 'home'],
    queryFn: () => api<{ actions: HomeAction[] }>(`/api/v1/organisations/${organisationId}/home`),
    select: (data) => data.actions,
    enabled,
  });
}
