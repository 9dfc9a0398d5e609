/** Placeholder wired by the foundation commit; its owner replaces it. */
export function NominationsPage(_props: Record<string, unknown>) {
  return null;
}
