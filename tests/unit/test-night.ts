/**
 * The small story the session and app unit tests play ("Test night"), compiled once, and what both files
 * share: a fresh ink Story, a fixed clock, and a recorder of session events.
 */
import { Story } from 'inkjs';
import { compileInk } from '../../src/story-tools/ink-compile.ts';
import type { ScenarioMeta, Session, SessionEvents } from '../../src/core/story/session.ts';
import type { InkStoryLike } from '../../src/core/story/story-runner.ts';

export const SOURCE = `#title: Test night
#summary: A small story for the unit tests.
Sunday evening.
#platform: home
#time: Sun 21:40
Your phone buzzes. #notification: Dana wants to be friends
#discuss: What might Dana be hoping for?
* [Accept #hcpc: 3 breach #hcpc: 1 risk]
    #request: friend Dana Whitfield
    #request-outcome: accepted
    Dana can now see your weekends. #feedback
    -> monday
* [Ignore it #hcpc: 3 upheld]
    -> monday
* [Decline and explain #hcpc: 3 upheld #hcpc: 13 upheld]
    Explaining keeps things honest. #feedback
    It is also kinder. #feedback
    -> monday

=== monday ===
Monday. #message: Kayden: you still my social worker?
#discuss: Do you reply?
* [Reply kindly #hcpc: 2 risk]
    #reply: Yes, see you Tuesday.
    You kept it short. #feedback
    -> fin_advice
* [Tell your manager #hcpc: 1 upheld]
    Your manager thanks you. #feedback
    -> tuesday

=== tuesday ===
Tuesday. Your manager asks for a note.
* [Write it up #hcpc: 10 upheld]
    -> fin_good
* [Forget it #hcpc: 10 risk]
    -> fin_good

=== fin_good ===
Well done.
#ending: no-concerns Boundaries kept
-> END

=== fin_advice ===
#ending: advice A word in supervision
-> END
`;

export const ID = 'test-night';

/** The compile of SOURCE (each test file asserts it has no diagnostics). */
export const compiled = compileInk(`/virtual/stories/${ID}.ink`, SOURCE);
if (!compiled.json) throw new Error(`the test story does not compile: ${JSON.stringify(compiled.diagnostics)}`);
export const json: string = compiled.json;
export const meta: ScenarioMeta = {
  id: ID,
  title: 'Test night',
  summary: 'A small story for the unit tests.',
  minutes: 3,
  order: 1,
  contentNotes: [],
  fingerprint: compiled.fingerprint!,
};

export const fresh = (): InkStoryLike => new Story(json);
export const FIXED = new Date('2025-11-27T13:00:00.000Z');
export const clock = () => FIXED;

export type Logged = { type: string; payload: unknown };
export const SESSION_EVENTS: (keyof SessionEvents)[] = ['story/entry', 'story/choices', 'story/ended', 'phone/cue', 'ledger/changed', 'session/saved'];

export function record(session: Session): Logged[] {
  const log: Logged[] = [];
  for (const type of SESSION_EVENTS) session.events.on(type, (payload) => log.push({ type: String(type), payload }));
  return log;
}
