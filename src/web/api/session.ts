import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { invitationSchema, Me, User } from '../../contracts/accounts';
import type { Locale } from '../../contracts/roles';
import { setLocale } from '../i18n/i18n';
import { ApiError, api } from './client';

export const meKey = ['me'] as const;
export type Membership = Me['memberships'][number];
export type Invitation = z.infer<typeof invitationSchema>;

/** The signed-in person, or null when signed out. */
export async function fetchMe(): Promise<Me | null> {
  try {
    return await api<Me>('/api/v1/me');
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export function useMe() {
  return useQuery({ queryKey: meKey, queryFn: fetchMe, staleTime: Number.POSITIVE_INFINITY });
}

export function useLogin() {
  return useMutation({
    mutationFn: (credentials: { email: string; password: string }) =>
      api<{ user: User }>('/api/v1/auth/login', { method: 'POST', body: credentials }),
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api<void>('/api/v1/auth/logout', { method: 'POST' }),
    onSettled: () => {
      // Nothing of the last person's data may linger for the next one.
      queryClient.clear();
      queryClient.setQueryData(meKey, null);
    },
  });
}

export function useUpdateMe() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: { name?: string; locale?: Locale }) =>
      api<{ user: User }>('/api/v1/me', { method: 'PATCH', body: changes }),
    onSuccess: ({ user }) => {
      queryClient.setQueryData<Me | null>(meKey, (me) => (me ? { ...me, user } : me));
    },
  });
}

export function useChangePassword() {
  return useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) =>
      api<void>('/api/v1/me/password', { method: 'POST', body }),
  });
}

export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: (body: { email: string }) =>
      api<void>('/api/v1/auth/password-reset', { method: 'POST', body }),
  });
}

export function useCompletePasswordReset() {
  return useMutation({
    mutationFn: (body: { token: string; password: string }) =>
      api<{ user: User }>('/api/v1/auth/password-reset/complete', { method: 'POST', body }),
  });
}

export function useInvitation(token: string) {
  return useQuery({
    queryKey: ['invitation', token],
    queryFn: () =>
      api<{ invitation: Invitation }>(`/api/v1/auth/invitations/${encodeURIComponent(token)}`),
    enabled: token.length > 0,
  });
}

export function useAcceptInvitation() {
  return useMutation({
    mutationFn: (body: { token: string; password: string }) =>
      api<{ user: User }>('/api/v1/auth/invitations/accept', { method: 'POST', body }),
  });
}

/**
 * After sign-in (also by invitation or reset link): the person's saved language wins over
 * this device's, then /me is loaded before the first signed-in page renders.
 */
export function useSessionStart() {
  const queryClient = useQueryClient();
  return async (user: User) => {
    await setLocale(user.locale);
    await queryClient.fetchQuery({ queryKey: meKey, queryFn: fetchMe, staleTime: 0 });
  };
}
