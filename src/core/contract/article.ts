// An article as the pipeline receives it: an id, its text and what is known about it.
import { z } from "zod";
import { ArticleMeta } from "./graph-json.js";

export const Article = ArticleMeta.extend({ text: z.string() });
export type Article = z.infer<typeof Article>;
