import { describe, expect, it, vi } from 'vitest';
import { backupFolder } from '../../electron/main/backup-folder';
import { QuitGate } from '../../electron/main/quit-gate';

describe('backup folder (desktop shell)', () => {
  it('goes to the documents folder, or under a test profile when one is set', () => {
    expect(backupFolder('/home/ana/Documents', null)).toBe('/home/ana/Documents/Expediente backups');
    expect(backupFolder('/home/ana/Documents', '/tmp/profile')).toBe('/tmp/profile/Backups');
  });
});

describe('quit gate', () => {
  it('holds the first quit until the page confirms, then lets quits through', () => {
    const quit = vi.fn();
    const gate = new QuitGate(() => true, quit, 30_000);
    expect(gate.onBeforeQuit()).toBe(true);
    expect(gate.onBeforeQuit()).toBe(true);
    expect(quit).not.toHaveBeenCalled();
    expect(gate.confirm()).toBe(true);
    expect(quit).toHaveBeenCalledTimes(1);
    expect(gate.onBeforeQuit()).toBe(false);
  });

  it('quits anyway when the page does not answer in time, and at once when there is no page', () => {
    vi.useFakeTimers();
    const quit = vi.fn();
    const gate = new QuitGate(() => true, quit, 30_000);
    gate.onBeforeQuit();
    vi.advanceTimersByTime(29_999);
    expect(quit).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(quit).toHaveBeenCalledTimes(1);
    expect(gate.confirm()).toBe(false);
    vi.useRealTimers();
    expect(new QuitGate(() => false, quit).onBeforeQuit()).toBe(false);
  });
});
