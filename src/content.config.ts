/**
 * The course as an Astro content collection.
 *
 * Every `content/lessons/NN-slug/index.mdx` is one entry whose id is its slug (the folder name
 * without `NN-`). The schema is the content contract of `content/README.md`: a lesson with a missing
 * or mistyped field fails the build with the field's name.
 */
import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { z } from "astro/zod";
import { slugFromEntryPath } from "./lib/lessons.ts";

const lessons = defineCollection({
  loader: glob({
    pattern: "*/index.mdx",
    base: "./content/lessons",
    generateId: ({ entry }) => slugFromEntryPath(entry),
  }),
  schema: z.object({
    /** The lesson's title, shown as its h1, in the sidebar and in search results. */
    title: z.string().min(1),
    /** One or two sentences shown on the home page, in the lesson list and in search results. */
    summary: z.string().min(1),
    /** Position in the course, 1-based and unique; previous/next links follow it. */
    order: z.number().int().positive(),
    /** What the learner can do afterwards, one sentence each, shown at the top of the lesson. */
    objectives: z.array(z.string().min(1)).min(1),
    /** Python names the lesson covers, spelled as Python spells them (`multiprocessing.Pool.map`). */
    topics: z.array(z.string().min(1)).default([]),
    /** Slugs of lessons to read first; linked from the lesson's header. */
    prerequisites: z.array(z.string().min(1)).default([]),
    /** Estimated minutes to read the lesson and run its examples. */
    minutes: z.number().int().positive(),
  }),
});

/** The collections of the site. */
export const collections = { lessons };
