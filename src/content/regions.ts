/**
 * Where the learner practises, as data: the choice asked before the first scenario and in Settings, and
 * how the debrief, the reveal and the record name each standard in that regulator's code beside the HCPC
 * standard the stories score. England (and, by default, a student) reads Social Work England's standards
 * through the framework data in frameworks.ts; Scotland, Wales and Northern Ireland name their regulator's
 * own code, with a clause number only where one was confirmed (SSSC Code 5.8, on behaviour in and outside
 * work). Regulators and their references are in regulators.ts and references.ts.
 */
import type { FrameworkId } from './frameworks.ts';
import type { ReferenceId } from './references.ts';

export const REGION_IDS = ['england', 'scotland', 'wales', 'northern-ireland', 'student'] as const;
export type RegionId = (typeof REGION_IDS)[number];
/** Not asked yet, or the learner skipped the question: the debrief follows the framework setting. */
export const REGION_SETTINGS = ['unset', 'skipped', ...REGION_IDS] as const;
export type RegionSetting = (typeof REGION_SETTINGS)[number];

export interface RegionClause {
  code: string;
  short: string;
}

export interface Region {
  id: RegionId;
  /** The answer as the learner reads it. */
  label: string;
  /** The regulator, short: "SSSC". */
  regulator: string;
  /** Its code, named in a sentence: "the SSSC Codes of Practice". */
  codeName: string;
  /** How a standard is named in a line: "SSSC Code 5.8". */
  prefix: string;
  /** Where the framework data holds this regulator's clauses, the debrief names them from it. */
  framework?: FrameworkId;
  /** Confirmed clauses by HCPC-2008 standard number (the rest are named by the code alone). */
  clauses?: Readonly<Record<number, RegionClause>>;
  referenceId: ReferenceId;
}

export const REGIONS: readonly Region[] = [
  {
    id: 'england',
    label: 'England (Social Work England)',
    regulator: 'Social Work England',
    codeName: 'Social Work England’s professional standards',
    prefix: 'SWE',
    framework: 'swe-2019',
    referenceId: 'swe-standards-2019',
  },
  {
    id: 'scotland',
    label: 'Scotland (SSSC)',
    regulator: 'SSSC',
    codeName: 'the SSSC Codes of Practice',
    prefix: 'SSSC Code',
    clauses: { 3: { code: '5.8', short: 'behaviour in and outside work' } },
    referenceId: 'sssc-social-media',
  },
  {
    id: 'wales',
    label: 'Wales (Social Care Wales)',
    regulator: 'Social Care Wales',
    codeName: 'the Social Care Wales Code of Professional Practice',
    prefix: 'Social Care Wales Code',
    referenceId: 'scw-code',
  },
  {
    id: 'northern-ireland',
    label: 'Northern Ireland (NISCC)',
    regulator: 'NISCC',
    codeName: 'the NISCC Standards of Conduct and Practice',
    prefix: 'NISCC Standards',
    referenceId: 'niscc-standards-2015',
  },
  {
    id: 'student',
    label: 'I’m a student',
    regulator: 'Social Work England',
    codeName: 'Social Work England’s professional standards',
    prefix: 'SWE',
    framework: 'swe-2019',
    referenceId: 'swe-standards-2019',
  },
];
