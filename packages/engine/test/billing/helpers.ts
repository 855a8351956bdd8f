import { readFileSync } from "node:fs";
import type { Result } from "../../src/index.ts";

/** Returns the data of a successful result, or fails the test with its issues. */
export function data<T>(r: Result<T>): T {
  if (!r.success) throw new Error(`expected success, got ${JSON.stringify(r.issues)}`);
  return r.data;
}

/** Returns the issues of a failed result, or fails the test. */
export function issues<T>(r: Result<T>) {
  if (r.success) throw new Error(`expected failure, got ${JSON.stringify(r.data)}`);
  return r.issues;
}

/** Returns a fixture file under test/fixtures, parsed. */
export function fixture<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), "utf8")) as T;
}
