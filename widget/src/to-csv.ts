/** Returns a CSV cell: quoted when needed, and prefixed with ' when it starts with =, +, -, @ (or tab/CR) so no
 * spreadsheet evaluates it as a formula (OWASP "CSV injection"). Numbers are written as numbers. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  let s = String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Returns CSV text with a UTF-8 byte-order mark (so Excel reads Chinese correctly), a header row and CRLF lines. */
export function toCsv(header: readonly string[], rows: Iterable<readonly unknown[]>): string {
  const lines = [header.map(csvCell).join(",")];
  for (const row of rows) lines.push(row.map(csvCell).join(","));
  return `\ufeff${lines.join("\r\n")}\r\n`;
}
