// What an assignment's class label and due date may be. Anyone can make a link, and the course
// shows its label on its own pages, so a label is refused when it could pass for the course's own
// instructions: a web or e-mail address ("URGENT: re-enter your LMS password at …"), characters
// that reorder or hide text, or more than a short name. A due date must fall in a plausible window,
// so year 1 or 2106 is never shown as a real deadline. The builder and the link reader use these
// same rules, so a link the builder makes is always one the course accepts.

/** The longest class label, in characters (code points), after trimming. */
export const labelMaxLength = 80;

/** The plausible window for due dates, inclusive (YYYY-MM-DD): the course's lifetime, roughly. */
export const earliestDue = '2020-01-01';
export const latestDue = '2099-12-31';

// Dots as browsers read them in addresses: the full stop and its ideographic and full-width forms.
const dot = '[.\u3002\uFF0E\uFF61]';
const webAddress = [
  // A scheme: http://, https://, ftp://, and so on.
  /[a-z][a-z0-9+.-]*:\/\//iu,
  // www. anything.
  new RegExp(`\\bwww${dot}`, 'iu'),
  // A domain name: a word, a dot and two letters or more with no space between (example.com,
  // bit.ly, пример.рф). "e.g.", "Ph.D" or "v2.1" are not; "Mr.Smith" is, and is refused.
  new RegExp(`[\\p{L}\\p{N}-]${dot}\\p{L}{2,}(?![\\p{L}\\p{N}])`, 'u'),
  // An IP address.
  new RegExp(`\\d{1,3}(?:${dot}\\d{1,3}){3}`, 'u'),
];
const emailAddress = new RegExp(`[^\\s@]@[^\\s@]+${dot}[^\\s@]`, 'u');
// Control characters, and the invisible marks that reverse or isolate the direction of text.
const hiddenCharacters = /[\p{Cc}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;

/** Why a class label cannot be used (a sentence about "the class label"), or undefined if it can. */
export function labelProblem(label: string): string | undefined {
  const trimmed = label.trim();
  // Full-width letters and dots read as their plain forms, as a browser would read an address.
  const plain = trimmed.normalize('NFKC');
  if (trimmed.length === 0) return 'The class label is empty.';
  if (Array.from(trimmed).length > labelMaxLength)
    return `The class label is longer than ${String(labelMaxLength)} characters.`;
  if (hiddenCharacters.test(trimmed)) return 'The class label contains control or text-direction characters.';
  if (emailAddress.test(plain))
    return 'The class label contains an e-mail address, which assignment labels may not carry.';
  if (webAddress.some((pattern) => pattern.test(plain)))
    return 'The class label contains what looks like a web address (a word, a dot and a word with no space between, like example.com), which assignment labels may not carry.';
  return undefined;
}

/** Is this a real calendar date (not 2026-02-31)? */
function isCalendarDate(date: string): boolean {
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date;
}

/** Why a due date (YYYY-MM-DD) cannot be used (a sentence), or undefined if it can. */
export function dueProblem(due: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(due) || !isCalendarDate(due)) return 'The due date is not a real date.';
  // Same-length ISO dates compare as strings.
  if (due < earliestDue || due > latestDue)
    return `The due date must be between ${earliestDue} and ${latestDue}.`;
  return undefined;
}
