// Fragment files (JSON lines, plain or gzip'd, as `newsgraph extract --jsonl` writes them) → fragments,
// each checked against the fragment schema; a bad line stops the merge with its file and line.
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { createGunzip } from "node:zlib";
import { ArticleFragment, FRAGMENT_VERSION } from "../core/contract/fragment.js";
import { InputError } from "../core/errors.js";

const isFragmentFile = (name: string) => /\.jsonl(?:\.gz)?$/i.test(name);

async function expand(inputs: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => undefined);
    if (!info)
      throw new InputError(`"${input}" does not exist; pass fragment files written by "newsgraph extract --jsonl" (or folders of them)`);
    if (info.isDirectory()) {
      const names = (await readdir(input)).filter((n) => isFragmentFile(n) && !n.startsWith(".")).sort();
      files.push(...names.map((n) => join(input, n)));
    } else files.push(input);
  }
  if (!files.length)
    throw new InputError(
      `no fragment files (.jsonl, .jsonl.gz) in ${inputs.join(", ")}; write them with "newsgraph extract <articles> --jsonl <file>"`,
    );
  return files;
}

function describe(error: { issues: readonly { path: PropertyKey[]; message: string }[] }): string {
  const i = error.issues[0];
  return i ? `${i.path.map(String).join(".") || "(root)"}: ${i.message}` : "invalid";
}

async function readFile(path: string, out: ArticleFragment[]): Promise<void> {
  const file = createReadStream(path);
  const input = /\.gz$/i.test(path) ? file.pipe(createGunzip()) : file;
  if (input !== file) file.on("error", (err) => input.destroy(err));
  const lines = createInterface({ input: input.setEncoding("utf8"), crlfDelay: Infinity });
  let n = 0;
  try {
    for await (const line of lines) {
      n++;
      if (!line.trim()) continue;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        throw new InputError(`${path}:${n} is not JSON; fragment files are written by "newsgraph extract --jsonl"`);
      }
      const version = (value as { fragment?: unknown } | null)?.fragment;
      if (version === undefined && typeof (value as { text?: unknown } | null)?.text === "string") {
        throw new InputError(
          `${path}:${n} is an article, not a fragment: merge reads the fragments that "newsgraph extract --jsonl" writes (build reads articles)`,
        );
      }
      if (version !== FRAGMENT_VERSION)
        throw new InputError(
          `${path}:${n} is fragment format ${JSON.stringify(version)}, this newsgraph reads format ${FRAGMENT_VERSION}; extract the articles again with this version`,
        );
      const parsed = ArticleFragment.safeParse(value);
      if (!parsed.success)
        throw new InputError(`${path}:${n} is not a valid fragment (${describe(parsed.error)}); extract the articles again`);
      out.push(parsed.data);
    }
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(`cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message.split("\n")[0]}`);
  }
}

/** Every fragment of every file given (folders: their .jsonl and .jsonl.gz files). */
export async function readFragments(inputs: readonly string[]): Promise<ArticleFragment[]> {
  const out: ArticleFragment[] = [];
  for (const file of await expand(inputs)) await readFile(file, out);
  if (!out.length)
    throw new InputError(`no fragments in ${inputs.join(", ")}; write them with "newsgraph extract <articles> --jsonl <file>"`);
  return out;
}
