import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = path.join(root, 'dist/web');
const inputs = ['src/web', 'src/contracts', 'index.html', 'vite.config.ts', 'package-lock.json'];

function newestMtime(target: string): number {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs
    .readdirSync(target)
    .reduce((newest, name) => Math.max(newest, newestMtime(path.join(target, name))), stat.mtimeMs);
}

/** Builds the React app with Vite when dist/web is missing or older than its sources. */
export async function buildWebIfStale(options: { force?: boolean } = {}): Promise<boolean> {
  const built = path.join(outDir, 'index.html');
  const builtAt = fs.existsSync(built) ? fs.statSync(built).mtimeMs : 0;
  const sourcesAt = Math.max(...inputs.map((input) => newestMtime(path.join(root, input))));
  if (!options.force && builtAt > sourcesAt) return false;
  let vite: typeof import('vite');
  try {
    vite = await import('vite');
  } catch {
    throw new Error(
      'The web app is not built and Vite is not installed: run npm install, then npm run build',
    );
  }
  process.stdout.write('Building the web app…\n');
  await vite.build({ root, configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
  return true;
}
