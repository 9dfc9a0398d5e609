/** Placeholder wired by the foundation commit; its owner replaces it. */
export function MyMenteesPage(_props: Record<string, unknown>) {
  return null;
}
