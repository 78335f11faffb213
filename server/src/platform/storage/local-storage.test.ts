import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LocalFileStorage } from './local-storage.js';

describe('LocalFileStorage', () => {
  let root: string;
  let storage: LocalFileStorage;
  const files = () =>
    (fs.readdirSync(root, { recursive: true }) as string[]).filter(
      (f) => f.endsWith('.part') || /[0-9a-f]{64}$/.test(f),
    );
  const options = { limit: 10, tooLarge: () => new Error('too large') };

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'kontor-storage-'));
    storage = new LocalFileStorage(root);
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('stores content once under its hash, however often it is committed', async () => {
    const first = await storage.stage(Readable.from([Buffer.from('Hallo '), Buffer.from('Welt')]), options);
    const second = await storage.stage(Readable.from([Buffer.from('Hallo Welt')]), options);
    expect(second.sha256).toBe(first.sha256);
    expect(first.size).toBe(10);
    await storage.commit(first);
    await storage.commit(second);
    expect(files()).toEqual([path.join(first.sha256.slice(0, 2), first.sha256)]);
    expect(await text((await storage.open(first.sha256)) as Readable)).toBe('Hallo Welt');
    const listed: string[] = [];
    for await (const hash of storage.list()) listed.push(hash);
    expect(listed).toEqual([first.sha256]);
    await storage.remove(first.sha256);
    expect(await storage.open(first.sha256)).toBeNull();
  });

  it('removes the staged file when the stream is too large or breaks', async () => {
    await expect(storage.stage(Readable.from([Buffer.alloc(11)]), options)).rejects.toThrow('too large');
    const broken = new Readable({
      read() {
        this.push(Buffer.from('abc'));
        this.destroy(new Error('connection reset'));
      },
    });
    await expect(storage.stage(broken, options)).rejects.toThrow('connection reset');
    expect(files()).toEqual([]);
  });

  it('removes staged files left behind once they are old enough', async () => {
    fs.mkdirSync(path.join(root, '.tmp'));
    const old = path.join(root, '.tmp', 'old.part');
    const young = path.join(root, '.tmp', 'young.part');
    fs.writeFileSync(old, 'x');
    fs.writeFileSync(young, 'y');
    const hourAgo = new Date(Date.now() - 3_600_000);
    fs.utimesSync(old, hourAgo, new Date(hourAgo.getTime() - 1000));
    expect(await storage.removeStaged(new Date(hourAgo.getTime() + 1))).toBe(1);
    expect(files()).toEqual([path.join('.tmp', 'young.part')]);
  });

  it('hands out nothing for names that are not hashes', async () => {
    expect(await storage.open('../../etc/passwd')).toBeNull();
    expect(await storage.open('a'.repeat(64))).toBeNull();
  });
});
