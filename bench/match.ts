/**
 * Matching benchmark: `npm run bench:match`.
 *
 * Generates the S, M and L instances (seed 20240601) with the shared gen_instances.py into
 * bench/.instances/ when python3 with numpy is available, then for each size runs our solver in
 * a fresh child process (scoring timed separately, solving repeated, medians reported), one
 * plain `mentorpath match` run in another child for its peak RSS, and, when SciPy is
 * importable, solve_ref.py --method sparse on the same edges in the same run. Prints a table;
 * asserts nothing about time.
 *
 * Environment: MENTORPATH_SHARED (default ../shared/matching from the repo root),
 * BENCH_REPEAT (default 5), BENCH_SIZES (default S,M,L).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runMatchCli } from '../src/cli/match';
import { parseEdgeFile } from '../src/matching/edges';
import { greedyMatching } from '../src/matching/greedy';
import { parseInstance } from '../src/matching/instance';
import { computeEdges } from '../src/matching/scoring';
import { solveMatching } from '../src/matching/solver';
import { checkMatching } from '../src/matching/test-support';

const benchFile = fileURLToPath(import.meta.url);
const repoRoot = path.resolve(path.dirname(benchFile), '..');
const sharedDir = process.env.MENTORPATH_SHARED ?? path.resolve(repoRoot, '../shared/matching');
const instancesDir = path.join(repoRoot, 'bench/.instances');
const SEED = 20240601;
const repeat = Math.max(1, Number(process.env.BENCH_REPEAT ?? 5));
const sizes = (process.env.BENCH_SIZES ?? 'S,M,L').split(',').filter((s) => s !== '');

/** README.md of the shared matching folder, for when SciPy is not there to compare with. */
const REFERENCE_OPTIMUM: Record<string, { optimalScore: number; matched: number }> = {
  S: { optimalScore: 8495, matched: 196 },
  M: { optimalScore: 120451, matched: 2444 },
  L: { optimalScore: 645610, matched: 12360 },
};

interface ChildReport {
  size: string;
  mentors: number;
  mentees: number;
  edges: number;
  optimalScore: number;
  matched: number;
  seconds: number;
  runs: number[];
  scoringSeconds: number;
  greedyScore: number;
  peakRssMB: number;
  edgesMatchFile: boolean | null;
}

interface ScipyReport {
  optimalScore: number;
  matched: number;
  seconds: number;
  peakRssProcessMB: number;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

const seconds = (since: number): number => (performance.now() - since) / 1000;

/**
 * Median seconds of `repeat` timed calls, after untimed warm-up calls (at least one, more for
 * small inputs, up to a quarter second) so that the JIT has compiled the hot loops.
 */
function timed<T>(fn: () => T): { result: T; seconds: number; runs: number[] } {
  const warmUpStarted = performance.now();
  let result = fn();
  for (let k = 1; k < 200 && seconds(warmUpStarted) < 0.25; k++) result = fn();
  const runs: number[] = [];
  for (let r = 0; r < repeat; r++) {
    const started = performance.now();
    result = fn();
    runs.push(seconds(started));
  }
  return { result, seconds: median(runs), runs };
}

/** One size in this process: what a fresh `mentorpath match` process would do, repeated. */
function runChild(size: string): ChildReport {
  const instance = parseInstance(
    JSON.parse(readFileSync(path.join(instancesDir, `${size}.json`), 'utf8')),
  );
  const capacities = instance.mentors.map((mentor) => mentor.capacity);
  const menteeCount = instance.mentees.length;

  const scoring = timed(() => computeEdges(instance));
  const edges = scoring.result;
  const problem = { menteeCount, capacities, edges };
  const solving = timed(() => solveMatching(problem));
  const solution = solving.result;
  checkMatching(problem, solution);
  const greedy = greedyMatching(problem);
  checkMatching(problem, greedy);

  const edgeFile = path.join(instancesDir, `${size}.edges.json`);
  let edgesMatchFile: boolean | null = null;
  if (existsSync(edgeFile)) {
    const reference = parseEdgeFile(
      JSON.parse(readFileSync(edgeFile, 'utf8')),
      menteeCount,
      capacities.length,
    );
    const same = (a: Int32Array, b: Int32Array) =>
      a.length === b.length && a.every((value, k) => value === b[k]);
    edgesMatchFile =
      same(reference.mentee, edges.mentee) &&
      same(reference.mentor, edges.mentor) &&
      same(reference.score, edges.score);
  }
  return {
    size,
    mentors: capacities.length,
    mentees: menteeCount,
    edges: edges.mentee.length,
    optimalScore: solution.totalScore,
    matched: solution.matched,
    seconds: solving.seconds,
    runs: solving.runs,
    scoringSeconds: scoring.seconds,
    greedyScore: greedy.totalScore,
    peakRssMB: Number.NaN,
    edgesMatchFile,
  };
}

function python(args: string[], cwd?: string): { ok: boolean; stdout: string; stderr: string } {
  const result = spawnSync('python3', args, { cwd, encoding: 'utf8', maxBuffer: 1 << 26 });
  return { ok: result.status === 0, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
}

const canImport = (module: string): boolean => python(['-c', `import ${module}`]).ok;

function ensureInstances(withNumpy: boolean): string[] {
  mkdirSync(instancesDir, { recursive: true });
  const present = (size: string) =>
    existsSync(path.join(instancesDir, `${size}.json`)) &&
    existsSync(path.join(instancesDir, `${size}.edges.json`));
  const missing = sizes.filter((size) => !present(size));
  if (missing.length > 0 && withNumpy) {
    process.stderr.write(`generating ${missing.join(', ')} into ${instancesDir}…\n`);
    const generated = python([
      path.join(sharedDir, 'gen_instances.py'),
      '--out',
      instancesDir,
      '--sizes',
      missing.join(','),
      '--seed',
      String(SEED),
    ]);
    if (!generated.ok) process.stderr.write(`gen_instances.py failed:\n${generated.stderr}\n`);
  }
  if (!present('S') && sizes.includes('S')) {
    // without numpy, S still comes from the test fixtures
    for (const name of ['S.json', 'S.edges.json']) {
      copyFileSync(
        path.join(repoRoot, 'src/matching/fixtures', name),
        path.join(instancesDir, name),
      );
    }
  }
  return sizes.filter((size) => {
    if (present(size)) return true;
    process.stderr.write(`skipping ${size}: no instance (needs python3 with numpy)\n`);
    return false;
  });
}

/** Peak RSS of one plain `mentorpath match --in X.json --out …` run, in this process. */
async function runCliOnce(size: string): Promise<{ peakRssMB: number }> {
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'mentorpath-bench-')), 'result.json');
  const code = await runMatchCli(['--in', path.join(instancesDir, `${size}.json`), '--out', out], {
    stdout: () => {},
    stderr: () => {},
  });
  rmSync(path.dirname(out), { recursive: true, force: true });
  if (code !== 0) throw new Error(`mentorpath match failed on ${size} (exit ${code})`);
  return { peakRssMB: process.resourceUsage().maxRSS / 1024 };
}

function runChildProcess<T>(mode: string, size: string): T {
  const child = spawnSync(process.execPath, ['--import', 'tsx', benchFile, mode, size], {
    cwd: repoRoot,
    encoding: 'utf8',
    maxBuffer: 1 << 24,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (child.status !== 0) throw new Error(`benchmark ${mode} ${size} failed (${child.status})`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1) as string);
}

function runOurs(size: string): ChildReport {
  const report = runChildProcess<ChildReport>('--child', size);
  report.peakRssMB = runChildProcess<{ peakRssMB: number }>('--child-cli', size).peakRssMB;
  return report;
}

function runScipy(size: string): ScipyReport | null {
  const result = python(
    [
      path.join(sharedDir, 'solve_ref.py'),
      path.join(instancesDir, `${size}.json`),
      '--edges',
      path.join(instancesDir, `${size}.edges.json`),
      '--method',
      'sparse',
      '--repeat',
      String(repeat),
    ],
    sharedDir,
  );
  if (!result.ok) {
    process.stderr.write(`solve_ref.py failed on ${size}:\n${result.stderr}\n`);
    return null;
  }
  return JSON.parse(result.stdout.trim().split('\n').at(-1) as string);
}

const formatSeconds = (value: number): string => value.toFixed(value < 0.01 ? 5 : 4);

function table(rows: string[][]): string {
  const widths = (rows[0] as string[]).map((_, c) =>
    Math.max(...rows.map((row) => (row[c] as string).length)),
  );
  return rows
    .map((row, r) => {
      const line = row
        .map((cell, c) =>
          c === 0 ? cell.padEnd(widths[c] as number) : cell.padStart(widths[c] as number),
        )
        .join('  ');
      return r === 0 ? `${line}\n${widths.map((w) => '-'.repeat(w)).join('  ')}` : line;
    })
    .join('\n');
}

function main(): void {
  const withNumpy = canImport('numpy');
  const withScipy = withNumpy && canImport('scipy.sparse.csgraph');
  const available = ensureInstances(withNumpy);
  const rows: string[][] = [
    [
      'size',
      'optimalScore',
      'matched',
      'exact vs ref',
      'ours s',
      'scipy s',
      'ours/scipy',
      'peak RSS MB',
      'scipy RSS MB',
      'greedy % opt',
      'scoring s',
      'edges = file',
    ],
  ];
  for (const size of available) {
    process.stderr.write(`${size}: our solver…\n`);
    const ours = runOurs(size);
    let scipy: ScipyReport | null = null;
    if (withScipy) {
      process.stderr.write(`${size}: scipy sparse…\n`);
      scipy = runScipy(size);
    }
    const reference = scipy ?? REFERENCE_OPTIMUM[size];
    const exact =
      reference === undefined
        ? 'n/a'
        : reference.optimalScore === ours.optimalScore && reference.matched === ours.matched
          ? scipy === null
            ? 'yes (README)'
            : 'yes'
          : `no (${reference.optimalScore}/${reference.matched})`;
    rows.push([
      size,
      String(ours.optimalScore),
      String(ours.matched),
      exact,
      formatSeconds(ours.seconds),
      scipy === null ? 'n/a' : formatSeconds(scipy.seconds),
      scipy === null ? 'n/a' : (ours.seconds / scipy.seconds).toFixed(2),
      ours.peakRssMB.toFixed(0),
      scipy === null ? 'n/a' : scipy.peakRssProcessMB.toFixed(0),
      `${((100 * ours.greedyScore) / ours.optimalScore).toFixed(1)} %`,
      formatSeconds(ours.scoringSeconds),
      ours.edgesMatchFile === null ? 'n/a' : ours.edgesMatchFile ? 'yes' : 'NO',
    ]);
  }
  const load = loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
  process.stdout.write(
    `Mentorpath matching benchmark (node ${process.version}, medians of ${repeat} solves, load average ${load})\n` +
      `ours s: build graph + solve + extract pairs, as solve_ref.py's "seconds"; scoring s: all pairs from the profiles\n` +
      `peak RSS: one \`mentorpath match --in X.json --out …\` process (scoring included); scipy RSS: solve_ref.py process\n\n` +
      `${table(rows)}\n`,
  );
  if (!withScipy)
    process.stdout.write('\nSciPy is not importable: compared with README.md figures instead.\n');
}

const [mode, size] = process.argv.slice(2);
if (mode === '--child' && size !== undefined) {
  process.stdout.write(`${JSON.stringify(runChild(size))}\n`);
} else if (mode === '--child-cli' && size !== undefined) {
  process.stdout.write(`${JSON.stringify(await runCliOnce(size))}\n`);
} else {
  main();
}
