import type { MessageEntry, MessageTable } from "./types.ts";

// Every area's table registers itself here when its module is evaluated. The lookup is by registration rather than
// by one object that imports every table so that a bundle which uses only some areas (the widget uses no scoring,
// RFM or CLV) carries only those areas' texts: an area's code references its own table, the table's module then
// registers it, and an area the bundle never calls can raise no issue that would need its text.
const registered: Record<string, MessageEntry> = Object.create(null) as Record<string, MessageEntry>;

/** Registers `table`'s codes for {@link messageEntry} and returns the table unchanged. */
export function registerMessages<T extends MessageTable>(table: T): T {
  for (const code of Object.keys(table)) registered[code] = table[code]!;
  return table;
}

/** Returns the zh-CN and en text of `code`, or undefined when no loaded area has that code. */
export function messageEntry(code: string): MessageEntry | undefined {
  // The registry has no prototype, so "constructor" or "__proto__" are no codes.
  return registered[code];
}
