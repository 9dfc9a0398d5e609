import { useQuery } from '@tanstack/react-query';
import { api } from './client';

export interface PlaceOption {
  name: string;
  municipality: string;
  /** Unique: the name, with the municipality when several places share the name. */
  label: string;
}

/** Danish places starting with what the person typed (no sign-in needed). */
export function usePlaceSuggestions(query: string) {
  const q = query.trim();
  return useQuery({
    queryKey: ['places', q],
    queryFn: ({ signal }) =>
      api<{ items: PlaceOption[] }>(`/api/v1/places?q=${encodeURIComponent(q)}&limit=8`, {
        signal,
      }),
    enabled: q.length >= 2,
    staleTime: 60 * 60 * 1000,
  });
}
