/**
 * Holds the first quit until the renderer has written its last backups (it
 * answers with confirmQuit), or until `timeoutMs` passes, so a hung page can
 * never stop the app from quitting. Later quits pass straight through.
 */
export class QuitGate {
  private state: 'open' | 'waiting' | 'released' = 'open';
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly askRenderer: () => boolean,
    private readonly quit: () => void,
    private readonly timeoutMs = 30_000,
  ) {}

  /** Call from app 'before-quit'; returns true when the quit must be held (event.preventDefault()). */
  onBeforeQuit(): boolean {
    if (this.state === 'released') return false;
    if (this.state === 'waiting') return true;
    // No window to ask: nothing unsaved to back up.
    if (!this.askRenderer()) {
      this.state = 'released';
      return false;
    }
    this.state = 'waiting';
    this.timer = setTimeout(() => this.release(), this.timeoutMs);
    return true;
  }

  /** The renderer is done (or gave up); quit now. Returns whether a quit was waiting. */
  confirm(): boolean {
    if (this.state !== 'waiting') return false;
    this.release();
    return true;
  }

  private release(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.state = 'released';
    this.quit();
  }
}
