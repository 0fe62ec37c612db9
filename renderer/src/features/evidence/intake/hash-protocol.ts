/** Messages between the page and the hashing worker. */
export interface HashRequest {
  id: number;
  blob: Blob;
}

export type HashResponse =
  | { id: number; type: 'progress'; done: number; total: number }
  | { id: number; type: 'done'; sha256: string; mime: string }
  | { id: number; type: 'error'; message: string };
