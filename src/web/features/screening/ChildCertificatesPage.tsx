/** Placeholder wired by the foundation commit; its owner replaces it. */
export function ChildCertificatesPage(_props: Record<string, unknown>) {
  return null;
}
