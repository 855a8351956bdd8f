import { tieringMessages } from "../messages/tiering.ts";
import { issueFrom } from "../result.ts";

/** Returns a tiering or common issue at `path`, its English message filled in. */
export const issue = issueFrom(tieringMessages);
