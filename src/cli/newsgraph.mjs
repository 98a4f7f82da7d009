#!/usr/bin/env node
// The newsgraph command: runs the TypeScript CLI (src/cli/main.ts) on Node 20 through tsx.
import { register } from "tsx/esm/api";

register();
await import("./main.ts");
