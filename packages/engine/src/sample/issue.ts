import { sampleMessages } from "../messages/sample.ts";
import { issueFrom } from "../result.ts";

/** Returns a sample or common issue at `path`, its English message filled in. */
export const issue = issueFrom(sampleMessages);
