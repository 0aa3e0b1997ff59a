/**
 * The screen wake lock for group mode's projector window: the screen stays on while a session runs, and
 * the lock is taken again when the window comes back into view. `data-wake-lock` on <html> says how it went
 * (on, off, refused, unsupported), for the tests. A refusal or no support is fine.
 */
export class WakeLock {
  private sentinel: { release(): Promise<void> } | null = null;
  private wanted = false;

  constructor() {
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible' && this.wanted && !this.sentinel) void this.acquire();
    });
  }

  set(wanted: boolean): void {
    if (wanted === this.wanted) return;
    this.wanted = wanted;
    if (wanted) void this.acquire();
    else {
      void this.sentinel?.release().catch(() => undefined);
      this.sentinel = null;
      document.documentElement.dataset.wakeLock = 'off';
    }
  }

  private async acquire(): Promise<void> {
    // Older browsers have no Screen Wake Lock API at all.
    const api = 'wakeLock' in navigator ? navigator.wakeLock : undefined;
    if (!api) {
      document.documentElement.dataset.wakeLock = 'unsupported';
      return;
    }
    try {
      const sentinel = await api.request('screen');
      this.sentinel = sentinel;
      document.documentElement.dataset.wakeLock = 'on';
      sentinel.addEventListener('release', () => {
        this.sentinel = null;
      });
    } catch {
      document.documentElement.dataset.wakeLock = 'refused';
    }
  }
}
