/**
 * Commands a facilitator gives a group session, and the messages the presenter window and the audience
 * (projector) window exchange with postMessage. Our own small protocol:
 *
 *   presenter → audience   hello   {session}            "I am the presenter for this session": answered with state
 *   presenter → audience   ping    {session}            every second; answered with state, so either window can reload
 *   presenter → audience   command {session, command}   a facilitator's command; answered with the new state
 *   presenter → audience   bye     {session}            the presenter window is closing
 *   presenter → audience   takeover {session}           "make me the presenter" (a second window, asked explicitly)
 *   audience → presenter   state   {session, seq, view} the whole view (small), numbered so stale ones are dropped
 *   audience → presenter   refused {session, reason}    wrong session (an old presenter window)
 *   audience → presenter   second  {session}            another presenter window has control; this one can take over
 *
 * One presenter controls a projector at a time: the first to say hello (or the one that took over). Another
 * window's pings never switch control; its commands are answered with `second`, never dropped silently.
 *
 * Every message carries `protocol`; anything that does not parse exactly is ignored. The windows also check
 * the sender's origin and window before parsing.
 */

import type { FormValues } from '../phone/pieces.ts';
import { readFormValues } from '../story/save.ts';
import { isOneOf, isRecord } from '../guards.ts';

export const PROTOCOL = 'public-profile/group@1';

export type TimerAction = 'toggle' | 'start' | 'pause' | 'extend' | 'reset';
export type SettingName = 'roadNotTaken' | 'singleKeys';

export type GroupCommand =
  | { type: 'next' }
  | { type: 'back' }
  | { type: 'reveal' }
  | { type: 'vote'; option: number; delta: number }
  | { type: 'set-votes'; option: number; value: number }
  /** A number key: a hand for the option, or once the facilitator's highlight is up, the facilitator taking it. */
  | { type: 'choose'; option: number }
  /** The presenter's "Take option" button: the facilitator takes it now, from any screen of the open choice. */
  | { type: 'take'; option: number }
  | { type: 'take-pointer' }
  | { type: 'blackout'; on?: boolean }
  | { type: 'timer'; action: TimerAction }
  | { type: 'setting'; name: SettingName; value: boolean }
  | { type: 'start'; scenario: string }
  | { type: 'menu' }
  /** Carry on a saved group session another tab left (offered on the menu). */
  | { type: 'resume'; session: string }
  /** The facilitator fills in the phone's open form (settings, a post, a picture) for the room. */
  | { type: 'form'; values: FormValues };

export type PresenterMessage =
  | { protocol: typeof PROTOCOL; kind: 'hello' | 'ping' | 'bye' | 'takeover'; session: string }
  | { protocol: typeof PROTOCOL; kind: 'command'; session: string; command: GroupCommand };

export type AudienceMessage =
  | { protocol: typeof PROTOCOL; kind: 'state'; session: string; seq: number; view: unknown }
  | { protocol: typeof PROTOCOL; kind: 'refused'; session: string; reason: string }
  | { protocol: typeof PROTOCOL; kind: 'second'; session: string };

const smallInt = (v: unknown, min: number, max: number): v is number => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
const isSession = (v: unknown): v is string => typeof v === 'string' && /^[A-Za-z0-9-]{8,64}$/.test(v);
const TIMER_ACTIONS: readonly TimerAction[] = ['toggle', 'start', 'pause', 'extend', 'reset'];
const SETTINGS: readonly SettingName[] = ['roadNotTaken', 'singleKeys'];

/** A command from anywhere untrusted (a message, a button's data): exactly one of the shapes above, or undefined. */
export function parseCommand(v: unknown): GroupCommand | undefined {
  if (!isRecord(v) || typeof v.type !== 'string') return undefined;
  switch (v.type) {
    case 'next':
    case 'back':
    case 'reveal':
    case 'take-pointer':
    case 'menu':
      return { type: v.type };
    case 'form': {
      const values = readFormValues(v.values);
      return typeof values === 'string' ? undefined : { type: 'form', values };
    }
    case 'vote':
      return smallInt(v.option, 0, 19) && smallInt(v.delta, -999, 999) ? { type: 'vote', option: v.option, delta: v.delta } : undefined;
    case 'set-votes':
      return smallInt(v.option, 0, 19) && smallInt(v.value, 0, 999) ? { type: 'set-votes', option: v.option, value: v.value } : undefined;
    case 'choose':
    case 'take':
      return smallInt(v.option, 0, 19) ? { type: v.type, option: v.option } : undefined;
    case 'blackout':
      if (v.on === undefined) return { type: 'blackout' };
      return typeof v.on === 'boolean' ? { type: 'blackout', on: v.on } : undefined;
    case 'timer':
      return isOneOf(TIMER_ACTIONS, v.action) ? { type: 'timer', action: v.action } : undefined;
    case 'setting':
      return isOneOf(SETTINGS, v.name) && typeof v.value === 'boolean' ? { type: 'setting', name: v.name, value: v.value } : undefined;
    case 'resume':
      return isSession(v.session) ? { type: 'resume', session: v.session } : undefined;
    case 'start':
      return typeof v.scenario === 'string' && /^[a-z0-9][a-z0-9-]{0,80}$/.test(v.scenario) ? { type: 'start', scenario: v.scenario } : undefined;
    default:
      return undefined;
  }
}

export function parsePresenterMessage(v: unknown): PresenterMessage | undefined {
  if (!isRecord(v) || v.protocol !== PROTOCOL || !isSession(v.session)) return undefined;
  if (v.kind === 'hello' || v.kind === 'ping' || v.kind === 'bye' || v.kind === 'takeover') return { protocol: PROTOCOL, kind: v.kind, session: v.session };
  if (v.kind === 'command') {
    const command = parseCommand(v.command);
    return command ? { protocol: PROTOCOL, kind: 'command', session: v.session, command } : undefined;
  }
  return undefined;
}

export function parseAudienceMessage(v: unknown): AudienceMessage | undefined {
  if (!isRecord(v) || v.protocol !== PROTOCOL || !isSession(v.session)) return undefined;
  if (v.kind === 'state') {
    if (!smallInt(v.seq, 0, Number.MAX_SAFE_INTEGER) || !isRecord(v.view) || !isRecord(v.view.screen) || typeof v.view.screen.kind !== 'string')
      return undefined;
    return { protocol: PROTOCOL, kind: 'state', session: v.session, seq: v.seq, view: v.view };
  }
  if (v.kind === 'second') return { protocol: PROTOCOL, kind: 'second', session: v.session };
  if (v.kind === 'refused')
    return typeof v.reason === 'string' ? { protocol: PROTOCOL, kind: 'refused', session: v.session, reason: v.reason.slice(0, 300) } : undefined;
  return undefined;
}

export const message = {
  hello: (session: string): PresenterMessage => ({ protocol: PROTOCOL, kind: 'hello', session }),
  ping: (session: string): PresenterMessage => ({ protocol: PROTOCOL, kind: 'ping', session }),
  bye: (session: string): PresenterMessage => ({ protocol: PROTOCOL, kind: 'bye', session }),
  takeover: (session: string): PresenterMessage => ({ protocol: PROTOCOL, kind: 'takeover', session }),
  command: (session: string, command: GroupCommand): PresenterMessage => ({ protocol: PROTOCOL, kind: 'command', session, command }),
  state: (session: string, seq: number, view: unknown): AudienceMessage => ({ protocol: PROTOCOL, kind: 'state', session, seq, view }),
  refused: (session: string, reason: string): AudienceMessage => ({ protocol: PROTOCOL, kind: 'refused', session, reason }),
  second: (session: string): AudienceMessage => ({ protocol: PROTOCOL, kind: 'second', session }),
};

/** What the projector does with a message from a presenter window (see PresenterGate). */
export type GateDecision =
  /** From the presenter in control: answer with the view (and run its command). */
  | { act: 'accept' }
  /** Another presenter window while one has control: tell it so; run nothing. */
  | { act: 'second' }
  /** A window for another session: refuse it. */
  | { act: 'refuse' }
  /** The presenter in control is closing. */
  | { act: 'bye' };

/**
 * One presenter at a time, as plain logic over window handles (any value that can be compared): the first
 * window to say hello (or ping, after the projector reloads) takes control; any other is told it is a second
 * one until it asks to take over, or until the one in control has been silent for `silentMs` or said bye.
 */
export class PresenterGate<W> {
  private holder: W | null = null;
  private lastHeard = 0;

  constructor(private readonly silentMs = 3_500) {}

  get current(): W | null {
    return this.holder;
  }

  connected(now: number): boolean {
    return this.holder !== null && now - this.lastHeard < this.silentMs;
  }

  decide(source: W, msg: PresenterMessage, session: string, now: number, holderClosed = false): GateDecision {
    if (msg.session !== session) return { act: 'refuse' };
    if (msg.kind === 'bye') {
      if (source === this.holder) this.holder = null;
      return { act: 'bye' };
    }
    const free = this.holder === null || holderClosed || now - this.lastHeard >= this.silentMs;
    if (source !== this.holder && !free && msg.kind !== 'takeover') return { act: 'second' };
    this.holder = source;
    this.lastHeard = now;
    return { act: 'accept' };
  }

  /** The projector opened this window itself (S): it is the presenter. */
  adopt(source: W, now: number): void {
    this.holder = source;
    this.lastHeard = now;
  }

  drop(): void {
    this.holder = null;
  }
}
