// What the streamed-archive bench drives: the shared archive code and main's file handles, compiled together for Node.
export { batchingSink } from '../../shared/archive/batching-sink';
export { openDecryptingSource } from '../../shared/archive/decrypting-source';
export { createEncryptingStream } from '../../shared/archive/encryption';
export { readCaseArchive } from '../../shared/archive/read-archive';
export { writeCaseArchiveTo } from '../../shared/archive/write-archive';
export { FileStreams } from '../../electron/main/file-streams';
