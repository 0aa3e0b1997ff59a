/**
 * Real places, schools, people and cases the stories must not name, so that no real family, school or
 * person can be read into a fictional scenario. Every .ink file under stories/ is checked against this list
 * (tests/content/names.test.ts), new scenarios included. Add to it whenever a review finds a real name.
 * The test matches whole words in any case, and any spacing or hyphen between a name's words
 * ("Low Moor", "Low-Moor", "Lowmoor").
 */
export interface NameToAvoid {
  name: string;
  why: string;
}

export const NAMES_TO_AVOID: readonly NameToAvoid[] = [
  { name: 'Low Moor', why: 'A real area of Bradford.' },
  { name: 'Brookfield', why: 'Real Brookfield primary schools and estates exist.' },
  { name: 'Heathfield', why: 'Real Heathfield estates exist, one named in a child-protection disclosure.' },
  { name: 'Lorna Fenwick', why: 'The name the scenarios once gave a real 2014 fitness-to-practise case; the case is now fictionalised.' },
  { name: 'Siobhan Condon', why: 'The social worker in the real 2014 case: cite the public decision in references, not in a story.' },
  { name: 'Joanna Thomas', why: 'A real social worker struck off in 2019.' },
  { name: 'UK Social Workers Exposed', why: 'A real hate page (2012).' },
];
