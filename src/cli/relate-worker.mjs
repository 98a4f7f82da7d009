// A worker thread of the merge's relation stage: registers tsx (workers do not inherit the main
// thread's loader) and runs the TypeScript worker.
import { register } from "tsx/esm/api";

register();
await import("./relate-worker.ts");
