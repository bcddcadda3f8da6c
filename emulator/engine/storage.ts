import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { closeSync, createWriteStream, fsyncSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { rename } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { EmulatorError, invalidParam } from '../errors';

/** wx docs: a private file's temporary link lasts ten minutes unless maxAge says otherwise. */
export const DEFAULT_TEMP_URL_MAX_AGE_S = 600;
/** getTempFileURL and deleteFile take at most 50 files a call. */
export const MAX_FILES_PER_CALL = 50;

/** fsync of a file or a folder (the folder, so a rename survives power loss too). */
function syncFile(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

export const fileNotExist = (cloudPath: string): EmulatorError => new EmulatorError('STORAGE_FILE_NONEXIST', `storage file not exists: ${cloudPath}`);

/** Who writes: a function or the console (admin, every right) or a client (mini-program) with its OPENID. */
export type StorageWriter = { admin: true } | { admin: false; openid: string };

const ADMIN: StorageWriter = { admin: true };

/** One object's metadata beside its bytes: its key, and the OPENID of the client that created it (null: admin). */
interface ObjectMeta {
  cloudPath: string;
  openid: string | null;
}

const HASHED_NAME = /^[0-9a-f]{64}$/;

/**
 * Cloud storage on disk with COS's flat key space: an object is `<root>/files/<sha256 of its key>` plus a `.json`
 * of its metadata, so `a` and `a/b` are two keys like any others (no folder can be squatted) and no disk path ever
 * shows in an answer. Written through `<root>/tmp`, fsynced and renamed, so a file is whole or absent, as durable
 * as the database. The write rule is the platform's default (所有用户可读，仅创建者可读写): a client overwrites only
 * what it created; a function (admin) writes anywhere. Temporary URLs are signed with a per-process secret.
 */
export class FileStorage {
  private readonly filesDir: string;
  private readonly tmpDir: string;
  private readonly secret = randomBytes(32);
  private readonly fileIdPrefix: string;

  constructor(root: string, envId: string) {
    this.filesDir = join(root, 'files');
    this.tmpDir = join(root, 'tmp');
    mkdirSync(this.filesDir, { recursive: true });
    mkdirSync(this.tmpDir, { recursive: true });
    // The cloud's bucket looks like `<hex of the env's first two letters>-<env>-<appid>`.
    const bucket = `${Buffer.from(envId.slice(0, 2)).toString('hex')}-${envId}-1250000000`;
    this.fileIdPrefix = `cloud://${envId}.${bucket}/`;
    this.flattenFolders();
  }

  fileIdOf(cloudPath: string): string {
    return this.fileIdPrefix + cloudPath;
  }

  /** The cloud path inside a fileID of this environment; another environment's file does not exist here. */
  cloudPathOf(fileId: string): string {
    if (!fileId.startsWith(this.fileIdPrefix)) throw fileNotExist(fileId);
    return fileId.slice(this.fileIdPrefix.length);
  }

  /** Rejects paths that name nothing or would break the temporary URL (`?`, `#`); keys are flat, so `a/b` beside `a` is fine. */
  validatePath(cloudPath: string): void {
    const segments = cloudPath.split('/');
    if (cloudPath === '' || cloudPath.length > 850 || /[?#]/.test(cloudPath) || cloudPath.includes('\u0000') || segments.some((segment) => segment === '' || segment === '.' || segment === '..')) {
      throw invalidParam(`invalid cloudPath: ${JSON.stringify(cloudPath)}`);
    }
  }

  /** Refuses a client's write over another's object (STORAGE_EXCEED_AUTHORITY), as the default rule does. */
  checkWrite(cloudPath: string, writer: StorageWriter): void {
    if (writer.admin) return;
    const owner = this.metaOf(cloudPath);
    if (owner && owner.openid !== writer.openid) throw new EmulatorError('STORAGE_EXCEED_AUTHORITY', 'storage write denied: only the creator may overwrite this file');
  }

  async put(cloudPath: string, body: Readable, writer: StorageWriter = ADMIN): Promise<number> {
    this.validatePath(cloudPath);
    this.checkWrite(cloudPath, writer);
    const target = this.diskPath(cloudPath);
    const temporary = join(this.tmpDir, randomBytes(12).toString('hex'));
    try {
      await pipeline(body, createWriteStream(temporary));
      syncFile(temporary);
      const existing = this.metaOf(cloudPath);
      const meta: ObjectMeta = { cloudPath, openid: existing ? existing.openid : writer.admin ? null : writer.openid };
      writeFileSync(`${temporary}.json`, JSON.stringify(meta));
      syncFile(`${temporary}.json`);
      await rename(`${temporary}.json`, `${target}.json`);
      await rename(temporary, target);
      syncFile(this.filesDir);
      return statSync(target).size;
    } catch (error) {
      rmSync(temporary, { force: true });
      rmSync(`${temporary}.json`, { force: true });
      if (error instanceof EmulatorError) throw error;
      throw new EmulatorError('STORAGE_REQUEST_FAIL', `cannot store ${cloudPath}`);
    }
  }

  /** The file on disk and its size, or undefined when there is no such file. */
  locate(cloudPath: string): { file: string; size: number } | undefined {
    this.validatePath(cloudPath);
    const file = this.diskPath(cloudPath);
    try {
      const stats = statSync(file);
      return stats.isFile() ? { file, size: stats.size } : undefined;
    } catch {
      return undefined;
    }
  }

  delete(cloudPath: string): void {
    const found = this.locate(cloudPath);
    if (!found) throw fileNotExist(cloudPath);
    unlinkSync(found.file);
    rmSync(`${found.file}.json`, { force: true });
    syncFile(this.filesDir);
  }

  /** Signs a URL for one purpose: an upload signature cannot serve a download, nor the reverse. */
  sign(purpose: 'put' | 'get', cloudPath: string, expiresAt: number): string {
    return createHmac('sha256', this.secret).update(`${purpose}\n${cloudPath}\n${expiresAt}`).digest('hex').slice(0, 32);
  }

  verify(purpose: 'put' | 'get', cloudPath: string, expiresAt: number, signature: string, nowSeconds: number): 'ok' | 'expired' | 'forged' {
    const expected = Buffer.from(this.sign(purpose, cloudPath, expiresAt));
    const given = Buffer.from(signature);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'forged';
    return nowSeconds > expiresAt ? 'expired' : 'ok';
  }

  clear(): void {
    rmSync(this.filesDir, { recursive: true, force: true });
    mkdirSync(this.filesDir, { recursive: true });
  }

  private diskPath(cloudPath: string): string {
    return join(this.filesDir, createHash('sha256').update(cloudPath).digest('hex'));
  }

  private metaOf(cloudPath: string): ObjectMeta | null {
    try {
      return JSON.parse(readFileSync(`${this.diskPath(cloudPath)}.json`, 'utf8')) as ObjectMeta;
    } catch {
      return null;
    }
  }

  /** A data folder written by an earlier version kept keys as nested folders: each file moves to its flat name once. */
  private flattenFolders(): void {
    for (const entry of readdirSync(this.filesDir, { withFileTypes: true, recursive: true })) {
      if (!entry.isFile() || (entry.parentPath === this.filesDir && (HASHED_NAME.test(entry.name) || HASHED_NAME.test(entry.name.replace(/\.json$/, ''))))) continue;
      const file = join(entry.parentPath, entry.name);
      const cloudPath = relative(this.filesDir, file).split(sep).join('/');
      renameSync(file, this.diskPath(cloudPath));
      writeFileSync(`${this.diskPath(cloudPath)}.json`, JSON.stringify({ cloudPath, openid: null } satisfies ObjectMeta));
    }
    for (const entry of readdirSync(this.filesDir, { withFileTypes: true })) {
      if (entry.isDirectory()) rmSync(join(this.filesDir, entry.name), { recursive: true, force: true });
    }
  }
}
