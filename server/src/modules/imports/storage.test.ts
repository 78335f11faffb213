import fs from 'node:fs';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../platform/http/problem.js';
import { UploadStorage } from './storage.js';
import { tempDataDir } from './testing.js';

describe('upload storage', () => {
  const storage = new UploadStorage(tempDataDir());

  it('streams a body to its file and tells the size', async () => {
    const size = await storage.save('ok', Readable.from([Buffer.from('a;b\n'), Buffer.from('1;2\n')]));
    expect(size).toBe(8);
    expect(fs.readFileSync(storage.pathOf('ok'), 'utf8')).toBe('a;b\n1;2\n');
  });

  it('stops a body over the limit with a 413 and leaves no partial file', async () => {
    const chunks = Array.from({ length: 10 }, () => Buffer.alloc(600, 0x41));
    const saving = storage.save('big', Readable.from(chunks), 4000);
    await expect(saving).rejects.toBeInstanceOf(AppError);
    await expect(storage.save('big', Readable.from(chunks), 4000)).rejects.toMatchObject({
      status: 413,
      code: 'import-file-too-large',
    });
    expect(fs.existsSync(storage.pathOf('big'))).toBe(false);
  });

  it('refuses ids that could leave its folder', () => {
    expect(() => storage.pathOf('../kontor.sqlite')).toThrow(AppError);
  });
});
