import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net, { type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

/** `node bin/mentorpath.mjs serve` as an operator starts it. */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(root, 'bin/mentorpath.mjs');

interface Run {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

const running: ChildProcess[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const child of running.splice(0)) {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
    }
  }
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function serve(env: Record<string, string>): Run {
  const base = { ...process.env };
  for (const name of ['DATABASE_URL', 'PORT', 'HOST', 'DATA_DIR', 'PUBLIC_URL', 'SMTP_URL']) {
    delete base[name];
  }
  const child = spawn(process.execPath, [bin, 'serve'], {
    cwd: root,
    env: { ...base, MENTORPATH_DEMO: '0', LOG_LEVEL: 'warn', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { child, stdout: () => stdout, stderr: () => stderr, exited };
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) =>
      setTimeout(() => reject(new Error(`${what} took over ${ms} ms`)), ms),
    ),
  ]);
}

async function untilRunning(run: Run, ms: number) {
  const started = Date.now();
  while (!run.stdout().includes('Mentorpath is running')) {
    if (run.child.exitCode !== null) throw new Error(`the server exited: ${run.stderr()}`);
    if (Date.now() - started > ms) throw new Error(`the server did not start: ${run.stderr()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('mentorpath serve', () => {
  it('exits 1 with one line naming PORT when PORT is not a number', async () => {
    const run = serve({ PORT: 'abc' });
    expect(await within(run.exited, 30_000, 'exiting')).toBe(1);
    const lines = run.stderr().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^mentorpath: Invalid PORT="abc"/);
    expect(run.stdout()).toBe('');
  }, 40_000);

  it('refuses a second server on the same data directory with one clear line', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mentorpath-serve-'));
    dirs.push(dataDir);
    const first = serve({ DATA_DIR: dataDir, PORT: String(await freePort()) });
    await untilRunning(first, 60_000);

    const second = serve({ DATA_DIR: dataDir, PORT: String(await freePort()) });
    const code = await within(second.exited, 40_000, 'the second server exiting');
    expect(code).not.toBe(0);
    const lines = second.stderr().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`The data directory ${dataDir} is in use`);
    expect(second.stdout()).not.toContain('Mentorpath is running');

    // The first one is unharmed, and shuts down cleanly on SIGTERM, releasing the lock.
    expect(first.child.exitCode).toBeNull();
    first.child.kill('SIGTERM');
    expect(await within(first.exited, 20_000, 'shutting down')).toBe(0);
    expect(fs.existsSync(path.join(dataDir, 'mentorpath.lock'))).toBe(false);
  }, 120_000);
});
