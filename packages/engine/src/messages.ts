import { billingMessages } from "./messages/billing.ts";
import { clvMessages } from "./messages/clv.ts";
import { commonMessages } from "./messages/common.ts";
import { concentrationMessages } from "./messages/concentration.ts";
import { lifecycleMessages } from "./messages/lifecycle.ts";
import { quadrantsMessages } from "./messages/quadrants.ts";
import { rfmMessages } from "./messages/rfm.ts";
import { sampleMessages } from "./messages/sample.ts";
import { scoringMessages } from "./messages/scoring.ts";
import { tieringMessages } from "./messages/tiering.ts";

export { formatIssue, formatMessage, pathText } from "./messages/format.ts";

/** Every issue and warning code with its zh-CN and en text. */
export const messages = {
  ...commonMessages,
  ...tieringMessages,
  ...scoringMessages,
  ...quadrantsMessages,
  ...lifecycleMessages,
  ...rfmMessages,
  ...concentrationMessages,
  ...clvMessages,
  ...billingMessages,
  ...sampleMessages,
} as const;

/** A snake_case code naming an expected problem (an issue) or a caveat on a result (a warning). */
export type IssueCode = keyof typeof messages;
