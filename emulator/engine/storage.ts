import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { createWriteStream, mkdirSync, rmSync, rmdirSync, statSync, unlinkSync } from 'node:fs';
import { rename } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { EmulatorError, invalidParam } from '../errors';

/** wx docs: a private file's temporary link lasts ten minutes unless maxAge says otherwise. */
export const DEFAULT_TEMP_URL_MAX_AGE_S = 600;
/** getTempFileURL and deleteFile take at most 50 files a call. */
export const MAX_FILES_PER_CALL = 50;

export const fileNotExist = (cloudPath: string): EmulatorError => new EmulatorError('STORAGE_FILE_NONEXIST', `storage file not exists: ${cloudPath}`);

/**
 * Cloud storage on disk: `<root>/files/<cloudPath>`, written through `<root>/tmp` and renamed, so a file is
 * either whole or absent. Temporary URLs are signed with a per-process secret and carry their expiry.
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
  }

  fileIdOf(cloudPath: string): string {
    return this.fileIdPrefix + cloudPath;
  }

  /** The cloud path inside a fileID of this environment; another environment's file does not exist here. */
  cloudPathOf(fileId: string): string {
    if (!fileId.startsWith(this.fileIdPrefix)) throw fileNotExist(fileId);
    return fileId.slice(this.fileIdPrefix.length);
  }

  /** Rejects paths that could leave the storage directory, name nothing, or break the temporary URL (`?`, `#`). */
  validatePath(cloudPath: string): void {
    const segments = cloudPath.split('/');
    if (cloudPath === '' || /[?#]/.test(cloudPath) || cloudPath.includes('\u0000') || segments.some((segment) => segment === '' || segment === '.' || segment === '..')) {
      throw invalidParam(`invalid cloudPath: ${JSON.stringify(cloudPath)}`);
    }
  }

  async put(cloudPath: string, body: Readable): Promise<number> {
    this.validatePath(cloudPath);
    const target = this.diskPath(cloudPath);
    const temporary = join(this.tmpDir, randomBytes(12).toString('hex'));
    try {
      await pipeline(body, createWriteStream(temporary));
      mkdirSync(dirname(target), { recursive: true });
      await rename(temporary, target);
      return statSync(target).size;
    } catch (error) {
      rmSync(temporary, { force: true });
      if (error instanceof EmulatorError) throw error;
      // A path that is both a file and a folder (`a` and `a/b`) is the usual cause.
      throw new EmulatorError('STORAGE_REQUEST_FAIL', `cannot store ${cloudPath}: ${(error as Error).message}`);
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
    // Empty folders go too, so the same name can later be a file again.
    for (let dir = dirname(found.file); dir !== this.filesDir && relative(this.filesDir, dir).split(sep)[0] !== '..'; dir = dirname(dir)) {
      try {
        rmdirSync(dir);
      } catch {
        break;
      }
    }
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
    return join(this.filesDir, ...cloudPath.split('/'));
  }
}
