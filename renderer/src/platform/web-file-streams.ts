import type { ShellApi, ShellArgs } from '@shared/shell-api/api';
import { MAX_STREAM_CHUNK_BYTES } from '@shared/shell-api/schemas';
import { downloadBlob } from './download-blob';
import { pickFiles } from './pick-files';

/**
 * The browser edition's streamed save and open, behind the same handles as
 * the desktop shell. Saving writes straight to a file through the File System
 * Access API where the browser has it (Chromium); elsewhere the pieces are
 * gathered in a Blob (which the browser may page to disk) and downloaded at
 * the end. Opening reads slices of the chosen File.
 */

interface SaveFilePickerOptions {
  suggestedName?: string;
  types?: { description: string; accept: Record<string, string[]> }[];
}
interface PickedFileHandle extends FileSystemFileHandle {
  /** Chromium 110+: deletes the file. */
  remove?(): Promise<void>;
}
type SaveFilePicker = (options: SaveFilePickerOptions) => Promise<PickedFileHandle>;

interface SaveTarget {
  name: string;
  size: number;
  write(bytes: Uint8Array): Promise<void>;
  finish(): Promise<void>;
  abort(): Promise<void>;
}

const saves = new Map<string, SaveTarget>();
const reads = new Map<string, File>();
const newHandle = () => crypto.randomUUID().replaceAll('-', '');

function unknown(kind: string): never {
  throw new Error(`Unknown ${kind} handle`);
}

async function fileSystemTarget(picker: SaveFilePicker, args: ShellArgs['beginSave']): Promise<SaveTarget | null> {
  const types = (args.filters ?? [])
    .map((f) => ({ description: f.name, accept: { 'application/octet-stream': f.extensions.filter((e) => e !== '*').map((e) => `.${e}`) } }))
    .filter((t) => t.accept['application/octet-stream'].length > 0);
  let file: PickedFileHandle;
  try {
    file = await picker({ suggestedName: args.suggestedName, ...(types.length ? { types } : {}) });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return null;
    throw error;
  }
  // The picker may create the file; only a file that was empty when picked is ours to delete on abort.
  const isNew = (await file.getFile()).size === 0;
  const writable = await file.createWritable();
  return {
    name: file.name, size: 0,
    write: (bytes) => writable.write(bytes as Uint8Array<ArrayBuffer>),
    finish: () => writable.close(),
    async abort() {
      await writable.abort().catch(() => undefined); // the browser drops its swap file; the chosen file keeps its old content
      if (isNew) await file.remove?.().catch(() => undefined);
    },
  };
}

function blobTarget(name: string): SaveTarget {
  let parts: Blob[] = [];
  return {
    name, size: 0,
    async write(bytes) {
      parts.push(new Blob([bytes as Uint8Array<ArrayBuffer>]));
    },
    async finish() {
      downloadBlob(new Blob(parts), name);
      parts = [];
    },
    async abort() {
      parts = [];
    },
  };
}

export const webFileStreams: Pick<ShellApi, 'beginSave' | 'writeChunk' | 'finishSave' | 'abortSave' | 'openForRead' | 'readChunk' | 'closeRead'> = {
  async beginSave(args) {
    const picker = (window as { showSaveFilePicker?: SaveFilePicker }).showSaveFilePicker;
    const target = picker ? await fileSystemTarget(picker.bind(window), args) : blobTarget(args.suggestedName);
    if (!target) return { status: 'cancelled' };
    const handle = newHandle();
    saves.set(handle, target);
    return { status: 'ready', handle, name: target.name };
  },
  async writeChunk({ handle, bytes }) {
    const target = saves.get(handle) ?? unknown('save');
    if (bytes.byteLength > MAX_STREAM_CHUNK_BYTES) throw new Error(`A chunk of ${bytes.byteLength} bytes is over the ${MAX_STREAM_CHUNK_BYTES}-byte limit`);
    await target.write(bytes);
    target.size += bytes.byteLength;
    return { status: 'written', size: target.size };
  },
  async finishSave({ handle }) {
    const target = saves.get(handle) ?? unknown('save');
    saves.delete(handle);
    await target.finish();
    return { status: 'saved', name: target.name, size: target.size };
  },
  async abortSave({ handle }) {
    const target = saves.get(handle) ?? unknown('save');
    saves.delete(handle);
    await target.abort();
    return { status: 'aborted' };
  },
  async openForRead({ filters }) {
    const accept = (filters ?? []).flatMap((f) => f.extensions.filter((e) => e !== '*').map((e) => `.${e}`)).join(',');
    const [file] = (await pickFiles({ multiple: false, accept })) ?? [];
    if (!file) return { status: 'cancelled' };
    const handle = newHandle();
    reads.set(handle, file);
    return { status: 'opened', handle, name: file.name, size: file.size };
  },
  async readChunk({ handle, offset, length }) {
    const file = reads.get(handle) ?? unknown('read');
    if (offset < 0 || offset > file.size || length > MAX_STREAM_CHUNK_BYTES) throw new Error(`A read of ${length} bytes at ${offset} is outside ${file.name}`);
    return { bytes: new Uint8Array(await file.slice(offset, offset + length).arrayBuffer()) };
  },
  async closeRead({ handle }) {
    if (!reads.delete(handle)) unknown('read');
    return { status: 'closed' };
  },
};
