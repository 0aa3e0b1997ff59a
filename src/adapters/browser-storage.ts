/** localStorage behind the core's KeyValueStore. Accessing localStorage itself can throw (blocked by policy). */
import type { KeyValueStore } from '../core/app/storage.ts';

export function browserStore(): KeyValueStore {
  const storage = (): Storage => window.localStorage;
  return {
    get: (key) => storage().getItem(key),
    set: (key, value) => storage().setItem(key, value),
    remove: (key) => storage().removeItem(key),
  };
}
