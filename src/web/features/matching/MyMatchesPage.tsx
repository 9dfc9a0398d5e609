import { Alert, Anchor, Badge, Button, Card, Group, Loader, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { messageOf } from '../../api/client';
import {
  type MyMatch,
  useAnswerMatch,
  useFirstMeeting,
  useMatchContact,
  useMyMatches,
} from '../../api/matching';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { MembersIcon } from '../../components/icons';
import { ListState } from '../../components/ListState';
import { notifyError, notifySaved } from '../../components/notify';
import { PageHeader } from '../../components/PageHeader';
import { useFormat } from '../../i18n/format';
import { useMembership } from '../organisation/OrganisationContext';
import { statusColor } from './ProgramMatches';

/**
 * A mentor's, a mentee's or a guardian's matches: proposals to accept or decline (a child's
 * is answered by the guardian), and active matches with the first meeting and contact.
 */
export function MyMatchesPage() {
  const { t } = useTranslation();
  const membership = useMembership();
  const mine = useMyMatches(membership.organisationId);
  const answer = useAnswerMatch(membership.organisationId);
  const [declining, setDeclining] = useState<MyMatch | null>(null);
  const items = (mine.data?.items ?? []).filter((m) => m.status !== 'declined');

  const respond = (match: MyMatch, kind: 'accept' | 'decline') =>
    answer.mutate(
      { matchId: match.id, answer: kind },
      {
        onSuccess: () => {
          notifySaved(
            kind === 'accept' ? t('matching.mine.acceptedNow') : t('matching.mine.declined'),
          );
          setDeclining(null);
        },
        onError: (error) => notifyError(error),
      },
    );

  return (
    <>
      <PageHeader title={t('matching.mine.title')} description={t('matching.mine.intro')} />
      <ListState
        query={mine}
        empty={t('matching.mine.empty')}
        emptyHelp={t('matching.mine.emptyHelp')}
        icon={<MembersIcon size={28} />}
        isEmpty={items.length === 0}
      >
        <Stack gap="md" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {items.map((match) => (
            <MyMatchCard
              key={match.id}
              match={match}
              busy={answer.isPending && answer.variables?.matchId === match.id}
              onAccept={() => respond(match, 'accept')}
              onDecline={() => setDeclining(match)}
            />
          ))}
        </Stack>
      </ListState>
      <ConfirmDialog
        opened={declining !== null}
        title={t('matching.mine.declineTitle')}
        confirmLabel={t('matching.mine.decline')}
        danger
        loading={answer.isPending}
        onConfirm={() => declining && respond(declining, 'decline')}
        onClose={() => setDeclining(null)}
      >
        {t('matching.mine.declineBody')}
      </ConfirmDialog>
    </>
  );
}

function MyMatchCard(props: {
  match: MyMatch;
  busy: boolean;
  onAccept: () => void;
  onDecline: () => void;
}) {
  const { t } = useTranslation();
  const { match } = props;
  const heading =
    match.role === 'mentor'
      ? t('matching.mine.asMentor', { name: match.menteeName })
      : match.role === 'guardian'
        ? t('matching.mine.asGuardian', { child: match.menteeName, name: match.mentorName })
        : t('matching.mine.asMentee', { name: match.mentorName });
  return (
    <Card withBorder component="li" padding="md" data-testid="my-match">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Text fw={600} component="h2" fz="md" m={0} style={{ overflowWrap: 'anywhere' }}>
            {heading}
          </Text>
          <Badge color={statusColor[match.status]} variant="light">
            {t(`matching.matches.status.${match.status}`)}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          {t('matching.mine.program', { name: match.programName })}
        </Text>
        {match.status === 'proposed' && match.awaitingMe && (
          <>
            <Text size="sm">
              {match.role === 'guardian'
                ? t('matching.mine.proposedGuardianHelp')
                : t('matching.mine.proposedHelp')}
            </Text>
            <Group gap="sm">
              <Button onClick={props.onAccept} loading={props.busy}>
                {t('matching.mine.accept')}
              </Button>
              <Button variant="default" onClick={props.onDecline} disabled={props.busy}>
                {t('matching.mine.decline')}
              </Button>
            </Group>
          </>
        )}
        {match.status === 'proposed' && !match.awaitingMe && (
          <Text size="sm">{t('matching.mine.waitingOther')}</Text>
        )}
        {match.status === 'active' && <ActiveDetails match={match} />}
        {(match.status === 'active' || match.status === 'closed') && (
          <Anchor component={Link} to={`/matches/${match.id}`} size="sm">
            {t('relationships.open')}
          </Anchor>
        )}
        {match.status === 'closed' && <Text size="sm">{t('matching.mine.closed')}</Text>}
      </Stack>
    </Card>
  );
}

function ActiveDetails({ match }: { match: MyMatch }) {
  const { t } = useTranslation();
  const format = useFormat();
  const meeting = useFirstMeeting(match.id);
  const contact = useMatchContact(match.id, true);
  const first = meeting.data?.firstMeeting;
  const people = contact.data
    ? (
        [
          ['contactMentor', contact.data.mentor],
          ['contactMentee', contact.data.mentee],
          ['contactGuardian', contact.data.guardian],
        ] as const
      ).filter(([, person]) => person !== null)
    : [];
  return (
    <Stack gap="xs">
      <Text size="sm" fw={600}>
        {first?.at && first.place
          ? t('matching.mine.firstMeeting', { when: format.when(first.at), place: first.place })
          : t('matching.mine.noFirstMeeting')}
      </Text>
      <Text size="sm" fw={600} mt={4}>
        {t('matching.mine.contact')}
      </Text>
      {contact.isPending && <Loader size="sm" aria-label={t('common.loading')} />}
      {contact.isError && (
        <Alert color="orange" p="xs">
          {messageOf(contact.error)}
        </Alert>
      )}
      {people.map(([label, person]) =>
        person ? (
          <Text key={label} size="sm" style={{ overflowWrap: 'anywhere' }}>
            {t(`matching.mine.${label}`)}: {person.name}
            {person.email ? ` · ${t('matching.mine.email')}: ${person.email}` : ''}
            {person.phone ? ` · ${t('matching.mine.phone')}: ${person.phone}` : ''}
          </Text>
        ) : null,
      )}
    </Stack>
  );
}
