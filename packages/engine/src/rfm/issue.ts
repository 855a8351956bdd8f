import { rfmMessages } from "../messages/rfm.ts";
import { issueFrom } from "../result.ts";

/** Returns a rfm or common issue at `path`, its English message filled in. */
export const issue = issueFrom(rfmMessages);
