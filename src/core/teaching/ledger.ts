/** The consequence ledger: every decision taken, what it did to which standard, and the feedback that explained it. Pure functions over plain data. */
import type { StandardImpact } from '../story/tag-specs.ts';
import { findStandard, type Framework, type Impact, type Standard } from './standards.ts';

export interface Decision {
  /** 0-based position in the list of choices made. */
  step: number;
  choiceText: string;
  impacts: StandardImpact[];
  feedback: string[];
  /** The discussion prompt that preceded this choice point, if any. */
  discuss: string | undefined;
  /** The risks and good-practice points the decision covers (#covers). */
  covers?: string[];
}

export interface Ledger {
  readonly decisions: readonly Decision[];
}

export const EMPTY_LEDGER: Ledger = { decisions: [] };

export function recordDecision(ledger: Ledger, decision: Omit<Decision, 'step' | 'feedback'>): Ledger {
  return {
    decisions: [...ledger.decisions, { ...decision, step: ledger.decisions.length, feedback: [] }],
  };
}

/** Attach a #feedback line to the most recent decision (feedback before any decision is ignored). */
export function addFeedback(ledger: Ledger, text: string): Ledger {
  const last = ledger.decisions[ledger.decisions.length - 1];
  if (!last || text.trim() === '') return ledger;
  return {
    decisions: [...ledger.decisions.slice(0, -1), { ...last, feedback: [...last.feedback, text.trim()] }],
  };
}

/** Impacts from what the player did in a piece (#impact), added to the most recent decision. */
export function addImpacts(ledger: Ledger, impacts: readonly StandardImpact[]): Ledger {
  const last = ledger.decisions[ledger.decisions.length - 1];
  if (!last || impacts.length === 0) return ledger;
  return { decisions: [...ledger.decisions.slice(0, -1), { ...last, impacts: [...last.impacts, ...impacts] }] };
}

const SEVERITY: Record<Impact, number> = { upheld: 0, risk: 1, breach: 2 };

export function worst(a: Impact, b: Impact): Impact {
  return SEVERITY[a] >= SEVERITY[b] ? a : b;
}

export interface StandardOutcome {
  standard: Standard;
  /** The worst impact recorded: a later good choice does not erase an earlier breach. */
  outcome: Impact;
  counts: Record<Impact, number>;
  decisions: { decision: Decision; impact: Impact }[];
}

/** One entry per standard touched, in the framework's order. */
export function standardOutcomes(ledger: Ledger, framework: Framework): StandardOutcome[] {
  const byNumber = new Map<number, StandardOutcome>();
  for (const decision of ledger.decisions) {
    for (const { framework: fw, standard, impact } of decision.impacts) {
      if (fw !== framework.id) continue;
      const st = findStandard(framework, standard);
      if (!st) continue;
      let entry = byNumber.get(standard);
      if (!entry) {
        entry = { standard: st, outcome: impact, counts: { upheld: 0, risk: 0, breach: 0 }, decisions: [] };
        byNumber.set(standard, entry);
      }
      entry.outcome = worst(entry.outcome, impact);
      entry.counts[impact]++;
      entry.decisions.push({ decision, impact });
    }
  }
  return Array.from(byNumber.values()).toSorted((a, b) => a.standard.number - b.standard.number);
}

export function impactTotals(ledger: Ledger): Record<Impact, number> {
  const totals: Record<Impact, number> = { upheld: 0, risk: 0, breach: 0 };
  for (const d of ledger.decisions) for (const i of d.impacts) totals[i.impact]++;
  return totals;
}
