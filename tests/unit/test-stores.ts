/** Key-value stores that fail the way browsers' storage does, shared by the unit tests. */
import { MemoryStore, type KeyValueStore } from '../../src/core/app/storage.ts';

/** Every method throws, like localStorage under a strict privacy policy. Counts the attempts. */
export class BlockedStore implements KeyValueStore {
  calls = 0;
  get(): string | null {
    this.calls++;
    throw new Error('SecurityError: The operation is insecure.');
  }
  set(): void {
    this.calls++;
    throw new Error('SecurityError: The operation is insecure.');
  }
  remove(): void {
    this.calls++;
    throw new Error('SecurityError: The operation is insecure.');
  }
}

/** Reads fine, but set() throws a DOMException-like quota error. */
export class FullStore extends MemoryStore {
  constructor(private readonly errorName = 'QuotaExceededError') {
    super();
  }
  override set(): void {
    throw { name: this.errorName, message: 'The quota has been exceeded.' };
  }
}
