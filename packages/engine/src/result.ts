import * as z from "zod/mini";
import type { IssueCode } from "./messages.ts";
import { commonMessages } from "./messages/common.ts";
import { pathText } from "./messages/format.ts";
import { messageEntry } from "./messages/registry.ts";
import type { MessageEntry, MessageParams, MessageTable } from "./messages/types.ts";

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

/** Builds issues with their English message filled in; each area makes one over its own message table. */
export type IssueBuilder<C extends string> = (
  code: C,
  path?: readonly (string | number)[],
  params?: MessageParams,
) => Issue;

/**
 * Returns the issue builder of an area: codes of `table` or the common ones, each issue with its English message.
 * An area's code builds its issues through its own table (see messages/registry.ts) so that a bundle carries the
 * texts of the areas it uses and no others.
 */
export function issueFrom<T extends MessageTable>(table: T): IssueBuilder<(keyof T & string) | CommonCode> {
  return (code, path = [], params) => {
    const entry = Object.hasOwn(table, code) ? table[code]! : commonMessages[code as CommonCode];
    // A key of an area's table, and every area's table is part of IssueCode.
    return issueWith(entry, code as IssueCode, path, params);
  };
}

/** A code any area may report, mostly from schema validation. */
export type CommonCode = keyof typeof commonMessages;

/**
 * Returns an issue for `code` at `path`, its English message filled in. Any code of a loaded area works (importing
 * the engine's index loads every area); the engine's own areas build theirs with {@link issueFrom}.
 */
export function issue(code: IssueCode, path: readonly (string | number)[] = [], params?: MessageParams): Issue {
  // The common table is read directly, not through the registry, so that any bundle that builds issues keeps it.
  return issueWith(
    Object.hasOwn(commonMessages, code) ? commonMessages[code as CommonCode] : messageEntry(code),
    code,
    path,
    params,
  );
}

/** Returns the issue for `code` at `path` with `entry`'s English text (the code itself when there is none). */
function issueWith(
  entry: MessageEntry | undefined,
  code: IssueCode,
  path: readonly (string | number)[],
  params: MessageParams | undefined,
): Issue {
  const message = entry ? entry.en({ path: pathText(path), ...params }) : code;
  return params ? { code, path, message, params } : { code, path, message };
}

/** Returns `i` moved to `path`, its English message rewritten for the new path. */
export function atPath(i: Issue, path: readonly (string | number)[]): Issue {
  // The issue exists, so the area that raised it is loaded and its table registered (messages/registry.ts).
  return issue(i.code, path, i.params);
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
