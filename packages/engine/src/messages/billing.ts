import type { MessageTable } from "./types.ts";

/** Messages for the billing area. */
export const billingMessages = {} as const satisfies MessageTable;
