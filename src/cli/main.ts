// The CLI entry (the bin): runs the command line on the process's own streams and sets the exit code.
// The only file that touches `process`.
import { main } from "./cli.js";

process.exitCode = await main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
