import { randomBytes } from 'node:crypto';
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Files the renderer streams to or from disk, each behind an unguessable
 * handle. The renderer never sees a path: it gets a handle from a dialog the
 * user answered, and every call is checked against the handle's owner (the
 * window that opened it) and the size limits. A save goes to a hidden
 * partial file beside the chosen one and takes the chosen name only when
 * finished; an abort — or the window closing — deletes it. Node only (no
 * Electron), so it is tested against real files.
 */
export interface FileStreamLimits {
  maxChunkBytes: number;
  maxFileBytes: number;
  /** Open handles per window: a runaway page cannot exhaust file descriptors. */
  maxOpenPerOwner: number;
}

interface SaveStream {
  kind: 'save';
  owner: number;
  path: string;
  partial: string;
  file: FileHandle;
  size: number;
  /** Writes are applied one after another, in the order they arrived. */
  queue: Promise<unknown>;
  onSaved: (() => Promise<void>) | undefined;
}

export interface SaveOptions {
  /** Runs once the file has its name (a backup prunes older ones only then); its failure is the caller's to report. */
  onSaved?: () => Promise<void>;
}

interface ReadStream {
  kind: 'read';
  owner: number;
  file: FileHandle;
  size: number;
}

export class FileStreamError extends Error {
  override name = 'FileStreamError';
}

export class FileStreams {
  private readonly streams = new Map<string, SaveStream | ReadStream>();

  constructor(private readonly limits: FileStreamLimits) {}

  async beginSave(owner: number, path: string, options: SaveOptions = {}): Promise<string> {
    this.checkRoom(owner);
    const partial = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.partial`);
    const file = await open(partial, 'wx');
    return this.add({ kind: 'save', owner, path, partial, file, size: 0, queue: Promise.resolve(), onSaved: options.onSaved });
  }

  /** Whether a save to `path` is under way (its partial file is not a leftover, and its name is taken). */
  isSaving(path: string): boolean {
    return [...this.streams.values()].some((s) => s.kind === 'save' && s.path === path);
  }

  // Everything up to the first await runs at call time, so concurrent calls still reserve their places in order.
  async write(owner: number, handle: string, bytes: Uint8Array): Promise<number> {
    const stream = this.get(owner, handle, 'save');
    if (bytes.byteLength > this.limits.maxChunkBytes) throw new FileStreamError(`A chunk of ${bytes.byteLength} bytes is over the ${this.limits.maxChunkBytes}-byte limit`);
    const at = stream.size;
    if (at + bytes.byteLength > this.limits.maxFileBytes) throw new FileStreamError(`The file would pass the ${this.limits.maxFileBytes}-byte limit`);
    stream.size += bytes.byteLength;
    const written = stream.queue.then(async () => {
      for (let done = 0; done < bytes.byteLength;) {
        const { bytesWritten } = await stream.file.write(bytes, done, bytes.byteLength - done, at + done);
        done += bytesWritten;
      }
      return at + bytes.byteLength;
    });
    stream.queue = written.catch(() => undefined);
    return written;
  }

  /** Closes the partial file and gives it the chosen name (replacing a file the user agreed to overwrite). */
  async finish(owner: number, handle: string): Promise<{ name: string; size: number }> {
    const stream = this.get(owner, handle, 'save');
    this.streams.delete(handle);
    try {
      await stream.queue;
      await stream.file.sync();
      await stream.file.close();
      await rename(stream.partial, stream.path);
    } catch (error) {
      await this.discard(stream);
      throw error;
    }
    await stream.onSaved?.();
    return { name: basename(stream.path), size: stream.size };
  }

  async abort(owner: number, handle: string): Promise<void> {
    const stream = this.get(owner, handle, 'save');
    this.streams.delete(handle);
    await this.discard(stream);
  }

  async openRead(owner: number, path: string): Promise<{ handle: string; size: number }> {
    this.checkRoom(owner);
    const file = await open(path, 'r');
    try {
      const info = await file.stat();
      if (!info.isFile()) throw new FileStreamError(`${basename(path)} is not a file`);
      if (info.size > this.limits.maxFileBytes) throw new FileStreamError(`${basename(path)} is over the ${this.limits.maxFileBytes}-byte limit`);
      return { handle: this.add({ kind: 'read', owner, file, size: info.size }), size: info.size };
    } catch (error) {
      await file.close();
      throw error;
    }
  }

  async read(owner: number, handle: string, offset: number, length: number): Promise<Uint8Array> {
    const stream = this.get(owner, handle, 'read');
    if (length > this.limits.maxChunkBytes) throw new FileStreamError(`A read of ${length} bytes is over the ${this.limits.maxChunkBytes}-byte limit`);
    if (!Number.isSafeInteger(offset) || offset < 0 || offset > stream.size) throw new FileStreamError(`Offset ${offset} is outside the file (${stream.size} bytes)`);
    // A plain Uint8Array of exactly the bytes read: IPC copies a view's whole backing buffer.
    const out = new Uint8Array(Math.min(length, stream.size - offset));
    let done = 0;
    while (done < out.length) {
      const { bytesRead } = await stream.file.read(out, done, out.length - done, offset + done);
      if (bytesRead === 0) break; // the file shrank since it was opened
      done += bytesRead;
    }
    return done === out.length ? out : out.slice(0, done);
  }

  async closeRead(owner: number, handle: string): Promise<void> {
    const stream = this.get(owner, handle, 'read');
    this.streams.delete(handle);
    await stream.file.close();
  }

  /** A window closed (or the app is quitting): its partial saves are deleted, its reads closed. */
  async closeAll(owner: number): Promise<void> {
    const mine = [...this.streams].filter(([, s]) => s.owner === owner);
    for (const [handle, stream] of mine) {
      this.streams.delete(handle);
      if (stream.kind === 'save') await this.discard(stream);
      else await stream.file.close().catch(() => undefined);
    }
  }

  openCount(owner: number): number {
    return [...this.streams.values()].filter((s) => s.owner === owner).length;
  }

  private add(stream: SaveStream | ReadStream): string {
    const handle = randomBytes(16).toString('hex');
    this.streams.set(handle, stream);
    return handle;
  }

  private checkRoom(owner: number): void {
    if (this.openCount(owner) >= this.limits.maxOpenPerOwner) throw new FileStreamError(`Too many files open at once (${this.limits.maxOpenPerOwner})`);
  }

  // Another window's handle is refused with the same words as a made-up one: nothing to learn by guessing.
  private get<K extends 'save' | 'read'>(owner: number, handle: string, kind: K): Extract<SaveStream | ReadStream, { kind: K }> {
    const stream = this.streams.get(handle);
    if (!stream || stream.owner !== owner || stream.kind !== kind) throw new FileStreamError(`Unknown ${kind} handle`);
    return stream as Extract<SaveStream | ReadStream, { kind: K }>;
  }

  private async discard(stream: SaveStream): Promise<void> {
    await stream.queue;
    await stream.file.close().catch(() => undefined);
    await rm(stream.partial, { force: true });
  }
}
