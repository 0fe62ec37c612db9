import { describe, expect, it } from 'vitest';
import { askOnce, WorkerOrHere, WorkerUnavailable } from '../../renderer/src/workers/ask-once';

/** A stand-in for a Worker: what it was sent, whether it was ended, and a way to make it answer or fail. */
class FakeWorker extends EventTarget {
  sent: unknown[] = [];
  isEnded = false;
  postMessage(message: unknown) {
    if (typeof message === 'function') throw new DOMException('could not be cloned', 'DataCloneError');
    this.sent.push(message);
  }
  terminate() {
    this.isEnded = true;
  }
  answer(data: unknown) {
    this.dispatchEvent(new MessageEvent('message', { data }));
  }
}

const started = () => {
  const worker = new FakeWorker();
  return { worker, start: () => worker as unknown as Worker };
};

describe('a worker asked once', () => {
  it('sends the request, resolves with the answer and ends the worker', async () => {
    const { worker, start } = started();
    const answer = askOnce<{ n: number }>(start, { ask: 1 }, new AbortController().signal);
    expect(worker.sent).toEqual([{ ask: 1 }]);
    worker.answer({ n: 2 });
    await expect(answer).resolves.toEqual({ n: 2 });
    expect(worker.isEnded).toBe(true);
  });

  it('ends the worker and rejects with the reason when stopped', async () => {
    const { worker, start } = started();
    const stop = new AbortController();
    const answer = askOnce(start, {}, stop.signal);
    stop.abort(new Error('left the case'));
    await expect(answer).rejects.toThrow('left the case');
    expect(worker.isEnded).toBe(true);
  });

  it('calls the worker unavailable when it cannot start, stops, or its answer cannot be read', async () => {
    const cannotStart = askOnce(() => { throw new ReferenceError('Worker is not defined'); }, {}, new AbortController().signal);
    await expect(cannotStart).rejects.toBeInstanceOf(WorkerUnavailable);
    for (const event of [Object.assign(new Event('error'), { message: 'script failed' }), new MessageEvent('messageerror')]) {
      const { worker, start } = started();
      const answer = askOnce(start, {}, new AbortController().signal);
      worker.dispatchEvent(event);
      await expect(answer).rejects.toBeInstanceOf(WorkerUnavailable);
      expect(worker.isEnded).toBe(true);
    }
  });

  it('ends the worker when the request cannot be sent', async () => {
    const { worker, start } = started();
    await expect(askOnce(start, () => {}, new AbortController().signal)).rejects.toThrow('could not be cloned');
    expect(worker.isEnded).toBe(true);
  });
});

describe('work done by a worker or here', () => {
  it('goes on here, from then on, once a worker cannot run; a failure of the work itself is passed on', async () => {
    const work = new WorkerOrHere('The test');
    const signal = new AbortController().signal;
    const here = async () => 'here';
    await expect(work.run(signal, async () => { throw new Error('the case cannot be read'); }, here)).rejects.toThrow('the case cannot be read');
    await expect(work.run(signal, async () => 'worker', here)).resolves.toBe('worker');
    await expect(work.run(signal, async () => { throw new WorkerUnavailable('no Worker'); }, here)).resolves.toBe('here');
    await expect(work.run(signal, async () => 'worker', here)).resolves.toBe('here');
  });
});
