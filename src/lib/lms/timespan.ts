// Session time in each SCORM version's own format.

/** SCORM 1.2 CMITimespan, HHHH:MM:SS (hours up to 9999). */
export function cmiTimespan(seconds: number): string {
  const whole = Math.min(Math.max(0, Math.floor(seconds)), 9999 * 3600 + 3599);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(whole / 3600))}:${pad(Math.floor(whole / 60) % 60)}:${pad(whole % 60)}`;
}

/** SCORM 2004 timeinterval, an ISO 8601 duration such as PT1H2M3S. */
export function isoDuration(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  return `PT${String(Math.floor(whole / 3600))}H${String(Math.floor(whole / 60) % 60)}M${String(whole % 60)}S`;
}
