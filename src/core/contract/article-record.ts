// One line of a JSON-lines corpus: `text` is required; `id`, `title`, `date`, `url` and `outlet` are
// used when present and well-typed (a wrong-typed optional field is dropped, never fatal); others are ignored.
import { z } from "zod";

const optionalText = z.string().trim().min(1).optional().catch(undefined);

export const ArticleRecord = z.looseObject({
  text: z.string(),
  id: z
    .union([z.string().trim().min(1), z.number().finite().transform(String)])
    .optional()
    .catch(undefined),
  title: optionalText,
  date: optionalText,
  url: optionalText,
  outlet: optionalText,
});
export type ArticleRecord = z.infer<typeof ArticleRecord>;
