import { fileNameProblem } from '@kontor/domain/documents';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../platform/http/problem.js';
import type { FileStorage, StagedFile } from '../../platform/storage/file-storage.js';
import { TypeSniffer } from './media-type.js';

export interface ReceivedFile {
  fileName: string;
  mediaType: string;
  staged: StagedFile;
}

/**
 * Reads the one file of a multipart upload into a staged file, checking while it arrives: a
 * bad name is refused before a byte is written, the size limit while streaming. Whatever goes
 * wrong, the staged file is gone when this throws.
 */
export async function receiveFile(
  request: FastifyRequest,
  storage: FileStorage,
  limit: number,
): Promise<ReceivedFile> {
  if (!request.isMultipart()) throw new AppError(415, 'document-not-multipart');
  let received: (ReceivedFile & { sniffer: TypeSniffer }) | undefined;
  try {
    const parts = request.parts({
      // The raw name, so "../x" is refused rather than quietly cut to "x".
      preservePath: true,
      // One byte over the limit reaches the counter in stage(), which answers with the 413.
      limits: { fileSize: limit + 1, files: 2, fields: 20, fieldSize: 10_000 },
    });
    for await (const part of parts) {
      if (part.type !== 'file') continue;
      if (received) throw new AppError(400, 'document-one-file');
      const fileName = (part.filename ?? '').normalize('NFC');
      const problem = fileNameProblem(fileName);
      if (problem) throw new AppError(400, `document-name-${problem}`, { params: { max: 255 } });
      const sniffer = new TypeSniffer();
      const staged = await storage.stage(part.file, {
        limit,
        tooLarge: () =>
          new AppError(413, 'document-too-large', { params: { limit: Math.round(limit / 1024 / 1024) } }),
        observe: sniffer.push,
      });
      received = { fileName, staged, sniffer, mediaType: '' };
    }
  } catch (error) {
    if (received) await storage.discard(received.staged);
    throw asClientError(error);
  }
  if (!received) throw new AppError(400, 'document-no-file');
  if (received.staged.size === 0) {
    await storage.discard(received.staged);
    throw new AppError(400, 'document-empty-file');
  }
  const { fileName, staged, sniffer } = received;
  return { fileName, staged, mediaType: await sniffer.mediaType() };
}

/**
 * Errors of the multipart parser (a cut-off or malformed body, a limit of the parser) are the
 * client's: 400. System errors of the server's own disk (they carry a syscall) stay 500s.
 */
function asClientError(error: unknown): unknown {
  if (error instanceof AppError) return error;
  if (error instanceof Error && typeof (error as NodeJS.ErrnoException).syscall === 'string') return error;
  return new AppError(400, 'document-malformed-upload');
}
