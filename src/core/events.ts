/** A small typed event emitter. `on()` returns a function that removes the listener. */
export type Unsubscribe = () => void;

export class Emitter<Events extends Record<string, unknown>> {
  private listeners: { [K in keyof Events]?: Set<(payload: Events[K]) => void> } = {};

  on<K extends keyof Events>(type: K, listener: (payload: Events[K]) => void): Unsubscribe {
    const set = (this.listeners[type] ??= new Set());
    set.add(listener);
    return () => {
      set.delete(listener);
    };
  }

  emit<K extends keyof Events>(type: K, payload: Events[K]): void {
    const set = this.listeners[type];
    if (!set) return;
    // Copy first: a listener may unsubscribe (or subscribe) while we iterate.
    for (const listener of Array.from(set)) {
      try {
        listener(payload);
      } catch (error) {
        // One broken view must not stop the others, nor the story.
        console.error(`listener for "${String(type)}" failed`, error);
      }
    }
  }
}

/** Collects unsubscribe handles so a view (or a Phaser scene that may restart) can close them all at once. */
export class Subscriptions {
  private handles: Unsubscribe[] = [];
  add(...handles: Unsubscribe[]): void {
    this.handles.push(...handles);
  }
  closeAll(): void {
    for (const h of this.handles.splice(0)) h();
  }
}
