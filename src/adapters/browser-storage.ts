/** localStorage behind the core's KeyValueStore. Accessing localStorage itself can throw (blocked by policy). */
import type { KeyValueStore } from '../core/app/storage.ts';

const storage = (): Storage => window.localStorage;

export function browserStore(): KeyValueStore {
  return {
    get: (key) => storage().getItem(key),
    set: (key, value) => storage().setItem(key, value),
    remove: (key) => storage().removeItem(key),
  };
}
