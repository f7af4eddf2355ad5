// The name a learner types for their certificate: what is kept of it, and when it is refused.
// The certificate shows it as text, never markup; here it only has to be a name a person reads.

/** The longest name kept (longer names are cut): enough for any real name, small in the record. */
export const nameLimit = 80;

/**
 * Characters nobody can see or that break a line of text: control characters, format
 * characters such as zero-width spaces and direction marks, and halves of a character cut in
 * two (Unicode categories Cc, Cf and Cs).
 */
const invisible = /[\p{Cc}\p{Cf}\p{Cs}]/gu;

export type NameCheck = { ok: true; name: string } | { ok: false; message: string };

/** Folds runs of space, drops invisible characters, and refuses a name with no letter in it. */
export function checkLearnerName(typed: string): NameCheck {
  const name = typed.replace(invisible, '').replace(/\s+/g, ' ').trim().slice(0, nameLimit).trim();
  if (!/\p{L}/u.test(name))
    return { ok: false, message: 'Please type your name: it needs at least one letter.' };
  return { ok: true, name };
}
