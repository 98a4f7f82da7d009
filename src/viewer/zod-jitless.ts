// zod-jitless: switches zod to its interpreted parser before any schema is built (import this first).
// zod compiles object schemas with `new Function`, and probes for it when a schema is created; under
// our CSP (no 'unsafe-eval') even that caught probe is reported as a violation. Results are the same.
import { z } from "zod";

z.config({ jitless: true });
