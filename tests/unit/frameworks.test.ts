/**
 * Standards frameworks, teaching and references as data: every mapping lands on a real clause, every
 * source the debrief can cite exists, the facts about regulators are the checked ones, and choosing a
 * framework changes how the debrief names the standards.
 */
import { describe, expect, it } from 'vitest';
import { buildDebrief, debriefMarkdown, shortStandardLabel, standardHeading } from '../../src/core/teaching/debrief.ts';
import { DEBRIEF_FRAMEWORKS, equivalentOf, FRAMEWORK_IDS, MAPPED_HCPC_2008, REGULATORS } from '../../src/core/teaching/frameworks.ts';
import { EMPTY_LEDGER, addFeedback, recordDecision } from '../../src/core/teaching/ledger.ts';
import { findReference, HANDOUT_CORRECTIONS, REFERENCES } from '../../src/core/teaching/references.ts';
import { ENDING_LEVELS } from '../../src/core/teaching/standards.ts';
import { PRACTICE_TEACHING, STANDARD_TEACHING, ENDING_IN_REAL_LIFE } from '../../src/content/teaching.ts';
import { COVERS_SLUGS, HANDOUT_STANDARDS } from '../../src/core/teaching/coverage.ts';

const ledger = addFeedback(
  recordDecision(EMPTY_LEDGER, {
    choiceText: 'Post about the hearing',
    impacts: [
      { framework: 'hcpc-2008', standard: 2, impact: 'breach' },
      { framework: 'hcpc-2008', standard: 13, impact: 'risk' },
    ],
    discuss: undefined,
    covers: ['case-talk', 'audience-limits'],
  }),
  'A court and a date can identify a family.',
);

describe('frameworks', () => {
  it('are the handout’s HCPC 2008, Social Work England 2019 and HCPC 2016/2024', () => {
    expect(DEBRIEF_FRAMEWORKS.map((f) => f.id)).toEqual([...FRAMEWORK_IDS]);
    expect(DEBRIEF_FRAMEWORKS.map((f) => f.id)).toEqual(['hcpc-2008', 'swe-2019', 'hcpc-2024']);
  });

  it.each(DEBRIEF_FRAMEWORKS.map((f) => [f.id, f] as const))('%s maps every HCPC-2008 standard the stories use to clauses it has', (_id, f) => {
    for (const n of MAPPED_HCPC_2008) {
      const eq = equivalentOf(f, n);
      expect(eq, `standard ${n}`).toBeDefined();
      expect(eq!.clauses.length, `standard ${n}`).toBe(f.mapping[n]!.codes.length);
      expect(eq!.clauses.length).toBeGreaterThan(0);
    }
    expect(findReference(f.referenceId)).toBeDefined();
  });

  it('marks only checked facts as verified: the mappings to today’s frameworks are our reading', () => {
    for (const f of DEBRIEF_FRAMEWORKS.filter((x) => x.id !== 'hcpc-2008')) for (const n of MAPPED_HCPC_2008) expect(f.mapping[n]!.verified).toBe(false);
    const swe = DEBRIEF_FRAMEWORKS.find((f) => f.id === 'swe-2019')!;
    const verified = swe.clauses.filter((c) => c.verified).map((c) => c.code);
    expect(verified).toEqual(['1.7', '2.1', '2.2', '2.3', '2.6', '3.10', '5', '5.6', '6.6']);
  });

  it('names the regulator in each nation, with Social Work England since 2 December 2019', () => {
    expect(REGULATORS.map((r) => r.nation)).toEqual(['England', 'Scotland', 'Wales', 'Northern Ireland']);
    expect(REGULATORS[0]).toMatchObject({ name: 'Social Work England', since: '2 December 2019' });
    expect(REGULATORS.map((r) => r.name).join(' ')).toMatch(/SSSC.*Social Care Wales.*NISCC/);
  });
});

describe('teaching data', () => {
  it('has advice for every risk and good-practice point, and a why for every standard the stories may score', () => {
    for (const slug of COVERS_SLUGS) expect(PRACTICE_TEACHING[slug]?.advice, slug).toBeTruthy();
    for (const n of MAPPED_HCPC_2008) expect(STANDARD_TEACHING[n]?.why, String(n)).toBeTruthy();
    for (const item of HANDOUT_STANDARDS) expect(MAPPED_HCPC_2008).toContain(item.number);
    for (const level of ENDING_LEVELS) expect(ENDING_IN_REAL_LIFE[level].length).toBeGreaterThan(40);
  });

  it('every source it cites exists in the references', () => {
    const cited = [
      ...Object.values(STANDARD_TEACHING).flatMap((t) => t.sources),
      ...Object.values(PRACTICE_TEACHING).flatMap((t) => t.sources),
      ...HANDOUT_CORRECTIONS.flatMap((c) => c.sources),
      ...REGULATORS.map((r) => r.referenceId),
      ...DEBRIEF_FRAMEWORKS.map((f) => f.referenceId),
    ];
    const ids = new Set<string>(REFERENCES.map((r) => r.id));
    expect(cited.filter((id) => !ids.has(id))).toEqual([]);
    expect(ids.size).toBe(REFERENCES.length);
  });

  it('every reference has a title, a publisher and a year, and unverified ones say so', () => {
    for (const r of REFERENCES) expect(r.title && r.publisher && r.year && r.author, r.id).toBeTruthy();
    expect(
      REFERENCES.filter((r) => !r.verified && !r.note).map((r) => r.id),
      'unverified, with no note saying so',
    ).toEqual([]);
  });

  it('corrects the handout: X, Social Work England, and the 2014 article’s author', () => {
    const text = HANDOUT_CORRECTIONS.map((c) => c.text).join('\n');
    expect(text).toMatch(/Twitter is now X/);
    expect(text).toMatch(/Social Work England since 2 December 2019/);
    expect(text).toMatch(/Michael Guthrie, the HCPC's Director of Policy and Standards/);
    expect(findReference('guthrie-2014')?.author).toMatch(/Guthrie/);
  });
});

describe('the debrief in each framework', () => {
  const inEach = Object.fromEntries(
    FRAMEWORK_IDS.map((id) => [id, buildDebrief({ scenarioTitle: 'T', ledger, ending: { level: 'referral', title: 'Referred' }, frameworkId: id })]),
  );

  it('names the same play-through’s standards differently in each framework', () => {
    expect(inEach['hcpc-2008']!.standards.map((s) => s.heading)).toEqual([
      'Standard 2: Respect the confidentiality of service users',
      'Standard 13: Behave with honesty and integrity; keep public confidence in you and the profession',
    ]);
    expect(inEach['swe-2019']!.standards.map((s) => s.heading)).toEqual([
      'Social Work England 2.6 and 2.2: Treat information about people with sensitivity and handle confidential information lawfully; Respect people’s dignity and privacy',
      'Social Work England 2.1 and 5.6: Be open, honest, reliable and fair; Do not use technology or social media unlawfully, unethically, or in a way that brings the profession into disrepute',
    ]);
    expect(inEach['hcpc-2024']!.standards.map((s) => s.heading)).toEqual([
      'HCPC (2024) 5: Respect confidentiality',
      'HCPC (2024) 9: Be honest and trustworthy',
    ]);
    // The same decisions and outcome underneath.
    for (const d of Object.values(inEach))
      expect(d.standards.map((s) => [s.number, s.outcome])).toEqual([
        [2, 'breach'],
        [13, 'risk'],
      ]);
  });

  it('teaches per standard: why, good practice from what the decision covered, sources that exist', () => {
    const s = inEach['swe-2019']!.standards[0]!;
    expect(s.why).toMatch(/court, a date/);
    expect(s.goodPractice.map((g) => g.slug)).toEqual(['case-talk', 'audience-limits', 'think-first']);
    expect(s.goodPractice[1]!.point).toBe('Good practice 4: Audience settings are no guarantee: friends can pass things on');
    expect(s.sources.length).toBeGreaterThan(0);
    expect(s.mappingVerified).toBe(false);
    const d = inEach['swe-2019']!;
    for (const r of d.standards.flatMap((x) => [...x.sources, ...x.goodPractice.flatMap((g) => g.sources)])) expect(d.references).toContain(r);
  });

  it('signposts support after a serious ending or where the story showed it, and not otherwise', () => {
    expect(inEach['hcpc-2008']!.support?.map((s) => s.who).join(' ')).toMatch(/manager.*employer.*union.*Safer Internet Centre/is);
    expect(buildDebrief({ scenarioTitle: 'T', ledger, ending: { level: 'advice', title: 'A word' } }).support).toBeUndefined();
    expect(buildDebrief({ scenarioTitle: 'T', ledger, ending: { level: 'advice', title: 'A word' }, supportShown: true }).support).toBeDefined();
  });

  it('offers the scenario’s own reflection prompts first', () => {
    const d = buildDebrief({ scenarioTitle: 'T', ledger, ending: undefined, reflect: ['Who would you tell?'] });
    expect(d.reflections[0]).toBe('Who would you tell?');
    expect(d.reflections.length).toBeGreaterThan(1);
  });

  it('has short labels for the projector in each framework', () => {
    expect(shortStandardLabel('hcpc-2008', 3)).toBe('Standard 3');
    expect(shortStandardLabel('swe-2019', 3)).toBe('SWE 5, 5.2, 5.6');
    expect(shortStandardLabel('hcpc-2024', 2)).toBe('HCPC (2024) 5');
    expect(shortStandardLabel('swe-2019', 11)).toBe('HCPC (2008) standard 11');
  });

  it('a standard with no recorded equivalent says so rather than guessing', () => {
    expect(standardHeading('swe-2019', 11)).toMatchObject({ verified: false, note: 'No equivalent recorded for this framework.' });
  });

  it('downloads as Markdown with the standards, reflection, support and references', () => {
    const md = debriefMarkdown(inEach['swe-2019']!, '2026-11-27');
    expect(md).toMatch(/^# Debrief: T/);
    expect(md).toMatch(/## Social Work England 2.6 and 2.2/);
    expect(md).toMatch(/HCPC standard 2: /);
    expect(md).toMatch(/Sources: Standards of conduct, performance and ethics \(HCPC, 2008 \(republished 2012\)\)/);
    expect(md).toMatch(/## Reflection/);
    expect(md).toMatch(/## Support/);
    expect(md).toMatch(/## References/);
  });
});
