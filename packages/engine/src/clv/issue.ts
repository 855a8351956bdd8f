import { clvMessages } from "../messages/clv.ts";
import { issueFrom } from "../result.ts";

/** Returns a clv or common issue at `path`, its English message filled in. */
export const issue = issueFrom(clvMessages);
