// A worker thread of `--jobs`: registers tsx (workers do not inherit the main thread's loader) and
// runs the TypeScript worker.
import { register } from "tsx/esm/api";

register();
await import("./extract-worker.ts");
