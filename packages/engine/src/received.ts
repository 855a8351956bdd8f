/** Longest text of a received value quoted in a message: a pasted column must not become the message. */
const MAX_QUOTED = 40;

/**
 * Returns how a message names a value the caller passed: numbers and booleans as written, text quoted (cut at 40
 * characters), and otherwise its kind (`null`, `undefined`, `array`, `object`, `bigint` …). Never throws, even for
 * a null-prototype object, and never shows `[object Object]`.
 */
export function describeReceived(value: unknown): string {
  switch (typeof value) {
    case "number":
    case "boolean":
      return String(value);
    case "string":
      return value === "" ? "blank" : value.length > MAX_QUOTED ? `"${value.slice(0, MAX_QUOTED)}…"` : `"${value}"`;
    case "object":
      if (value === null) return "null";
      if (Array.isArray(value)) return "array";
      if (value instanceof Date) return "date";
      if (ArrayBuffer.isView(value)) return "typed array";
      return "object";
    default:
      return typeof value;
  }
}
