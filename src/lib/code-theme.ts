/**
 * The Shiki themes of every code block: Markdown fences (astro.config.mjs) and the `<Code>` blocks
 * of `<Example>`. Colours are emitted as CSS light-dark(), so code follows the page's color-scheme,
 * whether it comes from the system setting or the theme toggle.
 */

/** Shiki's light and dark themes: the high-contrast GitHub pair, whose every token meets WCAG AA. */
export const codeThemes = { light: "github-light-high-contrast", dark: "github-dark-high-contrast" } as const;

/** Emit both themes through light-dark() instead of picking one as the default. */
export const codeDefaultColor = "light-dark()";
