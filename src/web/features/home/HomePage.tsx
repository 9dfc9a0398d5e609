import {
  Anchor,
  Badge,
  Box,
  Button,
  Card,
  EmptyState,
  Group,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Role } from '../../../contracts/roles';
import { type HomeAction, useHomeActions } from '../../api/home';
import { usePrograms } from '../../api/programs';
import { useMe } from '../../api/session';
import { ArrowRightIcon, ProgramsIcon } from '../../components/icons';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { useFormat } from '../../i18n/format';
import { useMembership } from '../organisation/OrganisationContext';
import { ProgramFacts } from '../programs/ProgramFacts';
import { CheckInsDueNotice } from '../relationships/CheckInsCard';
import { type CountAction, MyTrainingCards, useTrainingActions } from '../training/TrainingHome';
import { RoleGuide } from './RoleGuide';

/** Where each count on the home page leads. */
const actionTargets: Record<HomeAction['kind'], string> = {
  invitations_pending: '/members?status=invited',
  programs_draft: '/programs?status=draft',
  outbox_waiting: '/outbox',
  programs_published: '/programs?status=published',
};

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap="sm" component="section">
      <Title order={2} fz="h3">
        {title}
      </Title>
      {children}
    </Stack>
  );
}

/** What this person can act on now, what their roles mean here, and the programs on offer. */
export function HomePage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const membership = useMembership();
  const firstName = me?.user.name.split(/\s+/)[0] ?? '';

  return (
    <>
      <PageHeader
        title={t('home.greeting', { name: firstName })}
        description={t('home.intro', { organisation: membership.organisationName })}
      />
      <Stack gap="xl">
        <MyTrainingCards />
        <CheckInsDueNotice />
        {membership.can['programs.manage'] ||
        membership.can['members.manage'] ||
        membership.can['training.deliver'] ? (
          <ActionsSection organisationId={membership.organisationId} />
        ) : null}
        <Section title={t('home.rolesTitle')}>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            {membership.roles.map((role: Role) => (
              <RoleGuide key={role} role={role} can={membership.can} />
            ))}
          </SimpleGrid>
        </Section>
        <ProgramsSection organisationId={membership.organisationId} />
        <Section title={t('home.accountTitle')}>
          <Paper withBorder p="md">
            <Group justify="space-between" wrap="wrap" gap="sm">
              <Stack gap={2} miw={0}>
                <Text fw={600}>{me?.user.name}</Text>
                <Text size="sm" c="dimmed" className="break-anywhere">
                  {me?.user.email}
                </Text>
              </Stack>
              <Anchor component={Link} to="/settings">
                {t('home.accountLink')}
              </Anchor>
            </Group>
          </Paper>
        </Section>
      </Stack>
    </>
  );
}

function ActionsSection({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const membership = useMembership();
  const manages = membership.can['programs.manage'] || membership.can['members.manage'];
  const actions = useHomeActions(organisationId, manages);
  const training = useTrainingActions();

  let content: ReactNode;
  if ((manages && actions.isPending) || training.pending) {
    content = (
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        <Skeleton h={120} />
        <Skeleton h={120} />
      </SimpleGrid>
    );
  } else if (actions.isError) {
    content = <QueryError error={actions.error} onRetry={() => void actions.refetch()} />;
  } else {
    const all: CountAction[] = [
      ...training.actions,
      ...(actions.data ?? []).map((action) => ({
        key: action.kind,
        count: action.count,
        text: t(`home.actions.${action.kind}`, { count: action.count }),
        link: t(`home.actionLinks.${action.kind}`),
        to: actionTargets[action.kind],
      })),
    ];
    const waiting = all.filter((action) => action.key !== 'programs_published' && action.count > 0);
    content = (
      <>
        {waiting.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('home.nothingWaiting')}
          </Text>
        )}
        <SimpleGrid cols={{ base: 2, md: 4 }} spacing={{ base: 'xs', sm: 'md' }}>
          {all.map((action) => (
            <ActionCard key={action.key} action={action} />
          ))}
        </SimpleGrid>
      </>
    );
  }
  return <Section title={t('home.actionsTitle')}>{content}</Section>;
}

function ActionCard({ action }: { action: CountAction }) {
  const format = useFormat();
  return (
    <Card component={Link} to={action.to} withBorder padding="md" className="action-card">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Text fz={{ base: 26, sm: 32 }} fw={700} lh={1.1} c="mentorTeal.9">
          {format.number(action.count)}
        </Text>
        <Box hiddenFrom="sm" c="mentorTeal.8" lh={1}>
          <ArrowRightIcon size={18} />
        </Box>
      </Group>
      <Text size="sm" mt={4} style={{ flexGrow: 1 }}>
        {action.text}
      </Text>
      {/* On a phone the whole card is the link; the arrow above says so. */}
      <Group gap={4} mt="xs" c="mentorTeal.8" fw={600} fz="sm" visibleFrom="sm">
        <span>{action.link}</span>
        <ArrowRightIcon size={14} />
      </Group>
    </Card>
  );
}

function ProgramsSection({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const membership = useMembership();
  const programs = usePrograms(organisationId, 'published');
  const items = programs.data?.pages.flatMap((page) => page.items) ?? [];

  let content: ReactNode;
  if (programs.isPending) {
    content = (
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Skeleton h={220} />
        <Skeleton h={220} />
      </SimpleGrid>
    );
  } else if (programs.isError) {
    content = <QueryError error={programs.error} onRetry={() => void programs.refetch()} />;
  } else if (items.length === 0) {
    content = (
      <Paper withBorder p="xl">
        <EmptyState
          icon={<ProgramsIcon size={28} />}
          withIndicatorBackground
          title={t('home.noPrograms')}
          description={
            membership.can['programs.manage']
              ? t('home.noProgramsManage')
              : t('home.noProgramsHelp')
          }
        >
          {membership.can['programs.manage'] && (
            <Button component={Link} to="/programs/new" mt="md">
              {t('programs.new')}
            </Button>
          )}
        </EmptyState>
      </Paper>
    );
  } else {
    content = (
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        {items.map((program) => (
          <Card key={program.id} withBorder padding="lg">
            <Stack gap="xs" mb="md">
              <Badge variant="light" tt="none" radius="sm" w="fit-content">
                {t(`programTypes.${program.type}`)}
              </Badge>
              <Title order={3} fz="h4">
                <Anchor component={Link} to={`/programs/${program.id}`} inherit>
                  {program.name}
                </Anchor>
              </Title>
              {program.description && (
                <Text size="sm" c="dimmed" lineClamp={3}>
                  {program.description}
                </Text>
              )}
            </Stack>
            <ProgramFacts settings={program} />
          </Card>
        ))}
      </SimpleGrid>
    );
  }
  return <Section title={t('home.programsTitle')}>{content}</Section>;
}
