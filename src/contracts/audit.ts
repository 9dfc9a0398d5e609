/** What the audit log records (PRODUCT.md, data protection). */
export const auditActions = [
  'mentee.viewed',
  'mentee.created',
  'mentee.updated',
  'child_certificate.viewed',
  'child_certificate.changed',
  'child_certificate.decided',
  'applicant.deleted',
  'concern.viewed',
  'concern.updated',
] as const;
export type AuditAction = (typeof auditActions)[number];
