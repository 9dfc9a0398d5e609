/**
 * Where to go after signing in: only a path on this site, never another origin
 * (`//evil.example` or `https://…` would make sign-in an open redirect).
 */
export function safeNextPath(next: string | null): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next.startsWith('/login')) return '/';
  return next;
}
