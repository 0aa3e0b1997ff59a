/** A valid saved group session (src/core/group/state.ts), for the group tests to vary. */
import type { GroupSaved } from '../../src/core/group/state.ts';

export function savedState(over: Partial<GroupSaved> = {}): GroupSaved {
  return {
    version: 1,
    scenario: 'test-night',
    fingerprint: 'abc123',
    sessionId: 'session-12345678',
    decisions: [{ taken: 2, votes: [1, 0, 9], how: 'majority' }],
    current: { votes: [3, 1], override: null, pointer: null },
    at: { step: 1, kind: 'choice', page: 0 },
    timer: { durationMs: 120_000, startedAt: null, elapsedBeforeMs: 5_000 },
    settings: { roadNotTaken: true, singleKeys: true },
    savedAt: '2026-11-27T14:00:00.000Z',
    ...over,
  };
}
