/**
 * The learning record as a self-contained HTML document: it opens in any browser or word processor, prints
 * to one or two A4 pages, and holds what a CPD record asks for (what the activity was, what the learner
 * learned and reflected, what they will do differently, with space for a peer reflection). Every text, the
 * learner's own answers above all, goes through the export escaper: nothing in it becomes markup or a link,
 * and it carries no script. Built on the device; it leaves only when the learner downloads it.
 */
import { htmlText } from '../text/export-text.ts';
import { IMPACT_LABELS, standardNameLine, type DebriefData } from './debrief.ts';
import { GENERAL_REFLECTIONS } from '../../content/teaching.ts';
import { RECORD_COPY } from '../../content/copy/record.ts';
import { JUDGEMENT_COPY } from '../../content/copy/judgement.ts';

/** The reflection prompts that ask what the learner will do next: the record's "what I will do differently". */
const PLAN_PROMPTS: ReadonlySet<string> = new Set(GENERAL_REFLECTIONS.slice(0, 2));

const e = htmlText;

const STYLE = `
@page { size: A4; margin: 16mm 16mm 18mm; }
body { font: 11pt/1.45 system-ui, -apple-system, "Segoe UI", Arial, sans-serif; color: #111; max-width: 46rem; margin: 1.5rem auto; padding: 0 1rem; }
h1 { font-size: 1.5rem; margin: 0 0 .2rem; }
h2 { font-size: 1.1rem; margin: 1.1rem 0 .35rem; border-bottom: 1px solid #999; padding-bottom: .1rem; break-after: avoid; }
p, li { margin: .2rem 0; overflow-wrap: anywhere; }
ul, ol { padding-left: 1.3rem; margin: .2rem 0; }
li { break-inside: avoid; }
.meta { color: #333; font-size: .92em; }
.answer { white-space: pre-wrap; border-left: 3px solid #555; padding: .1rem .6rem; margin: .2rem 0 .5rem; }
.empty { color: #555; font-style: italic; }
.space { border: 1px solid #777; min-height: 5.5rem; margin: .3rem 0; }
.badge { font-weight: 700; }
@media print { body { margin: 0; max-width: none; padding: 0; } }
`;

export interface RecordOptions {
  date: string;
  /** The learner's answers, by prompt. */
  notes: Readonly<Record<string, string>>;
  minutes?: number | undefined;
  /** The before-and-after judgement check, when the learner did both halves. */
  judgement?: { before: { right: number; of: number }; after: { right: number; of: number } } | undefined;
}

export function learningRecordHtml(d: DebriefData, { date, notes, minutes, judgement }: RecordOptions): string {
  const c = RECORD_COPY;
  const answer = (prompt: string) => {
    const text = notes[prompt]?.trim();
    return text ? `<p class="answer">${e(text)}</p>` : `<p class="answer empty">${e(c.noAnswer)}</p>`;
  };
  const item = (prompt: string) => `<li><p><strong>${e(prompt)}</strong></p>${answer(prompt)}</li>`;
  const reflect = d.reflections.filter((r) => !PLAN_PROMPTS.has(r));
  const plan = d.reflections.filter((r) => PLAN_PROMPTS.has(r));
  const out: string[] = [
    '<!doctype html>',
    '<html lang="en-GB">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(c.title(d.scenarioTitle))}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<h1>${e(c.title(d.scenarioTitle))}</h1>`,
    `<p class="meta">${e(c.dated(date))}</p>`,
    `<h2>${e(c.activityHeading)}</h2>`,
    `<p>${e(c.activity(d.scenarioTitle, minutes))}</p>`,
  ];
  if (d.ending) out.push(`<p><strong>${e(c.outcome)}</strong> ${e(`${d.ending.label}: ${d.ending.title}.`)} ${e(d.ending.realLife)}</p>`);
  out.push(
    `<h2>${e(c.standardsHeading)}</h2>`,
    `<ul>${d.touched.map((t) => `<li><span class="badge">${e(IMPACT_LABELS[t.outcome])}</span>: ${e(standardNameLine(t.name))}</li>`).join('')}</ul>`,
  );
  if (d.region) out.push(`<p class="meta">${e(c.namedIn(d.region.codeName))}</p>`);
  out.push(`<h2>${e(c.learnedHeading)}</h2>`, '<ol>');
  for (const k of d.keyDecisions) {
    out.push(
      `<li><p>${e(c.chose(k.choiceText))}</p>`,
      k.whatItDid ? `<p>${e(k.whatItDid)}</p>` : '',
      k.better ? `<p>${e(c.better(k.better.text))}</p>` : '',
      '</li>',
    );
  }
  out.push('</ol>');
  if (judgement) out.push(`<p>${e(JUDGEMENT_COPY.record(judgement.before.right, judgement.after.right, judgement.after.of))}</p>`);
  if (d.practice.length) out.push(`<p>${e(c.practice(d.practice.slice(0, 4).map((p) => p.title)))}</p>`);
  out.push(`<h2>${e(c.reflectHeading)}</h2>`, `<ol>${reflect.map(item).join('')}</ol>`);
  out.push(`<h2>${e(c.planHeading)}</h2>`, `<ol>${plan.map(item).join('')}</ol>`);
  out.push(`<h2>${e(c.peerHeading)}</h2>`, `<p>${e(c.peer)}</p>`, '<div class="space"></div>');
  out.push(`<p class="meta">${e(c.footer)}</p>`, '</body>', '</html>', '');
  return out.join('\n');
}
