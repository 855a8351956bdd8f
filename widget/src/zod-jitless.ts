// Imported first by define.ts, so it runs before any engine module builds or parses a schema. The engine uses
// zod/mini, whose object schemas have no JIT, so the bundle holds no `new Function`; jitless also stops zod core's
// `allowsEval` probe (`new Function("")`, core/util.js), which a strict CSP would report as a securitypolicyviolation
// even though zod catches the error, should a classic-zod schema (which has the JIT) ever be bundled.
import { config } from "zod/mini";

config({ jitless: true });
