import { Box } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Permission } from '../../../../contracts/policy';
import type { Program } from '../../../api/programs';
import { Forbidden } from '../../../components/Forbidden';
import { MatchingTab } from '../../matching/MatchingTab';
import { MenteesTab } from '../../mentees/MenteesTab';
import { useMembership } from '../../organisation/OrganisationContext';
import { PipelineTab } from '../../recruitment/PipelineTab';
import { MentorsTab } from './MentorsTab';
import { SessionsTab } from './SessionsTab';
import { TrainingTab } from './TrainingTab';

export const programTabs = [
  'overview',
  'pipeline',
  'mentors',
  'mentees',
  'matching',
  'training',
  'sessions',
] as const;
export type ProgramTab = (typeof programTabs)[number];

/** Who sees each tab: holders of any of these permissions. */
const permissions: Record<ProgramTab, readonly Permission[]> = {
  overview: ['organisation.read'],
  pipeline: ['recruitment.manage'],
  mentors: ['mentors.read'],
  // HR imports new employees here without seeing anyone's record.
  mentees: ['mentees.read', 'mentees.import'],
  matching: ['matches.manage'],
  training: ['training.viewAll'],
  sessions: ['training.deliver'],
};

function mayOpen(can: Record<Permission, boolean>, tab: ProgramTab): boolean {
  return permissions[tab].some((permission) => can[permission]);
}

/** Which tab an address shows: /programs/:id[/pipeline|/mentors|/mentees|/training|/sessions]. */
export function tabOf(pathname: string): ProgramTab {
  const last = pathname.split('/').filter(Boolean)[2];
  return programTabs.find((tab) => tab === last) ?? 'overview';
}

/** The program's sections as links (each has its own address), for those who may see them. */
export function ProgramTabs({ programId, current }: { programId: string; current: ProgramTab }) {
  const { t } = useTranslation();
  const membership = useMembership();
  const visible = programTabs.filter((tab) => mayOpen(membership.can, tab));
  if (visible.length < 2) return null;
  return (
    <Box component="nav" aria-label={t('programTabs.label')} className="tab-links" mb="lg">
      {visible.map((tab) => (
        <Link
          key={tab}
          to={`/programs/${programId}${tab === 'overview' ? '' : `/${tab}`}`}
          aria-current={tab === current ? 'page' : undefined}
        >
          {t(`programTabs.${tab}`)}
        </Link>
      ))}
    </Box>
  );
}

export function ProgramTabContent({ program, tab }: { program: Program; tab: ProgramTab }) {
  const membership = useMembership();
  if (!mayOpen(membership.can, tab)) return <Forbidden />;
  if (tab === 'pipeline') return <PipelineTab program={program} />;
  if (tab === 'mentors') return <MentorsTab program={program} />;
  if (tab === 'mentees') return <MenteesTab program={program} />;
  if (tab === 'matching') return <MatchingTab program={program} />;
  if (tab === 'training') return <TrainingTab program={program} />;
  if (tab === 'sessions') return <SessionsTab program={program} />;
  return null;
}
