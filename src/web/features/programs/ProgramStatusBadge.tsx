import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProgramStatus } from '../../api/programs';

const colors: Record<ProgramStatus, string> = {
  draft: 'orange',
  published: 'mentorTeal',
  archived: 'gray',
};

export function ProgramStatusBadge({ status }: { status: ProgramStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={colors[status]} tt="none" radius="sm">
      {t(`programStatus.${status}`)}
    </Badge>
  );
}
