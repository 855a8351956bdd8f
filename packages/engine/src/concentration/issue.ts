import { concentrationMessages } from "../messages/concentration.ts";
import { issueFrom } from "../result.ts";

/** Returns a concentration or common issue at `path`, its English message filled in. */
export const issue = issueFrom(concentrationMessages);
