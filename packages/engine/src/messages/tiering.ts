import type { MessageTable } from "./types.ts";

/** Messages for the tiering area. */
export const tieringMessages = {} as const satisfies MessageTable;
