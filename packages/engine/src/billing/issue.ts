import { billingMessages } from "../messages/billing.ts";
import { issueFrom } from "../result.ts";

/** Returns a billing or common issue at `path`, its English message filled in. */
export const issue = issueFrom(billingMessages);
