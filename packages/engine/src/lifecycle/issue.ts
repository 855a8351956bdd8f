import { lifecycleMessages } from "../messages/lifecycle.ts";
import { issueFrom } from "../result.ts";

/** Returns a lifecycle or common issue at `path`, its English message filled in. */
export const issue = issueFrom(lifecycleMessages);
