import type { Readable } from 'node:stream';

/** A file received but not yet stored under its hash: staged in a temporary place. */
export interface StagedFile {
  /** Lower-case hex SHA-256 of the content: the file's address in the storage. */
  sha256: string;
  size: number;
  /** Where the implementation keeps it until commit or discard; opaque to callers. */
  handle: string;
}

export interface StageOptions {
  /** Most bytes accepted; one more aborts the transfer with `tooLarge()`'s error. */
  limit: number;
  tooLarge: () => Error;
  /** Sees every chunk as it passes (e.g. to detect the type from the first bytes). */
  observe?: (chunk: Buffer) => void;
}

/**
 * Where uploaded files live, addressed by content: the same bytes are stored once however
 * often they are uploaded. The local implementation keeps them under the data folder; an S3
 * backend can fill the same interface. Whether a stored file is still needed is the caller's
 * business (the documents module counts its rows); the storage only keeps and hands out bytes.
 */
export interface FileStorage {
  /**
   * Receives a stream into a temporary place while hashing and counting it. On any failure
   * (too large, broken stream) nothing is left behind and the error is rethrown.
   */
  stage(source: Readable, options: StageOptions): Promise<StagedFile>;
  /** Makes a staged file durable under its hash; a file already stored there is kept as is. */
  commit(staged: StagedFile): Promise<void>;
  /** Throws a staged file away (the upload was refused after receiving it). */
  discard(staged: StagedFile): Promise<void>;
  /** The stored bytes of a hash, or null when nothing is stored under it. */
  open(sha256: string): Promise<Readable | null>;
  remove(sha256: string): Promise<void>;
  /** Every hash stored, for sweeping files no record needs any more. */
  list(): AsyncIterable<string>;
  /** Removes staged files older than this, left by uploads a crash interrupted; returns how many. */
  removeStaged(olderThan: Date): Promise<number>;
}
