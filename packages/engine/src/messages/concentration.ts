import type { MessageTable } from "./types.ts";

/** Messages for the concentration area. */
export const concentrationMessages = {} as const satisfies MessageTable;
