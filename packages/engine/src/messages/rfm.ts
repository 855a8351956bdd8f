import type { MessageTable } from "./types.ts";

/** Messages for the rfm area. */
export const rfmMessages = {} as const satisfies MessageTable;
