import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ContactRequest,
  ContactRequests,
  Message,
  MessageThread,
  WatchWords,
} from '../../contracts/messaging';
import { api } from './client';

export type { ContactRequest, ContactRequests, Message, MessageThread };

const threadKey = (matchId: string) => ['matches', matchId, 'messages'];
const contactKey = (matchId: string) => ['matches', matchId, 'contact-requests'];
const watchKey = (programId: string) => ['programs', programId, 'watch-words'];

/** The message thread of a match, refreshed every half minute while the page is open. */
export function useMessages(matchId: string) {
  return useQuery({
    queryKey: threadKey(matchId),
    queryFn: ({ signal }) => api<MessageThread>(`/api/v1/matches/${matchId}/messages`, { signal }),
    refetchInterval: 30_000,
  });
}

export function useSendMessage(matchId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: string) =>
      api<{ message: Message }>(`/api/v1/matches/${matchId}/messages`, {
        method: 'POST',
        body: { body },
      }),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: threadKey(matchId) }),
  });
}

/** Contact after the program: requests, answers, and what the caller may do. */
export function useContactRequests(matchId: string, enabled = true) {
  return useQuery({
    queryKey: contactKey(matchId),
    queryFn: ({ signal }) =>
      api<ContactRequests>(`/api/v1/matches/${matchId}/contact-requests`, { signal }),
    enabled,
  });
}

function useRefreshContact(matchId: string) {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: contactKey(matchId) });
}

export function useSendContactRequest(matchId: string) {
  const onSettled = useRefreshContact(matchId);
  return useMutation({
    mutationFn: (message: string) =>
      api<{ contactRequest: ContactRequest }>(`/api/v1/matches/${matchId}/contact-requests`, {
        method: 'POST',
        body: { message },
      }),
    onSettled,
  });
}

export function useAnswerContactRequest(matchId: string) {
  const onSettled = useRefreshContact(matchId);
  return useMutation({
    mutationFn: ({ id, answer }: { id: string; answer: string }) =>
      api<{ contactRequest: ContactRequest }>(`/api/v1/contact-requests/${id}/answer`, {
        method: 'POST',
        body: { answer },
      }),
    onSettled,
  });
}

export function useCloseContactChannel(matchId: string) {
  const onSettled = useRefreshContact(matchId);
  return useMutation({
    mutationFn: () =>
      api<{ rule: string; channelClosedAt: string | null }>(
        `/api/v1/matches/${matchId}/contact-channel/close`,
        { method: 'POST', body: {} },
      ),
    onSettled,
  });
}

/** The mentor's e-mail after the program, where the rule is direct contact. */
export function useAfterContact(matchId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['matches', matchId, 'after-contact'],
    queryFn: ({ signal }) =>
      api<{ mentor: { name: string; email: string } }>(`/api/v1/matches/${matchId}/after-contact`, {
        signal,
      }),
    enabled,
    retry: false,
  });
}

export function useWatchWords(programId: string) {
  return useQuery({
    queryKey: watchKey(programId),
    queryFn: ({ signal }) =>
      api<WatchWords>(`/api/v1/programs/${programId}/watch-words`, { signal }),
  });
}

export function useSaveWatchWords(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (words: string[]) =>
      api<WatchWords>(`/api/v1/programs/${programId}/watch-words`, {
        method: 'PUT',
        body: { words },
      }),
    onSuccess: (data) => queryClient.setQueryData(watchKey(programId), data),
  });
}
