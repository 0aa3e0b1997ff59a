/**
 * What the player did in the phone's pieces, as the ink variables a story can read. The form's own fields
 * go across as they are; the composer adds what the post analyser found, so a story can branch on
 * "the post names a family" without parsing text.
 */
import type { PostAnalysis, PostContext } from '../post-check/analyser.ts';
import { postChecker } from '../post-check/checker.ts';
import { ALL_SETTING_CONTROLS, isAppId, POST_FIELDS, type FormValues, type PieceForm } from './pieces.ts';

export type InkValue = string | number | boolean;

/** Flag kinds that could identify someone. */
const IDENTIFYING = new Set(['name', 'place', 'school', 'court', 'date-time', 'age', 'check-in', 'photo']);

/** The derived post variables, documented for authors in stories/README.md. */
export const POST_RESULT_VARIABLES = [
  'post_flags',
  'post_serious',
  'post_identifies',
  'post_case_detail',
  'post_derogatory',
  'post_employer',
  'post_empty',
] as const;

export function analyseComposed(form: Extract<PieceForm, { kind: 'composer' }>, values: FormValues, context: PostContext): PostAnalysis {
  const platform = String(values.post_platform ?? form.platform);
  const photo = form.photos.find((p) => p.id === values.post_photo);
  const checkIn = typeof values.post_check_in === 'string' && values.post_check_in !== '' ? values.post_check_in : undefined;
  return postChecker()(
    {
      text: String(values.post_text ?? ''),
      platform: isAppId(platform) ? platform : form.platform,
      audience: String(values.post_audience ?? ''),
      ...(photo ? { photo: { id: photo.id, label: photo.label, shows: photo.shows } } : {}),
      ...(checkIn ? { checkIn } : {}),
    },
    context,
  );
}

/** The ink assignments for a choice taken while these forms were open. */
export function formAssignments(forms: readonly PieceForm[], values: FormValues, context: PostContext): Record<string, InkValue> {
  const out: Record<string, InkValue> = {};
  for (const form of forms) {
    if (form.kind === 'settings') {
      for (const c of ALL_SETTING_CONTROLS) if (c.variable.startsWith(`${form.platform}_`) && c.variable in values) out[c.variable] = values[c.variable]!;
    } else if (form.kind === 'pictures') {
      if (typeof values.profile_picture === 'string') out.profile_picture = values.profile_picture;
    } else {
      for (const name of POST_FIELDS) out[name] = values[name] ?? '';
      const analysis = analyseComposed(form, values, context);
      const kinds = new Set(analysis.flags.map((f) => f.kind));
      out.post_flags = analysis.flags.length;
      out.post_serious = analysis.serious;
      out.post_identifies = [...kinds].some((k) => IDENTIFYING.has(k));
      out.post_case_detail = kinds.has('case-word') || kinds.has('court');
      out.post_derogatory = kinds.has('derogatory') || kinds.has('emotive');
      out.post_employer = kinds.has('employer');
      out.post_empty = String(values.post_text ?? '').trim() === '';
    }
  }
  return out;
}

/** Every variable a story may declare to read the settings and the picture. */
export const SETTING_VARIABLES: readonly string[] = [...ALL_SETTING_CONTROLS.map((c) => c.variable), 'profile_picture'];
