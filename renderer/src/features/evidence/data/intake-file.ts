/** A file after intake: hashed and sniffed off the main thread. */
export interface IntakeFile {
  name: string;
  size: number;
  mime: string;
  sha256: string;
  /** The bytes to store; null for withheld material, whose bytes were discarded after hashing. */
  blob: Blob | null;
}
