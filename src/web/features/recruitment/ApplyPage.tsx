/** Placeholder wired by the foundation commit; its owner replaces it. */
export function ApplyPage(_props: Record<string, unknown>) {
  return null;
}
