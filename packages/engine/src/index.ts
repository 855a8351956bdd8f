// The public catalogue of @keylens/engine. Explicit named exports only; each area owns its block.

// results, issues, messages
export { ok, fail, issue, issuesFromZod, parseWith, assertNever } from "./result.ts";
export type { Result, Issue, Warning } from "./result.ts";
export { messages, formatIssue, formatMessage, pathText } from "./messages.ts";
export type { IssueCode } from "./messages.ts";
export type { Locale } from "./messages/types.ts";

// tiering: ABC / Pareto

// scoring: value score, TOPSIS, grades

// quadrants

// lifecycle

// rfm

// concentration

// clv

// billing

// sample data
