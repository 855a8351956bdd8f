import type { MessageTable } from "./types.ts";

/** Messages for the sample area. */
export const sampleMessages = {} as const satisfies MessageTable;
