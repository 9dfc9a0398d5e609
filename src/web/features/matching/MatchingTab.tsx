import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  List,
  Menu,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { matchingTerms } from '../../../contracts/match-suggestions';
import { ApiError } from '../../api/client';
import {
  type Exclusion,
  type LeftOut,
  type PairRef,
  type Suggestion,
  type SuggestionsResponse,
  useAcceptSuggestions,
  useExclude,
  useExclusions,
  useLiftExclusion,
  useMatchingSettings,
  useSaveMatchingSettings,
  useSuggest,
  type Weights,
} from '../../api/matching';
import type { Program } from '../../api/programs';
import { notifyError, notifySaved } from '../../components/notify';
import { ProgramMatches } from './ProgramMatches';

const samePair = (a: PairRef, b: PairRef) => a.mentorId === b.mentorId && a.menteeId === b.menteeId;
const keyOf = (p: PairRef) => `${p.mentorId}:${p.menteeId}`;

/**
 * The program's matching: weights, suggestions for the whole waiting cohort with their
 * reasons, locks and exclusions, accepting some or all, who is left out and why, and the
 * program's proposed and active matches with their first meeting.
 */
export function MatchingTab({ program }: { program: Program }) {
  const { t } = useTranslation();
  const settings = useMatchingSettings(program.id);
  const saveSettings = useSaveMatchingSettings(program.id);
  const suggest = useSuggest(program.id);
  const accept = useAcceptSuggestions(program.id);
  const exclude = useExclude(program.id);
  const [weights, setWeights] = useState<Weights | null>(null);
  const [locks, setLocks] = useState<PairRef[]>([]);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [result, setResult] = useState<SuggestionsResponse | null>(null);

  useEffect(() => {
    if (settings.data && weights === null) setWeights(settings.data.weights);
  }, [settings.data, weights]);

  const run = (nextLocks = locks) => {
    suggest.mutate(
      { locks: nextLocks, weights: weights ?? undefined },
      {
        onSuccess: (data) => {
          setResult(data);
          setSelected(new Set(data.suggestions.map(keyOf)));
        },
        onError: (error) => {
          const lock = lockOf(error);
          if (lock) {
            // Drop the lock that cannot hold, and say which it was.
            const names = namesOf(result, lock);
            notifyError(error, t('matching.tab.lockFailed', names));
            setLocks(nextLocks.filter((l) => !samePair(l, lock)));
          } else {
            notifyError(error);
          }
        },
      },
    );
  };

  const toggleLock = (pair: Suggestion) => {
    const next = locks.some((l) => samePair(l, pair))
      ? locks.filter((l) => !samePair(l, pair))
      : [...locks, { mentorId: pair.mentorId, menteeId: pair.menteeId }];
    setLocks(next);
    run(next);
  };

  const excludeAndRun = (ids: { mentorId?: string; menteeId?: string }) => {
    exclude.mutate(ids, {
      onSuccess: () => {
        notifySaved(t('matching.tab.excluded'));
        const next = locks.filter(
          (l) => l.mentorId !== ids.mentorId && l.menteeId !== ids.menteeId,
        );
        setLocks(next);
        run(next);
      },
      onError: (error) => notifyError(error),
    });
  };

  const chosen = result?.suggestions.filter((s) => selected.has(keyOf(s))) ?? [];
  const acceptChosen = () => {
    accept.mutate(
      chosen.map((s) => ({
        mentorId: s.mentorId,
        menteeId: s.menteeId,
        score: s.score,
        reasons: s.reasons,
      })),
      {
        onSuccess: (data) => {
          notifySaved(t('matching.tab.accepted', { count: data.matches.length }));
          setLocks([]);
          run([]);
        },
        onError: (error) => {
          const pair = pairOf(error);
          notifyError(
            error,
            pair ? t('matching.tab.acceptFailed', namesOf(result, pair)) : undefined,
          );
        },
      },
    );
  };

  return (
    <Stack gap="lg">
      <Text c="dimmed" size="sm">
        {t('matching.tab.intro')}
      </Text>
      {weights && (
        <WeightsCard
          weights={weights}
          onChange={setWeights}
          saving={saveSettings.isPending}
          onSave={() =>
            saveSettings.mutate(weights, {
              onSuccess: () => notifySaved(t('matching.weights.saved')),
              onError: (error) => notifyError(error),
            })
          }
        />
      )}
      <Group gap="sm">
        <Button onClick={() => run()} loading={suggest.isPending} disabled={!weights}>
          {result ? t('matching.tab.rerun') : t('matching.tab.find')}
        </Button>
      </Group>

      {result && (
        <Stack gap="md">
          <Group justify="space-between" align="center" wrap="wrap" gap="sm">
            <Title order={2} fz="h4">
              {t('matching.tab.pairs')}
            </Title>
            <Text size="sm" c="dimmed" aria-live="polite">
              {t('matching.tab.summary', {
                pairs: result.suggestions.length,
                score: result.totalScore,
                unmatched: result.unmatchedMenteeIds.length,
              })}
            </Text>
          </Group>
          {result.suggestions.length === 0 ? (
            <Alert color="gray" title={t('matching.tab.noSuggestions')}>
              {t('matching.tab.noSuggestionsHelp')}
            </Alert>
          ) : (
            <>
              <Group justify="space-between" wrap="wrap" gap="sm">
                <Checkbox
                  label={t('matching.tab.selectAll')}
                  checked={chosen.length === result.suggestions.length}
                  indeterminate={chosen.length > 0 && chosen.length < result.suggestions.length}
                  onChange={(event) =>
                    setSelected(
                      event.currentTarget.checked
                        ? new Set(result.suggestions.map(keyOf))
                        : new Set(),
                    )
                  }
                />
                <Button
                  onClick={acceptChosen}
                  loading={accept.isPending}
                  disabled={chosen.length === 0}
                >
                  {t('matching.tab.accept', { count: chosen.length })}
                </Button>
              </Group>
              <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
                {result.suggestions.map((pair) => (
                  <PairCard
                    key={keyOf(pair)}
                    pair={pair}
                    selected={selected.has(keyOf(pair))}
                    busy={suggest.isPending || exclude.isPending}
                    onSelect={(on) => {
                      const next = new Set(selected);
                      if (on) next.add(keyOf(pair));
                      else next.delete(keyOf(pair));
                      setSelected(next);
                    }}
                    onLock={() => toggleLock(pair)}
                    onExclude={excludeAndRun}
                  />
                ))}
              </Stack>
            </>
          )}
          <LeftOutList programId={program.id} leftOut={result.leftOut} />
        </Stack>
      )}
      {!result && (
        <Text size="sm" c="dimmed">
          {t('matching.tab.notRun')}
        </Text>
      )}
      <ExclusionsList programId={program.id} onChange={() => result && run()} />
      <ProgramMatches programId={program.id} />
    </Stack>
  );
}

function WeightsCard(props: {
  weights: Weights;
  onChange: (weights: Weights) => void;
  onSave: () => void;
  saving: boolean;
}) {
  const { t } = useTranslation();
  const levels = [0, 1, 2, 3].map((level) => ({
    value: String(level),
    label: t(`matching.weights.level${level as 0 | 1 | 2 | 3}`),
  }));
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} fz="h4">
          {t('matching.weights.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('matching.weights.help')}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
          {matchingTerms.map((term) => (
            <Stack key={term} gap={4} role="group" aria-labelledby={`weight-${term}`}>
              <Text id={`weight-${term}`} size="sm" fw={600}>
                {t(`matching.weights.${term}`)}
              </Text>
              <Text size="xs" c="dimmed">
                {t(`matching.weights.${term}Help`)}
              </Text>
              <SegmentedControl
                fullWidth
                data={levels}
                value={String(props.weights[term])}
                onChange={(value) => props.onChange({ ...props.weights, [term]: Number(value) })}
                aria-label={t(`matching.weights.${term}`)}
              />
            </Stack>
          ))}
        </SimpleGrid>
        <Group>
          <Button variant="default" onClick={props.onSave} loading={props.saving}>
            {t('matching.weights.save')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function PairCard(props: {
  pair: Suggestion;
  selected: boolean;
  busy: boolean;
  onSelect: (on: boolean) => void;
  onLock: () => void;
  onExclude: (ids: { mentorId?: string; menteeId?: string }) => void;
}) {
  const { t } = useTranslation();
  const { pair } = props;
  const names = { mentor: pair.mentorName, mentee: pair.menteeName };
  return (
    <Card withBorder component="li" padding="md" data-testid="suggestion">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Checkbox
            checked={props.selected}
            onChange={(event) => props.onSelect(event.currentTarget.checked)}
            label={
              <Text fw={600} component="span" style={{ overflowWrap: 'anywhere' }}>
                {t('matching.tab.pairLabel', names)}
              </Text>
            }
          />
          <Group gap={6} wrap="nowrap">
            {pair.locked && <Badge color="mentorTeal">{t('matching.tab.locked')}</Badge>}
            <Badge variant="light" color="gray">
              {t('matching.tab.score', { score: pair.score })}
            </Badge>
          </Group>
        </Group>
        <Text size="xs" c="dimmed">
          {t('matching.tab.mentor')}: {pair.mentorName} · {t('matching.tab.mentee')}:{' '}
          {pair.menteeName}
        </Text>
        <Text size="sm" fw={600} mt={4}>
          {t('matching.tab.reasons')}
        </Text>
        <List size="sm" spacing={2}>
          {pair.reasons.map((reason) => (
            <List.Item key={reason}>{reason}</List.Item>
          ))}
        </List>
        <Group gap="xs" mt={4}>
          <Button
            size="xs"
            variant={pair.locked ? 'filled' : 'default'}
            onClick={props.onLock}
            disabled={props.busy}
            aria-pressed={pair.locked}
          >
            {pair.locked ? t('matching.tab.unlock') : t('matching.tab.lock')}
          </Button>
          <Menu position="bottom-start" withinPortal>
            <Menu.Target>
              <Button
                size="xs"
                variant="default"
                disabled={props.busy}
                aria-label={t('matching.tab.excludeMenu', names)}
              >
                {t('matching.tab.exclude')}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item
                onClick={() =>
                  props.onExclude({ mentorId: pair.mentorId, menteeId: pair.menteeId })
                }
              >
                {t('matching.tab.excludePair')}
              </Menu.Item>
              <Menu.Item onClick={() => props.onExclude({ mentorId: pair.mentorId })}>
                {t('matching.tab.excludeMentor', { name: pair.mentorName })}
              </Menu.Item>
              <Menu.Item onClick={() => props.onExclude({ menteeId: pair.menteeId })}>
                {t('matching.tab.excludeMentee', { name: pair.menteeName })}
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        </Group>
      </Stack>
    </Card>
  );
}

function LeftOutList({ programId, leftOut }: { programId: string; leftOut: LeftOut[] }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Title order={2} fz="h4">
          {t('matching.leftOut.title')}
        </Title>
        {leftOut.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('matching.leftOut.none')}
          </Text>
        ) : (
          <>
            <Text size="sm" c="dimmed">
              {t('matching.leftOut.help')}
            </Text>
            <List size="sm" spacing={4}>
              {leftOut.map((person) => (
                <List.Item key={`${person.side}:${person.id}`}>
                  <Text span fw={600}>
                    {person.name}
                  </Text>{' '}
                  <Text span c="dimmed">
                    ({t(`matching.leftOut.${person.side}`)})
                  </Text>
                  {': '}
                  {t(`matching.leftOut.${person.reason}`, { place: person.place ?? '' })}
                  {person.blockers.length > 0 && (
                    <>
                      {' '}
                      ({person.blockers.map((b) => t(`blockers.${b}`)).join('; ')}){' '}
                      <Anchor component={Link} to={`/programs/${programId}/mentors`}>
                        {t('matching.leftOut.mentorsTab')}
                      </Anchor>
                    </>
                  )}
                </List.Item>
              ))}
            </List>
          </>
        )}
      </Stack>
    </Paper>
  );
}

function ExclusionsList({ programId, onChange }: { programId: string; onChange: () => void }) {
  const { t } = useTranslation();
  const exclusions = useExclusions(programId);
  const lift = useLiftExclusion(programId);
  const items = exclusions.data?.items ?? [];
  const who = (e: Exclusion) =>
    [
      e.mentorName ?? t('matching.exclusions.everyone'),
      e.menteeName ?? t('matching.exclusions.everyone'),
    ].join(' ↔ ');
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Title order={2} fz="h4">
          {t('matching.exclusions.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('matching.exclusions.help')}
        </Text>
        {items.length === 0 ? (
          <Text size="sm">{t('matching.exclusions.empty')}</Text>
        ) : (
          <Stack gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {items.map((e) => (
              <Group key={e.id} component="li" justify="space-between" gap="xs" wrap="wrap">
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  <Badge
                    size="sm"
                    variant="light"
                    color={e.reason === 'declined' ? 'orange' : 'gray'}
                    mr={6}
                  >
                    {t(`matching.exclusions.${e.reason}`)}
                  </Badge>
                  {who(e)}
                </Text>
                {e.reason === 'coordinator' && (
                  <Button
                    size="xs"
                    variant="subtle"
                    loading={
                      lift.isPending &&
                      lift.variables?.mentorId === e.mentorId &&
                      lift.variables?.menteeId === e.menteeId
                    }
                    aria-label={t('matching.exclusions.liftLabel', { who: who(e) })}
                    onClick={() =>
                      lift.mutate(
                        { mentorId: e.mentorId, menteeId: e.menteeId },
                        {
                          onSuccess: () => {
                            notifySaved(t('matching.exclusions.lifted'));
                            onChange();
                          },
                          onError: (error) => notifyError(error),
                        },
                      )
                    }
                  >
                    {t('matching.exclusions.lift')}
                  </Button>
                )}
              </Group>
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

/** The lock named by a 422 from the suggestions (`details.lock`), if any. */
function lockOf(error: unknown): PairRef | null {
  if (!(error instanceof ApiError)) return null;
  const lock = error.details.lock as PairRef | undefined;
  return lock?.mentorId && lock.menteeId ? lock : null;
}

/** The pair named by a 422 from accepting (`details.pair`), if any. */
function pairOf(error: unknown): PairRef | null {
  if (!(error instanceof ApiError)) return null;
  const pair = error.details.pair as PairRef | undefined;
  return pair?.mentorId && pair.menteeId ? pair : null;
}

function namesOf(result: SuggestionsResponse | null, pair: PairRef) {
  const found = result?.suggestions.find(
    (s) => s.mentorId === pair.mentorId || s.menteeId === pair.menteeId,
  );
  const mentor = result?.suggestions.find((s) => s.mentorId === pair.mentorId)?.mentorName;
  const mentee = result?.suggestions.find((s) => s.menteeId === pair.menteeId)?.menteeName;
  return { mentor: mentor ?? found?.mentorName ?? '?', mentee: mentee ?? found?.menteeName ?? '?' };
}
