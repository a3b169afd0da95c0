/**
 * Whether a per-row formula template can be written once and copied down (Range.copyFrom) instead of being
 * written row by row: true when the only reference that moves from row to row is `{row}` — every other
 * reference has its row anchored (`$F$4`), so a copy moves exactly `{row}` as the plan means.
 */

const REF = /(^|[^A-Za-z0-9_.$])\$?[A-Za-z]{1,3}(\$?)(\d+)(?![A-Za-z0-9_(])/g;

/**
 * O(template length).
 * @param template a plan formula template with `{row}`
 * @returns true when copying the first row's formula down gives each row's formula
 * @example isFillDownSafe("IF($A{row}=\"\",\"\",$B$4)") // => true
 */
export function isFillDownSafe(template: string): boolean {
  const outside = template.replace(/"(?:[^"]|"")*"/g, '""').replace(/\{row\}/g, "");
  for (const m of outside.matchAll(REF)) if (m[2] !== "$") return false;
  return true;
}
