/**
 * The building blocks of the post checker's patterns (regular-expression source text, matched against the
 * analyser's lower-cased "shadow" copy of a post): word boundaries, spaces, number words, months, days, the
 * endings of street and school names. Data only; imported only by the checker's lexicon, its jigsaw pieces and
 * the analyser, so it stays in the analyser's lazily loaded chunk.
 */

/** A word character in a shadow text: a letter, digit or underscore (anything outside ASCII punctuation). */
export const WORD = '[^\\x00-\\x2f\\x3a-\\x40\\x5b-\\x5e\\x60\\x7b-\\x7f]';
/** Not preceded by a word character (a Unicode-aware `\b` at the start of a word). */
export const B = `(?<!${WORD})`;
/** Not followed by a word character. */
export const E = `(?!${WORD})`;
/** One to three spaces between words (line breaks are spaces in the shadow text). */
export const S = ' {1,3}';
/** Every apostrophe is "'" in the shadow text. */
export const APOS = "'";

export const NUMBER_WORDS =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty';
export const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
export const DAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
export const FAMILY = 'mums?|mother|dads?|father|parents?|famil(?:y|ies)|kids|children|child|clients?|service' + S + 'users?|teenagers?';

/** A capitalised word (case-sensitive pattern), e.g. the "Castle" in "Castle Street". */
export const CAP_WORD = `${B}\\p{Lu}(?:${WORD}|['-]){0,30}`;
/** `SCHOOL_ENDINGS`, `STREET_ENDINGS`: first letter either case, for case-sensitive patterns. */
export const SCHOOL_ENDINGS = "[Pp]rimary|[Aa]cademy|[Ii]nfants|[Jj]uniors|[Nn]ursery|[Ss]chool|[Hh]igh|[Cc]ollege|[Ff]amily [Cc]entre|[Cc]hildren's [Cc]entre";
export const STREET_ENDINGS =
  '[Rr]oad|[Ss]treet|[Aa]venue|[Ll]ane|[Cc]lose|[Dd]rive|[Cc]rescent|[Ww]ay|[Gg]rove|[Gg]ardens|[Pp]lace|[Tt]errace|[Ss]quare|[Ee]state|[Mm]ews|[Rr]ow|[Ww]alk|[Rr]ise|[Pp]arade|[Ff]lats|[Hh]ouse|[Tt]ower|[Vv]iew|[Ll]odge|[Gg]range|[Mm]anor';

/** "I work", "we've worked", "I have been working", "I visited"… */
export const I_WORK = `(?:i|we)(?:'ve|${S}have|'d|${S}had)?${S}(?:work|worked|been${S}working|am${S}working|are${S}working|support|supported|been${S}supporting|am${S}supporting|visit|visited)`;
/** One optional word between a determiner and a noun: "a lovely family". */
export const ADJ = `(?:(?:${WORD}|-){1,20}${S})?`;

export const MILD_ADJECTIVES =
  'useless|hopeless|pathetic|evil|unfit|nightmare|worst|vile|disgusting|feckless|drunk|drunken|clueless|lazy|stupid|thick|selfish|deadbeat|gobby|mouthy|crackhead|junkie|smackhead|scrounging|sponging|grabby|filthy|dirty|manipulative|aggressive|toxic|psycho|mental|thick-as';

// Context words the analyser reads as a whole post (see post-check-cues.ts for the others).

/** A day out or time off: "the kids" in it are the poster's own, and a story place there is just a place. */
export const LEISURE = new RegExp(
  `${B}(?:beach|seaside|picnic|flask|park${S}?run|dog${S}walk|walkies|bike${S}ride|holiday|hols|day${S}out|days${S}out|brunch|bbq|barbecue|swimming${S}(?:lessons?|pool)|football${S}(?:match|training)|perfect${S}(?:sunday|saturday|weekend|day)|lazy${S}(?:sunday|saturday|day)|soft${S}play)${E}`,
  'u',
);

/** A thing a photo shows that can tell people who or where: a name, a letter, a screen, a lanyard, a sign. */
export const TELLING_DETAIL = new RegExp(
  `${B}(?<!(?:blank|empty|clean|wiped|no|without|own)${S})(?:names?|surnames?|address(?:es)?|letters?|cards?|envelopes?|files?|folders?|notes|notebooks?|screens?|laptops?|monitors?|whiteboards?|lanyards?|id${S}badges?|staff${S}(?:pass|badge)|passes|uniforms?|logos?|signs?|house${S}numbers?|number${S}plates?|registration|school|court|office|council|case|chronology|minutes|reports?|faces?|child|children|kids?|family|families|writing|handwriting|postcode|street|door${S}number)${E}`,
  'u',
);
