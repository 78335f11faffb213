import { createHash, randomUUID } from 'node:crypto';
import { once } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { type Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FileStorage, StagedFile, StageOptions } from './file-storage.js';

const HASH = /^[0-9a-f]{64}$/;

/**
 * Content-addressed files on the local disk: `<root>/<first two hex digits>/<sha256>`, staged in
 * `<root>/.tmp` first. A file appears under its hash only complete and synced to disk (fsync,
 * then an atomic rename), so a crash never leaves a half-written file behind a real address.
 */
export class LocalFileStorage implements FileStorage {
  private readonly tmp: string;

  constructor(private readonly root: string) {
    this.tmp = path.join(root, '.tmp');
  }

  async stage(source: Readable, options: StageOptions): Promise<StagedFile> {
    await fs.promises.mkdir(this.tmp, { recursive: true });
    const handle = path.join(this.tmp, `${randomUUID()}.part`);
    const hash = createHash('sha256');
    let size = 0;
    const meter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        size += chunk.length;
        if (size > options.limit) return done(options.tooLarge());
        hash.update(chunk);
        options.observe?.(chunk);
        done(null, chunk);
      },
    });
    const writer = fs.createWriteStream(handle, { flags: 'wx' });
    try {
      await pipeline(source, meter, writer);
      await syncFile(handle, 'r+');
    } catch (error) {
      // A body cut off early can fail the pipeline while the file is still being opened: removed
      // before the stream lets go of it, the file would appear again afterwards.
      if (!writer.closed) await once(writer, 'close').catch(() => undefined);
      await fs.promises.rm(handle, { force: true });
      throw error;
    }
    return { sha256: hash.digest('hex'), size, handle };
  }

  async commit(staged: StagedFile): Promise<void> {
    const target = this.pathOf(staged.sha256);
    await fs.promises.mkdir(path.dirname(target), { recursive: true });
    if (await exists(target)) {
      // Same hash, same bytes: the stored copy serves both uploads.
      await this.discard(staged);
      return;
    }
    await fs.promises.rename(this.stagedPath(staged), target);
    // The rename itself must survive a crash too: sync the folder that now names the file.
    await syncFile(path.dirname(target), 'r');
  }

  async discard(staged: StagedFile): Promise<void> {
    await fs.promises.rm(this.stagedPath(staged), { force: true });
  }

  async open(sha256: string): Promise<Readable | null> {
    if (!HASH.test(sha256)) return null;
    const file = this.pathOf(sha256);
    try {
      const handle = await fs.promises.open(file, 'r');
      return handle.createReadStream();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async remove(sha256: string): Promise<void> {
    if (HASH.test(sha256)) await fs.promises.rm(this.pathOf(sha256), { force: true });
  }

  async *list(): AsyncIterable<string> {
    const folders = await fs.promises.readdir(this.root).catch(() => [] as string[]);
    for (const folder of folders) {
      if (!/^[0-9a-f]{2}$/.test(folder)) continue;
      for (const name of await fs.promises.readdir(path.join(this.root, folder)))
        if (HASH.test(name)) yield name;
    }
  }

  async removeStaged(olderThan: Date): Promise<number> {
    let removed = 0;
    for (const name of await fs.promises.readdir(this.tmp).catch(() => [] as string[])) {
      const file = path.join(this.tmp, name);
      const stat = await fs.promises.stat(file).catch(() => null);
      if (!stat || stat.mtime >= olderThan) continue;
      await fs.promises.rm(file, { force: true });
      removed++;
    }
    return removed;
  }

  private pathOf(sha256: string): string {
    return path.join(this.root, sha256.slice(0, 2), sha256);
  }

  // Handles come from stage(); the check keeps anything else from naming a path outside .tmp.
  private stagedPath(staged: StagedFile): string {
    if (path.dirname(staged.handle) !== this.tmp) throw new Error('not a staged file of this storage');
    return staged.handle;
  }
}

async function syncFile(file: string, mode: 'r' | 'r+'): Promise<void> {
  const handle = await fs.promises.open(file, mode);
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function exists(file: string): Promise<boolean> {
  return fs.promises.access(file).then(
    () => true,
    () => false,
  );
}
