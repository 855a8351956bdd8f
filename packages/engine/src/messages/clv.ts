import type { MessageTable } from "./types.ts";

/** Messages for the clv area. */
export const clvMessages = {} as const satisfies MessageTable;
