/** The worker itself failed (it could not start, or its answer could not be read): not the data it was asked about. */
export class WorkerUnavailable extends Error {}

/**
 * Starts a worker, sends it one request and ends it once it has answered:
 * resolves with its one message. `start` makes the worker (a literal
 * `new Worker(new URL(…))` at the caller, so the bundler finds the file).
 * Stopping `signal` ends the worker and rejects with the signal's reason.
 */
export function askOnce<Answer>(start: () => Worker, request: unknown, signal: AbortSignal): Promise<Answer> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    let worker: Worker;
    try {
      worker = start();
    } catch (error) {
      return reject(new WorkerUnavailable(error instanceof Error ? error.message : String(error)));
    }
    const end = () => {
      worker.terminate();
      signal.removeEventListener('abort', stop);
    };
    const stop = () => {
      end();
      reject(signal.reason);
    };
    signal.addEventListener('abort', stop);
    worker.addEventListener('message', (event: MessageEvent<Answer>) => {
      end();
      resolve(event.data);
    });
    worker.addEventListener('error', (event) => {
      end();
      reject(new WorkerUnavailable(event.message || 'The worker stopped.'));
    });
    worker.addEventListener('messageerror', () => {
      end();
      reject(new WorkerUnavailable('The worker\'s answer could not be read.'));
    });
    try {
      worker.postMessage(request);
    } catch (error) {
      end();
      reject(error);
    }
  });
}

/**
 * Work done by a worker where one can run, and here where none can: once a
 * worker of this kind has failed to start (or its answer could not be read),
 * the work is done here from then on. A failure of the work itself (the data
 * could not be read) is not a reason to: it is passed on.
 */
export class WorkerOrHere {
  private isUnavailable = false;

  constructor(private readonly what: string) {}

  async run<R>(signal: AbortSignal, inWorker: () => Promise<R>, here: () => Promise<R>): Promise<R> {
    if (!this.isUnavailable) {
      try {
        return await inWorker();
      } catch (error) {
        if (signal.aborted || !(error instanceof WorkerUnavailable)) throw error;
        console.warn(`${this.what} cannot run in a worker; it runs in this thread from now on.`, error);
        this.isUnavailable = true;
      }
    }
    return here();
  }
}
