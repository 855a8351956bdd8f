import type { MessageTable } from "./types.ts";

/** Messages for the quadrants area. */
export const quadrantsMessages = {} as const satisfies MessageTable;
