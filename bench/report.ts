/** Figures and tables every benchmark prints the same way. */

/** The middle value, or the mean of the two middle ones. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  return Number.isInteger(middle) ? (sorted[middle - 1]! + sorted[middle]!) / 2 : sorted[Math.floor(middle)]!;
}

/** Nearest-rank percentile: a value that was actually measured, never an interpolation. */
export function percentile(values: readonly number[], rank: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((rank / 100) * sorted.length) - 1));
  return sorted[index]!;
}

export const fixed = (value: number, digits = 1): string => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
export const whole = (value: number): string =>
  Number.isFinite(value) ? Math.round(value).toLocaleString('en') : 'n/a';
export const megabytes = (bytes: number): string => fixed(bytes / 1024 / 1024, 1);
export const percent = (ratio: number, digits = 0): string => `${fixed(ratio * 100, digits)}%`;

/** Present with `node --expose-gc` (what `npm run bench` passes); without it memory figures include garbage. */
export const gc = (globalThis as { gc?: () => void }).gc;

/** Numbers right-aligned, text left-aligned, one header rule: readable in a terminal and pasteable in notes. */
export function printTable(title: string, headers: readonly string[], rows: readonly string[][], notes: string[] = []) {
  const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => row[column]!.length)));
  const numeric = headers.map((_, column) => rows.every((row) => isNumeric(row[column]!)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => (numeric[column] ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)))
      .join('  ')
      .trimEnd();
  console.log(`\n${title}`);
  console.log(line(headers));
  console.log(line(widths.map((width) => '-'.repeat(width))));
  for (const row of rows) console.log(line(row));
  for (const note of notes) console.log(`  ${note}`);
}

function isNumeric(cell: string): boolean {
  return /^(?:>=)?[-+]?[\d,.]+x?%?$/.test(cell) || cell === 'n/a';
}
