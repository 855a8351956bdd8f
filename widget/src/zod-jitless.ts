// Imported first by define.ts, so it runs before any engine module builds or parses a schema: zod's JIT probes
// `new Function("")`, which a strict CSP reports as a securitypolicyviolation even though zod catches the error
// (zod v4 core/util.js `allowsEval`). With jitless, zod validates through its interpreter with the same results.
import { config } from "zod/v4/core";

config({ jitless: true });
