import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireDataDirLock, DataDirLockedError } from './lock';

let dir: string;
let lockFile: string;
const children: ChildProcess[] = [];

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mentorpath-lock-'));
  lockFile = path.join(dir, 'mentorpath.lock');
});
afterEach(() => {
  for (const child of children.splice(0)) child.kill();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A node process that runs until killed, or one that has already exited. */
async function otherProcess(keepRunning: boolean): Promise<number> {
  const child = spawn(process.execPath, ['-e', keepRunning ? 'setInterval(() => {}, 1000)' : ''], {
    stdio: 'ignore',
  });
  children.push(child);
  if (!keepRunning) await new Promise((resolve) => child.once('exit', resolve));
  if (!child.pid) throw new Error('no pid');
  return child.pid;
}

function lockedError(fn: () => unknown): DataDirLockedError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(DataDirLockedError);
    return error as DataDirLockedError;
  }
  throw new Error('expected the data directory to be locked');
}

describe('acquireDataDirLock', () => {
  it('writes our pid, refuses a second lock naming the directory, and release removes it', () => {
    const lock = acquireDataDirLock(dir);
    expect(fs.readFileSync(lockFile, 'utf8')).toBe(String(process.pid));
    const error = lockedError(() => acquireDataDirLock(dir));
    expect(error.message).toContain(dir);
    expect(error.message.split('\n')).toHaveLength(1);
    lock.release();
    expect(fs.existsSync(lockFile)).toBe(false);
    // Free again, and releasing twice is harmless.
    lock.release();
    acquireDataDirLock(dir).release();
  });

  it('refuses while another running process holds it, naming the directory and the pid', async () => {
    const pid = await otherProcess(true);
    fs.writeFileSync(lockFile, String(pid));
    const error = lockedError(() => acquireDataDirLock(dir));
    expect(error.message).toContain(dir);
    expect(error.message).toContain(`pid ${pid}`);
    expect(error.message).toMatch(/DATA_DIR/);
    expect(fs.readFileSync(lockFile, 'utf8')).toBe(String(pid));
  });

  it('takes over a lock left by a process that is gone', async () => {
    const pid = await otherProcess(false);
    fs.writeFileSync(lockFile, String(pid));
    const lock = acquireDataDirLock(dir);
    expect(fs.readFileSync(lockFile, 'utf8')).toBe(String(process.pid));
    lock.release();
    expect(fs.existsSync(lockFile)).toBe(false);
  });

  it('takes over a lock file it cannot read a pid from', () => {
    fs.writeFileSync(lockFile, 'not a pid');
    const lock = acquireDataDirLock(dir);
    expect(fs.readFileSync(lockFile, 'utf8')).toBe(String(process.pid));
    lock.release();
  });

  it('does not remove a lock that another process has taken since', async () => {
    const lock = acquireDataDirLock(dir);
    const pid = await otherProcess(true);
    fs.writeFileSync(lockFile, String(pid));
    lock.release();
    expect(fs.readFileSync(lockFile, 'utf8')).toBe(String(pid));
  });
});
