/** Placeholder wired by the foundation commit; its owner replaces it. */
export function PipelineTab(_props: Record<string, unknown>) {
  return null;
}
