import { describe, expect, it } from 'vitest';
import type { AppEvents, Screen } from '../../src/core/app/app.ts';
import { Emitter } from '../../src/core/events.ts';
import { EMPTY_LEDGER, recordDecision, type Ledger } from '../../src/core/teaching/ledger.ts';
import { INITIAL_PHONE, type PhoneCue } from '../../src/core/phone/phone.ts';
import type { SessionSnapshot } from '../../src/core/story/session.ts';
import {
  CUE_SPACING_MS,
  cueForDecision,
  cueForPhone,
  MAX_CUES_PER_BATCH,
  scheduleCues,
  SOUND_CAPTIONS,
  SOUND_CUE_NAMES,
  watchSoundCues,
  type SoundCueName,
} from '../../src/core/app/sound-cues.ts';
import type { StandardImpact } from '../../src/core/story/tag-specs.ts';

const impact = (standard: number, i: StandardImpact['impact']): StandardImpact => ({ framework: 'hcpc-2008', standard, impact: i });

describe('cueForPhone', () => {
  it.each<[PhoneCue, SoundCueName | undefined]>([
    [{ type: 'notification', text: 'Hi', platform: undefined }, 'notification'],
    [{ type: 'notification', text: 'Hi', platform: 'lens' }, 'notification'],
    [{ type: 'message', from: 'Shona', text: 'Hello' }, 'message'],
    [{ type: 'request', kind: 'friend', name: 'Shona' }, 'request'],
    [{ type: 'reply', text: 'Thanks' }, 'send'],
    [{ type: 'request-outcome', outcome: 'declined' }, undefined],
    [{ type: 'platform', platform: 'hearth' }, undefined],
    [{ type: 'time', text: '23:40' }, undefined],
    [{ type: 'publish' }, 'send'],
    [{ type: 'form', values: { post_text: 'typing' } }, undefined], // typing in a form is silent
    [{ type: 'settings', platform: 'hearth' }, undefined],
  ])('%o → %s', (cue, name) => {
    expect(cueForPhone(cue)).toBe(name);
  });
});

describe('cueForDecision', () => {
  it('no impacts: no sound', () => {
    expect(cueForDecision({ impacts: [] })).toBeUndefined();
  });
  it('all upheld: positive', () => {
    expect(cueForDecision({ impacts: [impact(1, 'upheld'), impact(3, 'upheld')] })).toBe('positive');
  });
  it.each<StandardImpact['impact']>(['risk', 'breach'])('any %s: negative, even beside an upheld standard', (i) => {
    expect(cueForDecision({ impacts: [impact(1, 'upheld'), impact(3, i)] })).toBe('negative');
  });
});

describe('captions', () => {
  it('every cue has a caption of its own', () => {
    const captions = SOUND_CUE_NAMES.map((n) => SOUND_CAPTIONS[n]);
    expect(captions.every((c) => c.length > 3)).toBe(true);
    expect(new Set(captions).size).toBe(SOUND_CUE_NAMES.length);
  });
});

describe('scheduleCues', () => {
  it('spaces cues out in order, with their captions', () => {
    expect(scheduleCues(['send', 'message'])).toEqual([
      { name: 'send', caption: SOUND_CAPTIONS.send, delay: 0 },
      { name: 'message', caption: SOUND_CAPTIONS.message, delay: CUE_SPACING_MS },
    ]);
  });
  it('plays each kind once', () => {
    expect(scheduleCues(['notification', 'notification', 'message']).map((c) => c.name)).toEqual(['notification', 'message']);
  });
  it('caps a burst and keeps the consequence last', () => {
    const cues = scheduleCues(['feedback', 'send', 'message', 'notification', 'request']);
    expect(cues).toHaveLength(MAX_CUES_PER_BATCH);
    expect(cues.map((c) => c.name)).toEqual(['send', 'message', 'feedback']);
  });
  it('nothing in, nothing out', () => {
    expect(scheduleCues([])).toEqual([]);
  });
});

/** A snapshot of a session, unfinished, with `ledger`. */
const snapshot = (ledger: Ledger): SessionSnapshot => ({
  transcript: [],
  choices: [],
  discuss: undefined,
  phone: INITIAL_PHONE,
  ledger,
  ending: undefined,
  finished: false,
  support: false,
});

/** The play screen showing that snapshot. */
const playScreen = (ledger: Ledger): Screen => ({
  name: 'play',
  scenario: { id: 's', title: 'S', summary: '', minutes: undefined, order: undefined, contentNotes: [], fingerprint: 'f' },
  snapshot: snapshot(ledger),
  resumed: false,
});

describe('watchSoundCues', () => {
  it('reports phone cues, and for each new decision a neutral feedback cue, never its verdict', () => {
    const events = new Emitter<AppEvents>();
    const heard: SoundCueName[] = [];
    const watch = watchSoundCues(events, (n) => heard.push(n));
    events.emit('app/screen', playScreen(EMPTY_LEDGER));
    events.emit('story/entry', { entry: { kind: 'choice', text: 'Decline', step: 0 } });
    events.emit('story/entry', { entry: { kind: 'phone', cue: { type: 'reply', text: 'No thanks' } } });
    events.emit('story/entry', { entry: { kind: 'line', text: 'Dana goes quiet.', feedback: false } });
    events.emit('story/entry', { entry: { kind: 'phone', cue: { type: 'request-outcome', outcome: 'declined' } } });
    // The drawn phone's own event: the log's entry for the same cue is what sounds, so nothing twice.
    events.emit('phone/cue', { cue: { type: 'message', from: 'A', text: 'B' }, state: INITIAL_PHONE });
    const ledger = recordDecision(EMPTY_LEDGER, { choiceText: 'Decline', impacts: [impact(1, 'upheld')], discuss: undefined });
    events.emit('ledger/changed', { ledger });
    expect(heard).toEqual(['send', 'feedback']);
    expect(watch.holding).toBe(true);
    watch.stop();
    events.emit('story/entry', { entry: { kind: 'phone', cue: { type: 'message', from: 'A', text: 'B' } } });
    expect(heard).toHaveLength(2);
  });

  it('the verdict chime waits until the learner moves on from the feedback, and sounds once', () => {
    const events = new Emitter<AppEvents>();
    const heard: SoundCueName[] = [];
    const watch = watchSoundCues(events, (n) => heard.push(n));
    events.emit('app/screen', playScreen(EMPTY_LEDGER));
    watch.moveOn(); // nothing decided yet: nothing to say
    expect(heard).toEqual([]);
    let ledger = recordDecision(EMPTY_LEDGER, { choiceText: 'Decline', impacts: [impact(1, 'upheld')], discuss: undefined });
    events.emit('ledger/changed', { ledger });
    expect(heard).toEqual(['feedback']);
    watch.moveOn();
    expect(heard).toEqual(['feedback', 'positive']);
    watch.moveOn(); // once only
    expect(heard).toEqual(['feedback', 'positive']);
    expect(watch.holding).toBe(false);
    ledger = recordDecision(ledger, { choiceText: 'Accept', impacts: [impact(3, 'breach')], discuss: undefined });
    events.emit('ledger/changed', { ledger });
    watch.moveOn();
    expect(heard).toEqual(['feedback', 'positive', 'feedback', 'negative']);
  });

  it('the next choice, taken before the learner moved on, drops the verdict held (the words said it)', () => {
    const events = new Emitter<AppEvents>();
    const heard: SoundCueName[] = [];
    const watch = watchSoundCues(events, (n) => heard.push(n));
    events.emit('app/screen', playScreen(EMPTY_LEDGER));
    let ledger = recordDecision(EMPTY_LEDGER, { choiceText: 'Accept', impacts: [impact(3, 'breach')], discuss: undefined });
    events.emit('ledger/changed', { ledger });
    ledger = recordDecision(ledger, { choiceText: 'Wait', impacts: [], discuss: undefined });
    events.emit('ledger/changed', { ledger }); // no standards touched: silent
    expect(watch.holding).toBe(false);
    watch.moveOn();
    expect(heard).toEqual(['feedback']);
    ledger = recordDecision(ledger, { choiceText: 'Tell Priya', impacts: [impact(1, 'upheld')], discuss: undefined });
    events.emit('ledger/changed', { ledger });
    ledger = recordDecision(ledger, { choiceText: 'Post it', impacts: [impact(2, 'risk')], discuss: undefined });
    events.emit('ledger/changed', { ledger });
    watch.moveOn();
    expect(heard).toEqual(['feedback', 'feedback', 'feedback', 'negative']);
  });

  it('a new screen drops a verdict still held (the learner has left the story)', () => {
    const events = new Emitter<AppEvents>();
    const heard: SoundCueName[] = [];
    const watch = watchSoundCues(events, (n) => heard.push(n));
    events.emit('app/screen', playScreen(EMPTY_LEDGER));
    events.emit('ledger/changed', { ledger: recordDecision(EMPTY_LEDGER, { choiceText: 'A', impacts: [impact(2, 'risk')], discuss: undefined }) });
    events.emit('app/screen', { name: 'menu', resume: undefined });
    watch.moveOn();
    expect(heard).toEqual(['feedback']);
  });

  it('a resumed session does not sound the decisions already made', () => {
    const events = new Emitter<AppEvents>();
    const heard: SoundCueName[] = [];
    const watch = watchSoundCues(events, (n) => heard.push(n));
    const old = recordDecision(EMPTY_LEDGER, { choiceText: 'A', impacts: [impact(1, 'upheld')], discuss: undefined });
    events.emit('app/screen', playScreen(old));
    events.emit('ledger/changed', { ledger: old }); // the same ledger again: nothing new
    watch.moveOn();
    expect(heard).toEqual([]);
    events.emit('ledger/changed', { ledger: recordDecision(old, { choiceText: 'B', impacts: [impact(2, 'risk')], discuss: undefined }) });
    watch.moveOn();
    expect(heard).toEqual(['feedback', 'negative']);
  });

  it('outside play, the ledger makes no sound', () => {
    const events = new Emitter<AppEvents>();
    const heard: SoundCueName[] = [];
    const watch = watchSoundCues(events, (n) => heard.push(n));
    events.emit('app/screen', { name: 'menu', resume: undefined });
    events.emit('ledger/changed', { ledger: recordDecision(EMPTY_LEDGER, { choiceText: 'A', impacts: [impact(1, 'upheld')], discuss: undefined }) });
    watch.moveOn();
    expect(heard).toEqual([]);
  });
});
