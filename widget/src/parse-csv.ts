/** A data row as read from JSON or CSV: field name → cell. */
export type DataRow = Record<string, unknown>;

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Returns the rows of CSV `text` (RFC 4180: quoted fields, doubled quotes, CRLF or LF) as objects keyed by the header
 * row. Cells that are plain decimal numbers become numbers, empty cells become null, everything else stays text.
 * A hand-written loop: d3-dsv's object parser builds its row converter with `new Function`, which a strict CSP forbids.
 */
export function parseCsv(text: string): DataRow[] {
  const records = csvRecords(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  const header = records.shift();
  if (!header) return [];
  const names = header.map((h) => h.trim());
  const rows: DataRow[] = [];
  for (const record of records) {
    if (record.length === 1 && record[0] === "") continue;
    const row: DataRow = {};
    names.forEach((name, i) => {
      row[name] = cellValue(record[i]);
    });
    rows.push(row);
  }
  return rows;
}

function cellValue(cell: string | undefined): unknown {
  if (cell === undefined) return null;
  const t = cell.trim();
  if (t === "") return null;
  if (NUMBER.test(t)) return Number(t);
  return cell;
}

/** Returns the records of CSV text as arrays of raw field strings. */
export function csvRecords(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let i = 0;
  const n = text.length;
  let quoted = false;
  while (i < n) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      field += c;
      i++;
      continue;
    }
    if (c === '"' && field === "") {
      quoted = true;
      i++;
    } else if (c === ",") {
      record.push(field);
      field = "";
      i++;
    } else if (c === "\n" || c === "\r") {
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      i += c === "\r" && text[i + 1] === "\n" ? 2 : 1;
    } else {
      field += c;
      i++;
    }
  }
  if (field !== "" || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}
