/** One page of a list, as every list endpoint answers. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** The query string of a list request, leaving out what is not set. */
export function listQuery(params: Record<string, string | number | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
