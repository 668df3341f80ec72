/**
 * Build-time checks for the props lessons pass to components.
 *
 * MDX does not type-check component props, so a typo in a lesson (`answer={3}` with three options,
 * a misspelt example folder) would otherwise render a broken page. Each component parses its props
 * here and the build stops with a message that names the component, the page and the field.
 */
import { z } from "astro/zod";

/** A question with options, as `<Predict>` and each `<Quiz>` item take it. */
export const questionSchema = z
  .object({
    question: z.string().trim().min(1),
    options: z.array(z.string().trim().min(1)).min(2),
    answer: z.number().int().nonnegative(),
    explain: z.string().trim().min(1),
  })
  .refine((q) => q.answer < q.options.length, {
    message: "`answer` is the 0-based index of the right option, so it must be less than the number of options",
    path: ["answer"],
  });

/** One question, after checking. */
export type Question = z.infer<typeof questionSchema>;

/**
 * Parses `props` with `schema`, or throws an error naming the component, the page it is on and every
 * field that is wrong.
 */
export function parseProps<S extends z.ZodType>(component: string, page: URL, schema: S, props: unknown): z.infer<S> {
  const result = schema.safeParse(props);
  if (result.success) return result.data;
  const problems = result.error.issues
    .map((issue) => `  - ${issue.path.join(".") || "props"}: ${issue.message}`)
    .join("\n");
  throw new Error(`<${component}> on ${page.pathname} has invalid props:\n${problems}`);
}
