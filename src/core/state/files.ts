import { open, rename, rm, truncate, type FileHandle } from 'node:fs/promises';

/** An open file, as much of it as the store writes through. */
export interface WritableFile {
  /** Resolves once all of `text` is written (not yet synced), however many writes that takes. */
  write(text: string): Promise<unknown>;
  /** Flushes the file's data (and its size) to the disk. */
  datasync(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Every call through which the store changes files on disk. A write is on
 * disk only once `datasync` resolved; tests put a layer in between that fails
 * chosen calls, as a full or failing disk would.
 */
export interface StoreFiles {
  open(path: string, flags: 'a' | 'w'): Promise<WritableFile>;
  rename(from: string, to: string): Promise<void>;
  truncate(path: string, length: number): Promise<void>;
  remove(path: string): Promise<void>;
  /** Makes a created, renamed or removed name in `dir` durable. */
  syncDir(dir: string): Promise<void>;
}

export const diskFiles: StoreFiles = {
  open: async (path, flags) => {
    const handle = await open(path, flags);
    return {
      write: (text) => writeAll(handle, Buffer.from(text)),
      datasync: () => handle.datasync(),
      close: () => handle.close(),
    };
  },
  rename: (from, to) => rename(from, to),
  truncate: (path, length) => truncate(path, length),
  remove: (path) => rm(path, { force: true }),
  syncDir: async (dir) => {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } catch (error) {
      // Some file systems refuse an fsync of a directory; their renames are durable anyway.
      if (!['EINVAL', 'EISDIR', 'EBADF'].includes((error as NodeJS.ErrnoException).code ?? ''))
        throw error;
    } finally {
      await handle.close();
    }
  },
};

/**
 * Writes every byte: a write to a nearly full disk can write part of what it
 * was given and succeed, and only the next one fails; `FileHandle.write`
 * does not go on by itself.
 */
async function writeAll(handle: FileHandle, bytes: Buffer): Promise<void> {
  for (let offset = 0; offset < bytes.length;) {
    const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset);
    offset += bytesWritten;
  }
}
