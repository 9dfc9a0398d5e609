import { type ReactNode, useEffect } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useMe } from '../api/session';
import { setLocale, storedLocale } from '../i18n/i18n';
import { PageLoader } from './PageLoader';
import { QueryError } from './QueryError';

/** Sends a signed-out visitor to sign-in, remembering where they wanted to go. */
export function RequireSignIn({ children }: { children: ReactNode }) {
  const me = useMe();
  const location = useLocation();
  const savedLocale = me.data?.user.locale;

  useEffect(() => {
    // A device that never chose a language takes the one saved with the account.
    if (savedLocale && !storedLocale()) void setLocale(savedLocale);
  }, [savedLocale]);

  if (me.isPending) return <PageLoader />;
  if (me.isError) return <QueryError error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) {
    const next = `${location.pathname}${location.search}`;
    const to = next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`;
    return <Navigate to={to} replace />;
  }
  return children;
}
