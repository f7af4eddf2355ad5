/** A share from 0 to 1 as a whole percentage: 0.785 → "79%". */
export function percent(share: number): string {
  return `${String(Math.round(share * 100))}%`;
}
