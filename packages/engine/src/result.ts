import * as z from "zod/mini";
import { formatIssue, type IssueCode } from "./messages.ts";
import type { MessageParams } from "./messages/types.ts";

/**
 * An expected problem with the input (an issue) or a caveat on a good result (a warning).
 * `message` is the English text; `formatIssue(issue, "zh-CN")` gives the Chinese one.
 */
export interface Issue {
  readonly code: IssueCode;
  readonly path: readonly (string | number)[];
  readonly message: string;
  readonly params?: MessageParams;
}

/** A caveat attached to a successful result; same shape as an issue. */
export type Warning = Issue;

/** The outcome of every public engine function: data with warnings, or the issues that prevented it. */
export type Result<T> =
  | { readonly success: true; readonly data: T; readonly warnings: readonly Warning[] }
  | { readonly success: false; readonly issues: readonly Issue[] };

/** Returns an issue for `code` at `path`, its English message filled in. */
export function issue(code: IssueCode, path: readonly (string | number)[] = [], params?: MessageParams): Issue {
  const message = formatIssue({ code, path, ...(params ? { params } : {}) }, "en");
  return params ? { code, path, message, params } : { code, path, message };
}

/** Returns a successful result. */
export function ok<T>(data: T, warnings: readonly Warning[] = []): Result<T> {
  return { success: true, data, warnings };
}

/** Returns a failed result carrying `issues`. */
export function fail<T = never>(issues: readonly Issue[]): Result<T> {
  return { success: false, issues };
}

/** Returns issues for a zod error, mapped to the engine's localized codes. `prefix` is prepended to each path. */
export function issuesFromZod(error: z.core.$ZodError, prefix: readonly (string | number)[] = []): Issue[] {
  return error.issues.map((zi) => {
    const path = [...prefix, ...zi.path.filter((k): k is string | number => typeof k !== "symbol")];
    switch (zi.code) {
      case "invalid_type": {
        const received = (zi as { input?: unknown }).input;
        if (zi.expected === "number" && typeof received === "number") {
          return issue("not_finite", path, { received: String(received) });
        }
        return issue("invalid_type", path, { expected: zi.expected, received: describe(received) });
      }
      case "invalid_value":
        return issue("invalid_value", path, { options: zi.values.map(String).join(", ") });
      case "too_small":
        return issue("too_small", path, { minimum: Number(zi.minimum), inclusive: zi.inclusive ?? true });
      case "too_big":
        return issue("too_big", path, { maximum: Number(zi.maximum), inclusive: zi.inclusive ?? true });
      case "unrecognized_keys":
        return issue("unrecognized_keys", path, { keys: zi.keys.join(", ") });
      case "invalid_format":
        // zod/mini loads no locale, so its own message would be a bare "Invalid input": spell out the pattern
        // (the text of zod's English locale, which the engine reported before it moved to zod/mini).
        return issue("invalid_input", path, {
          detail: zi.format === "regex" ? `Invalid string: must match pattern ${zi.pattern}` : zi.message,
        });
      default:
        return issue("invalid_input", path, { detail: zi.message });
    }
  });
}

/** Parses `input` with `schema`, or returns the failed result for it. */
export function parseWith<S extends z.core.$ZodType>(
  schema: S,
  input: unknown,
  prefix: readonly (string | number)[] = [],
): { success: true; data: z.output<S> } | { success: false; result: Result<never> } {
  const parsed = z.safeParse(schema, input, { reportInput: true });
  if (parsed.success) return { success: true, data: parsed.data };
  return { success: false, result: fail(issuesFromZod(parsed.error, prefix)) };
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number" && Number.isNaN(value)) return "NaN";
  return typeof value;
}

/** Throws for a case the types say cannot happen: a bug, never a user error. */
export function assertNever(value: never, what = "value"): never {
  throw new Error(`Expected no other ${what}, got ${JSON.stringify(value)}`);
}
