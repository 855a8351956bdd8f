import type { MessageTable } from "./types.ts";

/** Messages for the scoring area. */
export const scoringMessages = {} as const satisfies MessageTable;
