import { scoringMessages } from "../messages/scoring.ts";
import { issueFrom } from "../result.ts";

/** Returns a scoring or common issue at `path`, its English message filled in. */
export const issue = issueFrom(scoringMessages);
