/**
 * Who regulates social workers in each UK nation, and the standards each sets, as data (checked against each
 * regulator's own site, all verified; each `referenceId` is in references.ts). The debrief lists them so players outside
 * England know whose standards apply to them.
 */

import type { ReferenceId } from './references.ts';

export interface Regulator {
  nation: string;
  name: string;
  since?: string;
  standards: string;
  referenceId: ReferenceId;
}

/** Who regulates social workers where (brief section 3; all verified). */
export const REGULATORS: readonly Regulator[] = [
  { nation: 'England', name: 'Social Work England', since: '2 December 2019', standards: 'Professional standards (2019)', referenceId: 'swe-standards-2019' },
  {
    nation: 'Scotland',
    name: 'Scottish Social Services Council (SSSC)',
    standards: 'SSSC Codes of Practice for Social Service Workers and Employers (revised 2024) and its social media guidance',
    referenceId: 'sssc-codes-2024',
  },
  {
    nation: 'Wales',
    name: 'Social Care Wales',
    standards: 'Code of Professional Practice for Social Care Workers (the updated Code in force since 1 July 2026)',
    referenceId: 'scw-code',
  },
  {
    nation: 'Northern Ireland',
    name: 'Northern Ireland Social Care Council (NISCC)',
    standards: 'Standards of Conduct and Practice for Social Workers (2015)',
    referenceId: 'niscc-standards-2015',
  },
];
