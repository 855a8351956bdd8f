import { quadrantsMessages } from "../messages/quadrants.ts";
import { issueFrom } from "../result.ts";

/** Returns a quadrants or common issue at `path`, its English message filled in. */
export const issue = issueFrom(quadrantsMessages);
