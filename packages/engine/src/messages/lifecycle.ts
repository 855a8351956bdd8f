import type { MessageTable } from "./types.ts";

/** Messages for the lifecycle area. */
export const lifecycleMessages = {} as const satisfies MessageTable;
