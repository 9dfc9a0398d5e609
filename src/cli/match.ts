import { readFile, writeFile } from 'node:fs/promises';
import { parseEdgeFile } from '../matching/edges';
import { InstanceError, parseInstance } from '../matching/instance';
import { matchInstance } from '../matching/match';

const usage = `Usage: mentorpath match --in instance.json [--edges instance.edges.json] --out result.json

Finds a maximum-score mentor–mentee matching (SCORING.md v1), writes the pairs with their score
terms to --out and prints {"optimalScore","matched","seconds","scoringSeconds"} on stdout.
  --in     the instance (mentors, mentees)
  --edges  precomputed feasible pairs; scored from the profiles when omitted
  --out    where to write the result JSON
`;

export interface CliOutput {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const processOutput: CliOutput = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** Instances at least this large (mentors × mentees) report progress on stderr. */
const PROGRESS_PAIRS = 10_000_000;

class UsageError extends Error {}
/** Bad input data: reported on one line, exit code 2. */
class InputError extends Error {}

interface MatchArgs {
  instancePath: string;
  edgesPath?: string;
  outPath: string;
}

function parseArgs(argv: string[]): MatchArgs | 'help' {
  const values = new Map<string, string>();
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k] as string;
    if (arg === '--help' || arg === '-h') return 'help';
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s) : [arg];
    if (flag !== '--in' && flag !== '--edges' && flag !== '--out') {
      throw new UsageError(`unknown argument ${arg}`);
    }
    const value = inline ?? argv[++k];
    if (value === undefined || value === '' || (inline === undefined && value.startsWith('--'))) {
      throw new UsageError(`${flag} needs a file path`);
    }
    if (values.has(flag)) throw new UsageError(`${flag} given twice`);
    values.set(flag, value);
  }
  const instancePath = values.get('--in');
  const outPath = values.get('--out');
  if (instancePath === undefined) throw new UsageError('--in is required');
  if (outPath === undefined) throw new UsageError('--out is required');
  return { instancePath, edgesPath: values.get('--edges'), outPath };
}

async function readJson(path: string, what: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new InputError(`cannot read the ${what} ${path} (${code})`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError(`the ${what} ${path} is not valid JSON: ${(error as Error).message}`);
  }
}

const round = (seconds: number): number => Math.round(seconds * 10_000) / 10_000;

/** `mentorpath match …`; argv are the arguments after `match`. Returns the exit code. */
export async function runMatchCli(
  argv: string[],
  output: CliOutput = processOutput,
): Promise<number> {
  let args: MatchArgs | 'help';
  try {
    args = parseArgs(argv);
  } catch (error) {
    output.stderr(`mentorpath match: ${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  if (args === 'help') {
    output.stdout(usage);
    return 0;
  }

  try {
    const instance = parseInstance(await readJson(args.instancePath, 'instance'));
    const { mentors, mentees } = instance;
    const large = mentors.length * mentees.length >= PROGRESS_PAIRS;
    const progress = (text: string): void => {
      if (large) output.stderr(`mentorpath match: ${text}\n`);
    };
    progress(`read ${mentors.length} mentors and ${mentees.length} mentees`);
    const edges =
      args.edgesPath === undefined
        ? undefined
        : parseEdgeFile(
            await readJson(args.edgesPath, 'edge file'),
            mentees.length,
            mentors.length,
          );

    let lastPercent = -1;
    const result = matchInstance(instance, {
      edges,
      onPhase: (phase, detail) => progress(`${phase}: ${detail}`),
      onProgress: (done, total) => {
        const percent = total === 0 ? 100 : Math.floor((100 * done) / total);
        if (percent >= lastPercent + 10 || (done === total && percent !== lastPercent)) {
          lastPercent = percent;
          progress(`solving: ${percent}% (${done} of ${total} mentees with candidates)`);
        }
      },
    });

    const document = {
      optimalScore: result.optimalScore,
      matched: result.matched,
      mentors: mentors.length,
      mentees: mentees.length,
      feasiblePairs: result.edgeCount,
      pairs: result.pairs,
    };
    try {
      await writeFile(args.outPath, `${JSON.stringify(document)}\n`);
    } catch (error) {
      output.stderr(
        `mentorpath match: cannot write ${args.outPath}: ${(error as Error).message}\n`,
      );
      return 1;
    }
    progress(`wrote ${result.matched} pairs to ${args.outPath}`);
    output.stdout(
      `${JSON.stringify({
        optimalScore: result.optimalScore,
        matched: result.matched,
        seconds: round(result.seconds),
        scoringSeconds: round(result.scoringSeconds),
      })}\n`,
    );
    return 0;
  } catch (error) {
    if (error instanceof InstanceError) {
      output.stderr(`mentorpath match: invalid input: ${error.message}\n`);
      return 2;
    }
    if (error instanceof InputError) {
      output.stderr(`mentorpath match: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
