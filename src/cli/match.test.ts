import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runMatchCli } from './match';

const fixture = (name: string): string =>
  readFileSync(new URL(`../matching/fixtures/${name}`, import.meta.url), 'utf8');

const dir = mkdtempSync(join(tmpdir(), 'mentorpath-match-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const file = (name: string, content: string): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

const instancePath = file('S.json', fixture('S.json'));
const edgesPath = file('S.edges.json', fixture('S.edges.json'));

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runMatchCli(argv, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  });
  return { code, stdout, stderr };
}

interface ResultFile {
  optimalScore: number;
  matched: number;
  pairs: {
    mentee: string;
    mentor: string;
    score: number;
    terms: Record<string, { points: number } | number>;
  }[];
}

describe('mentorpath match', () => {
  it('solves S from the profiles and writes the explained pairs', async () => {
    const out = join(dir, 'scored.json');
    const { code, stdout, stderr } = await run(['--in', instancePath, '--out', out]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    const summary = JSON.parse(lines[0] as string);
    expect(Object.keys(summary)).toEqual(['optimalScore', 'matched', 'seconds', 'scoringSeconds']);
    expect(summary).toMatchObject({ optimalScore: 8495, matched: 196 });
    expect(summary.seconds).toBeGreaterThanOrEqual(0);
    expect(summary.scoringSeconds).toBeGreaterThanOrEqual(0);

    const result: ResultFile = JSON.parse(readFileSync(out, 'utf8'));
    expect(result.optimalScore).toBe(8495);
    expect(result.pairs).toHaveLength(196);
    expect(result.pairs.reduce((sum, pair) => sum + pair.score, 0)).toBe(8495);
    expect(new Set(result.pairs.map((pair) => pair.mentee)).size).toBe(196);
    expect(result.pairs[0]?.terms).toHaveProperty('interests.shared');
  });

  it('uses an edge file when given, with zero scoring time', async () => {
    const out = join(dir, 'edges.json');
    const { code, stdout } = await run([
      '--in',
      instancePath,
      '--edges',
      edgesPath,
      `--out=${out}`,
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      optimalScore: 8495,
      matched: 196,
      scoringSeconds: 0,
    });
  });

  it('shows progress on stderr for a large instance, keeping stdout to one line', async () => {
    const s = JSON.parse(fixture('S.json'));
    const copies = <T extends { id: string }>(people: T[], times: number): T[] =>
      Array.from({ length: times }, (_, copy) =>
        people.map((person) => ({ ...person, id: `${person.id}-${copy}` })),
      ).flat();
    // 3,200 × 3,200 candidate pairs is above the progress threshold
    const large = { mentors: copies(s.mentors, 16), mentees: copies(s.mentees, 8) };
    const { code, stdout, stderr } = await run([
      '--in',
      file('large.json', JSON.stringify(large)),
      '--out',
      join(dir, 'large.result.json'),
    ]);
    expect(code).toBe(0);
    expect(stdout.trimEnd().split('\n')).toHaveLength(1);
    const progress = stderr.trimEnd().split('\n');
    expect(progress.every((line) => line.startsWith('mentorpath match: '))).toBe(true);
    expect(stderr).toContain('scoring: 3200 mentees × 3200 mentors');
    expect(stderr).toContain('solving: 100%');
  });

  it('rejects a malformed instance with one line naming the record and field', async () => {
    const broken = JSON.parse(fixture('S.json'));
    broken.mentors[17].availability = [12, 3];
    const out = join(dir, 'never.json');
    const { code, stdout, stderr } = await run([
      '--in',
      file('broken.json', JSON.stringify(broken)),
      '--out',
      out,
    ]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'mentorpath match: invalid input: mentors[17].availability: expected sorted unique integers 0..167\n',
    );
    expect(existsSync(out)).toBe(false);
  });

  it('rejects an edge file that does not fit the instance', async () => {
    const edges = JSON.parse(fixture('S.edges.json'));
    edges.mentor[3] = 200;
    const { code, stderr } = await run([
      '--in',
      instancePath,
      '--edges',
      file('bad.edges.json', JSON.stringify(edges)),
      '--out',
      join(dir, 'never.json'),
    ]);
    expect(code).toBe(2);
    expect(stderr).toBe(
      'mentorpath match: invalid input: edges.mentor[3]: expected a mentor index 0..199\n',
    );
  });

  it('rejects files that are missing or not JSON', async () => {
    const missing = await run(['--in', join(dir, 'nope.json'), '--out', join(dir, 'x.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(
      /^mentorpath match: cannot read the instance .*nope\.json \(ENOENT\)\n$/,
    );
    const garbled = await run([
      '--in',
      file('garbled.json', '{"mentors": ['),
      '--out',
      join(dir, 'x.json'),
    ]);
    expect(garbled.code).toBe(2);
    expect(garbled.stderr).toMatch(
      /^mentorpath match: the instance .*garbled\.json is not valid JSON/,
    );
    expect(garbled.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('prints usage and exits 2 on missing or unknown arguments', async () => {
    for (const argv of [
      [],
      ['--in', instancePath],
      ['--out', 'x.json'],
      ['--in'],
      ['--in', instancePath, '--out', 'x', '--fast'],
      ['--in', '--out', 'x.json'],
    ]) {
      const { code, stdout, stderr } = await run(argv);
      expect(code, argv.join(' ')).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toContain('Usage: mentorpath match --in instance.json');
    }
  });

  it('exits 1 when the result cannot be written', async () => {
    const { code, stdout, stderr } = await run([
      '--in',
      instancePath,
      '--edges',
      edgesPath,
      '--out',
      dir,
    ]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^mentorpath match: cannot write /);
  });

  it('prints usage on --help', async () => {
    const { code, stdout } = await run(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: mentorpath match');
  });
});
