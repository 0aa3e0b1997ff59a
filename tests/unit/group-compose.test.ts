/**
 * The projector show composed by meaning (src/core/group/compose.ts, sentences.ts): where a paragraph may
 * be cut, and how paragraphs go onto screens. The last part plays every shipped story along a few paths
 * and checks every screen the room would see at the budgets for 1024×768 and 1920×1080.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { composePages, composeShow, keepTogether, type ComposedPara } from '../../src/core/group/compose.ts';
import { paginate, paraLines, type PageBudget, type Para, type ParaKind } from '../../src/core/group/model.ts';
import { sentences } from '../../src/core/group/sentences.ts';
import { firstThenRest } from '../../src/core/group/view.ts';
import { PROJECTOR_BUDGETS, SAMPLE_PICKERS, playThroughAt, shippedScenarios, type RoadCache, type Show } from '../../src/story-tools/projector-show.ts';

/** Every page's text run together, to compare with the source. */
const joined = (pages: readonly (readonly Para[])[]): string =>
  pages
    .flat()
    .map((p) => p.text)
    .join(' ');

const para = (kind: ParaKind, text: string): Para => ({ kind, text });
const text = (t: string) => para('text', t);
/** A paragraph of about `n` lines at 50 characters a line (paraLines: ceil(chars × 1.05 / 50) + 0.2). */
const ofLines = (n: number, kind: ParaKind = 'text', word = 'word') => para(kind, `${`${word} `.repeat(Math.floor((n * 47) / (word.length + 1))).trim()}.`);
const BUDGET: PageBudget = { charsPerLine: 50, lines: 9 };
const cost = (p: Para) => paraLines(p, 50);

/** Does this piece of text end where a sentence ends (a mark, then closing quotes or brackets, then emoji)? */
const ENDS_SENTENCE = /[.!?…؟۔]["'”’»)\]]*(?:\s*(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200d|\ufe0f)+)*$/u;
/** Are the double quotations in this piece of text all closed? */
const quotesClosed = (t: string) => t.split('“').length === t.split('”').length && (t.split('"').length - 1) % 2 === 0;

describe('sentence ends', () => {
  it.each([
    ['plain marks', 'One. Two! Three? Four', ['One. ', 'Two! ', 'Three? ', 'Four']],
    ['titles and times are not ends', 'Mr. Hill met Dr. Shah at 10.30. Then they left.', ['Mr. Hill met Dr. Shah at 10.30. ', 'Then they left.']],
    [
      'e.g. and i.e. before any word',
      'Bring ID, e.g. A passport, i.e. Something official. It helps.',
      ['Bring ID, e.g. A passport, i.e. Something official. ', 'It helps.'],
    ],
    ['a lower-case word runs on', 'It was 3 p.m. and late. Then.', ['It was 3 p.m. and late. ', 'Then.']],
    ['an initial', 'Jo H. Harper called. She waited.', ['Jo H. Harper called. ', 'She waited.']],
    ['"No." before a number', 'It is at No. 10 now. Yes.', ['It is at No. 10 now. ', 'Yes.']],
    ['marks inside a straight quotation', 'She said "Stop. Now. Please!" Then she left.', ['She said "Stop. Now. Please!" ', 'Then she left.']],
    ['a quoted question that runs on', '"Where are you?" she asked. Nobody answered.', ['"Where are you?" she asked. ', 'Nobody answered.']],
    ['a curly quotation', 'Post: “Great start. Social work life.” Reactions came.', ['Post: “Great start. Social work life.” ', 'Reactions came.']],
    ['a single-quoted message', "He wrote 'Back soon. Promise.' Then nothing.", ["He wrote 'Back soon. Promise.' ", 'Then nothing.']],
    ['apostrophes are not quotations', "Don't. It's Mary’s. Fine.", ["Don't. ", "It's Mary’s. ", 'Fine.']],
    ['a stray quote mark quotes nothing', 'He said "no. Then left. Fine.', ['He said "no. ', 'Then left. ', 'Fine.']],
    ['emoji stay with their sentence', 'Social work life. 😂 Next day, silence. 👍🏽', ['Social work life. 😂 ', 'Next day, silence. 👍🏽']],
    ['an emoji family is never broken', 'We met 👨‍👩‍👧 today! Great.', ['We met 👨‍👩‍👧 today! ', 'Great.']],
    ['an ellipsis', 'Wait… What happened?', ['Wait… ', 'What happened?']],
    ['Arabic, right to left', 'مرحبا بكم. هذه جملة ثانية؟ نعم.', ['مرحبا بكم. ', 'هذه جملة ثانية؟ ', 'نعم.']],
    ['Hebrew, right to left', 'שלום. מה שלומך?', ['שלום. ', 'מה שלומך?']],
    ['nothing to cut', 'No mark at all', ['No mark at all']],
    ['empty', '', ['']],
  ])('%s', (_name, input, expected) => {
    expect(sentences(input)).toEqual(expected);
    expect(sentences(input).join('')).toBe(input);
  });
});

describe('composing screens', () => {
  it('shows an empty passage as one empty screen', () => {
    expect(composePages([], BUDGET)).toEqual([[]]);
    expect(composeShow([], BUDGET)).toEqual([{ paras: [], lines: 0, oversize: false }]);
  });

  it('uses the page-note line when everything fits on one screen', () => {
    const paras = [ofLines(3), ofLines(3), ofLines(3)]; // 9.6 lines: over 9, within 9 + the unused note line
    expect(paras.reduce((s, p) => s + cost(p), 0)).toBeGreaterThan(9);
    expect(composePages(paras, BUDGET)).toEqual([paras]);
  });

  it('cuts only at paragraph ends when every paragraph fits on a screen, filling each screen', () => {
    const paras = [ofLines(3), ofLines(4), ofLines(2), ofLines(5), ofLines(3), ofLines(4)];
    const pages = composePages(paras, BUDGET);
    expect(pages.flat()).toEqual(paras); // the very paragraphs, whole and in order
    expect(pages.map((p) => p.length)).toEqual([2, 2, 2]);
  });

  it('never cuts a paragraph that fits on a screen, even to fill the one before', () => {
    const paras = [ofLines(6), sentencesOf(3, 'feedback')];
    const pages = composePages(paras, BUDGET);
    expect(pages).toEqual([[paras[0]], [paras[1]]]);
    // paginate filled the first screen with half of "Why it matters"
    expect(paginate(paras, BUDGET)[0]!.some((p) => p.kind === 'feedback')).toBe(true);
  });

  it('cuts a paragraph longer than a screen at sentence ends only', () => {
    const long = sentencesOf(25);
    const pages = composePages([long], BUDGET);
    expect(pages.length).toBeGreaterThan(2);
    for (const page of pages) expect(page[0]!.text).toMatch(ENDS_SENTENCE);
    expect(joined(pages)).toBe(long.text);
  });

  it('never cuts inside a quotation, whatever its full stops', () => {
    const quote = '"Great start to the week. A mum on my caseload found my personal page. Three months of cancelled visits. Social work life."';
    const long = text(`You open the app. ${'You scroll for a while. '.repeat(12)}You post: ${quote} ${'Nobody replies. '.repeat(12).trim()}`);
    const pages = composePages([long], BUDGET);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.filter((page) => page.some((p) => p.text.includes(quote)))).toHaveLength(1);
    for (const p of pages.flat()) expect(quotesClosed(p.text)).toBe(true);
  });

  it('keeps the exact bad case whole: "…Social work life." and the quoted post after it', () => {
    // A reveal from The request (option "Vent about it on Shout"), at a reveal's budget on a 1024×768 projector.
    const reveal = [
      para(
        'feedback',
        'You post to your followers. Your words are public now. "Great start to the week. A mum on my caseload found my personal page. Social work life."',
      ),
      para(
        'phone',
        'Post by Jo Harper: “Great start to the week. A mum on my caseload found my personal page. Three months of cancelled visits and now she wants to be friends. Social work life.”',
      ),
      para('phone', '4 reactions on that post'),
      para('feedback', 'Your bio names your employer. Shona could recognise herself. Think before you post.'),
    ];
    for (const budget of [4, 5, 6, 9].map((n) => ({ charsPerLine: 50, lines: n }))) {
      const pages = composePages(reveal, budget);
      const post = pages.flat().filter((p) => p.text.includes('Post by Jo Harper'));
      expect(post).toEqual([expect.objectContaining({ kind: 'phone', text: reveal[1]!.text })]);
      for (const page of pages) expect(page[0]!.text.startsWith('Social work life')).toBe(false);
      for (const p of pages.flat()) expect(quotesClosed(p.text)).toBe(true);
    }
    // What paginate did at a reveal's 4 lines: a screen of `Social work life.”` and the post's reactions.
    const before = paginate(reveal, { charsPerLine: 50, lines: 4 }).flat();
    expect(before.some((p) => p.kind === 'phone' && p.text !== reveal[1]!.text && reveal[1]!.text.includes(p.text))).toBe(true);
  });

  it('keeps a phone card with the line that introduces it when both fit', () => {
    const intro = text('Your phone buzzes.');
    const card = para('phone', 'Message from Shona: “Can we talk about Tuesday? I am not angry, I just want to understand.”');
    const paras = [ofLines(6), intro, card];
    const pages = composePages(paras, BUDGET);
    expect(cost(paras[0]!) + cost(intro)).toBeLessThanOrEqual(9); // the intro alone would have fitted
    expect(pages).toEqual([[paras[0]], [intro, card]]);
  });

  it('keeps a post with its reactions, a content note with what it warns of, and support with its line', () => {
    expect(keepTogether([text('a'), para('phone', 'post'), para('phone', 'reactions'), para('note', 'n'), text('b'), para('support', 's'), text('c')])).toEqual(
      [[0, 1, 2], [3, 4, 5], [6]],
    );
    const note = para('note', 'This scene describes online abuse.');
    const paras = [ofLines(7), note, ofLines(3)];
    expect(composePages(paras, BUDGET)).toEqual([[paras[0]], [note, paras[2]]]);
  });

  it('cuts a phone card only when it lists items and is longer than a screen, between its items', () => {
    const results = Array.from({ length: 8 }, (_, i) => `Result ${i + 1} | Hearth: a page that shows your street and your school run.`);
    const search = para('phone', `Web search for “Jo Harper”: 8 results. ${results.join(' · ')}`);
    const paras = [text('You search for yourself.'), search, text('You close the laptop.')];
    const pages = composePages(paras, BUDGET);
    const cardPieces = pages.flat().filter((p) => p.kind === 'phone');
    expect(cardPieces.length).toBeGreaterThan(1);
    expect(cardPieces.slice(0, -1).every((p) => p.text.endsWith('·'))).toBe(true);
    expect(cardPieces.map((p) => p.text).join(' ')).toBe(search.text);
    expect(composeShow(paras, BUDGET).some((s) => s.oversize)).toBe(false);
    // A card that fits on a screen is never cut, even where a cut would fill screens better.
    const short = para('phone', 'Result 1 | Hearth: your profile. · Result 2 | Shout: your posts.');
    expect(
      composePages([ofLines(7), short], BUDGET)
        .flat()
        .filter((p) => p.kind === 'phone'),
    ).toEqual([short]);
    // A message too long for any screen is not a list: it keeps a screen to itself, marked oversize.
    const message = para('phone', `You sent: “${'Not stupid at all. '.repeat(40)}”`);
    const show = composeShow([text('You reply.'), message], BUDGET);
    expect(show.map((s) => s.oversize)).toEqual([false, true]);
    expect(show[1]!.paras).toEqual([{ ...message, oversize: true }]);
  });

  it('gives one enormous sentence a screen of its own rather than cut it', () => {
    const enormous = `${'and then the messages kept coming, '.repeat(14)}until midnight.`;
    const long = text(`It began on Monday. ${enormous[0]!.toUpperCase()}${enormous.slice(1)} On Tuesday it stopped.`);
    const show = composeShow([long], BUDGET);
    const big = show.filter((s) => s.oversize);
    expect(big).toHaveLength(1);
    expect(big[0]!.paras.map((p: ComposedPara) => p.oversize)).toEqual([true]);
    expect(big[0]!.paras[0]!.text).toMatch(/^And then .* until midnight\.$/);
    expect(
      show
        .flatMap((s) => s.paras)
        .map((p) => p.text)
        .join(' '),
    ).toBe(long.text);
  });

  it('keeps "Why it matters" on one screen when it fits on one', () => {
    const feedback = ofLines(5, 'feedback', 'because');
    const paras = [ofLines(5), feedback, ofLines(2)];
    const pages = composePages(paras, BUDGET);
    expect(pages.flat().filter((p) => p.kind === 'feedback')).toEqual([feedback]);
  });

  it.each([
    ['5 × 2.2 lines: greedy would leave one paragraph alone', [2, 2, 2, 2, 2], [3, 2]],
    ['3 + 3 + 2 + 2 lines: the last would hold 2 of 9', [3, 3, 2, 2], [2, 2]],
  ])('balances a near-empty last screen (%s)', (_name, sizes, expected) => {
    const paras = sizes.map((n) => ofLines(n));
    const pages = composePages(paras, BUDGET);
    expect(pages.map((p) => p.length)).toEqual(expected);
    expect(pages.flat()).toEqual(paras);
  });

  it('fills screens: never more than paginate would need plus the cuts it refuses', () => {
    const paras = Array.from({ length: 12 }, (_, i) => ofLines(1 + (i % 4)));
    expect(composePages(paras, BUDGET).length).toBe(paginate(paras, BUDGET).length);
  });

  it('keeps right-to-left text and emoji whole and in order', () => {
    const arabic = text('مرحبا بكم. '.repeat(60).trim());
    const emoji = text('Great day! 🎉 '.repeat(40).trim());
    for (const p of [arabic, emoji]) {
      const pages = composePages([p], BUDGET);
      expect(pages.length).toBeGreaterThan(1);
      expect(
        pages
          .flat()
          .map((q) => q.text)
          .join(' '),
      ).toBe(p.text);
      for (const q of pages.flat()) expect(q.text).toMatch(ENDS_SENTENCE);
    }
  });
});

describe('adversarial paragraphs (about 100,000 characters)', () => {
  it.each([
    ['thousands of sentences', 'The visit was cancelled again. '.repeat(3000).trim()],
    ['quotations with full stops', 'She said "Stop. Now." Then left. '.repeat(3000).trim()],
    ['no sentence end at all', 'word '.repeat(20_000).trim()],
    ['emoji after every sentence', 'Great! 🎉 '.repeat(10_000).trim()],
    ['a quotation never closed', `"${'Open quote. '.repeat(8000).trim()}`],
  ])('%s: composed whole, in order, never over budget but for one sentence', (_name, long) => {
    const show = composeShow([text(long)], BUDGET);
    expect(
      show
        .flatMap((s) => s.paras)
        .map((p) => p.text)
        .join(' '),
    ).toBe(long);
    for (const screen of show) expect(screen.oversize ? screen.paras.length : screen.lines).toBeLessThanOrEqual(screen.oversize ? 1 : 9);
  });
});

/** A paragraph of `n` lines made of short sentences. */
function sentencesOf(n: number, kind: ParaKind = 'text'): Para {
  const sentence = 'The visit was cancelled again. ';
  return para(kind, sentence.repeat(Math.ceil((n * 47) / sentence.length)).trim());
}

// ------------------------------------------------------------------------------------------------ shipped stories

describe('every passage of every shipped story', () => {
  const scenarios = shippedScenarios(path.resolve(import.meta.dirname, '../../stories'));
  const sizes = Object.entries(PROJECTOR_BUDGETS);

  // Each path is played once and shown at both sizes (the play, not the composing, is what takes the time),
  // and a road not taken that two paths pass is played once (each path still checks its screens).
  it.each(scenarios.map((s) => [s.meta.id, s] as const))(
    `%s at ${sizes.map(([size]) => size).join(' and ')}: no screen ends mid-sentence or mid-quotation, nothing is lost`,
    (_id, scenario) => {
      const shows: Show[][] = sizes.map(() => []);
      const roadsMet: RoadCache = new Map();
      for (const { pick } of SAMPLE_PICKERS) {
        playThroughAt(
          scenario.newStory,
          scenario.meta,
          pick(),
          sizes.map(([, budget]) => budget),
          roadsMet,
        ).forEach((play, i) => {
          const played = play.steps.flatMap((s) => [s.passage, s.reveal].concat(s.roads));
          shows[i]!.push(...(play.end ? played.concat(play.end) : played));
        });
      }
      sizes.forEach(([size], i) => {
        expect(shows[i]!.length, size).toBeGreaterThan(10);
        expect(shows[i]!.flatMap(problemsOf), size).toEqual([]);
      });
    },
    60_000,
  );
});

const normalise = (t: string) => t.replace(/\s+/g, ' ').trim();

/** Every rule the room can see, checked on the screens of one passage, reveal, road or end: what breaks them. */
function problemsOf(show: Show): string[] {
  const screens = composeShow(show.paras, show.budget);
  const where = `${show.kind} of step ${show.step + 1}`;
  const budgetLines = Math.max(2, Math.floor(show.budget.lines));
  const shown = screens.flatMap((s) => s.paras);
  const problems: string[] = [];
  // Nothing lost, nothing reordered: each source paragraph is shown whole, or as its sentences in order.
  let at = 0;
  for (const source of show.paras) {
    const pieces: Para[] = [];
    do pieces.push(shown[at++]!);
    while (at < shown.length && normalise(pieces.map((p) => p.text).join(' ')).length < normalise(source.text).length);
    if (normalise(pieces.map((p) => p.text).join(' ')) !== normalise(source.text) || pieces.some((p) => p.kind !== source.kind))
      problems.push(`${where}: lost or reordered: ${source.text}`);
    if (pieces.length === 1) continue;
    if (paraLines(source, show.budget.charsPerLine) <= budgetLines)
      problems.push(`${where}: a paragraph or card that fits on a screen was cut: ${source.text}`);
    // A card longer than a screen turns between its items ("… ·"); anything else at a sentence end.
    const cutsAt = source.kind === 'phone' && source.text.includes(' · ') ? /·$/ : ENDS_SENTENCE;
    for (const piece of pieces.slice(0, -1)) {
      if (!cutsAt.test(piece.text)) problems.push(`${where}: cut mid-sentence: ${piece.text}`);
    }
    for (const piece of pieces) {
      if (!quotesClosed(piece.text)) problems.push(`${where}: cut mid-quotation: ${piece.text}`);
    }
  }
  if (at !== shown.length) problems.push(`${where}: shows more than the story says`);
  for (const screen of screens) {
    if (screens.length > 1 && !screen.oversize && screen.lines > budgetLines) problems.push(`${where}: a screen over its budget`);
    if (screen.oversize && screen.paras.length !== 1) problems.push(`${where}: an oversize screen holds more than its one paragraph or sentence`);
  }
  return problems;
}

describe('a first page that holds less (the reveal: the standards on its first page only)', () => {
  const first: PageBudget = { charsPerLine: 50, lines: 4 };
  const later: PageBudget = { charsPerLine: 50, lines: 8 };
  const paras = [ofLines(3), ofLines(3), ofLines(3), ofLines(3)];

  it('keeps every paragraph once, in order, with the first page within the smaller budget', () => {
    const pages = firstThenRest(composePages, paras, first, later);
    expect(pages.flat().map((p) => p.text)).toEqual(paras.map((p) => p.text));
    expect(pages[0]!.reduce((n, p) => n + cost(p), 0)).toBeLessThanOrEqual(first.lines);
    for (const page of pages.slice(1)) expect(page.reduce((n, p) => n + cost(p), 0)).toBeLessThanOrEqual(later.lines);
  });

  it('takes fewer pages than the smaller budget throughout', () => {
    expect(firstThenRest(composePages, paras, first, later).length).toBeLessThan(composePages(paras, first).length);
  });

  it('goes on from where the first page cut a paragraph', () => {
    const long = text(Array.from({ length: 12 }, (_, i) => `Sentence number ${i} is here.`).join(' '));
    const pages = firstThenRest(composePages, [long], first, later);
    expect(pages.length).toBeGreaterThan(1);
    expect(joined(pages)).toBe(long.text);
  });

  it('is the one budget when everything fits on the first page', () => {
    expect(firstThenRest(composePages, [ofLines(2)], first, later)).toEqual(composePages([ofLines(2)], first));
  });
});
