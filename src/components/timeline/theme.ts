/**
 * The timeline's colours and patterns, read from the page's CSS custom properties so the site's
 * light/dark switch applies to the canvas too. Unregistered custom properties compute to their
 * text (`light-dark(...)`), so each is resolved through a hidden probe's `color`. Each kind also
 * gets a pattern (solid compute, hatched waits, dotted start-up, striped messages and threads) so
 * kinds differ without colour.
 */
import type { BarKind } from "../../timeline/layout.ts";

/** Resolved colours and fills for one theme. */
export interface Theme {
  bg: string;
  surface: string;
  text: string;
  muted: string;
  border: string;
  accent: string;
  /** Text drawn on a solid compute bar. */
  onCompute: string;
  /** Stroke colour per kind (outlines, arrows of that kind). */
  ink: Record<BarKind, string>;
  /** Fill per kind: a colour or a pattern. */
  fill: Record<BarKind, string | CanvasPattern>;
}

const fallbacks: Record<string, string> = {
  "--bg": "#ffffff",
  "--surface": "#f6f8fa",
  "--text": "#1f2328",
  "--muted": "#57606a",
  "--border": "#d0d7de",
  "--accent": "#0a5cb8",
  "--timeline-compute": "#0a5cb8",
  "--timeline-on-compute": "#ffffff",
  "--timeline-wait": "#b35900",
  "--timeline-wait-bg": "#fdebd3",
  "--timeline-io": "#8a3ffc",
  "--timeline-io-bg": "#efe6ff",
  "--timeline-startup": "#1a7f37",
  "--timeline-startup-bg": "#e3f5e8",
  "--timeline-thread": "#57606a",
  "--timeline-thread-bg": "#eaeef2",
};

type PatternStyle = "hatch" | "dots" | "vertical" | "horizontal";

/** Draws one tile of a pattern: `size` px square, scaled for the device's pixel ratio. */
function makePattern(ctx: CanvasRenderingContext2D, style: PatternStyle, fg: string, bg: string, dpr: number): CanvasPattern | string {
  const size = 6;
  const tile = document.createElement("canvas");
  tile.width = tile.height = Math.round(size * dpr);
  const t = tile.getContext("2d");
  if (!t) return bg;
  t.scale(dpr, dpr);
  t.fillStyle = bg;
  t.fillRect(0, 0, size, size);
  t.strokeStyle = t.fillStyle = fg;
  t.lineWidth = 1.4;
  t.beginPath();
  switch (style) {
    case "hatch":
      t.moveTo(-1, size + 1);
      t.lineTo(size + 1, -1);
      t.moveTo(-1, 1);
      t.lineTo(1, -1);
      t.moveTo(size - 1, size + 1);
      t.lineTo(size + 1, size - 1);
      t.stroke();
      break;
    case "dots":
      t.arc(size / 2, size / 2, 1.3, 0, Math.PI * 2);
      t.fill();
      break;
    case "vertical":
      t.moveTo(size / 2, 0);
      t.lineTo(size / 2, size);
      t.stroke();
      break;
    case "horizontal":
      t.moveTo(0, size / 2);
      t.lineTo(size, size / 2);
      t.stroke();
      break;
  }
  const pattern = ctx.createPattern(tile, "repeat");
  if (!pattern) return bg;
  pattern.setTransform(new DOMMatrix().scale(1 / dpr, 1 / dpr));
  return pattern;
}

/** Reads the theme under `host` (which must be in the document) for a canvas context. */
export function readTheme(host: HTMLElement, ctx: CanvasRenderingContext2D, dpr: number): Theme {
  const probe = document.createElement("span");
  probe.hidden = true;
  host.append(probe);
  const read = (name: string): string => {
    probe.style.color = `var(${name}, ${fallbacks[name]})`;
    return getComputedStyle(probe).color || fallbacks[name]!;
  };
  const c = Object.fromEntries(Object.keys(fallbacks).map((name) => [name, read(name)]));
  probe.remove();
  const ink: Record<BarKind, string> = {
    compute: c["--timeline-compute"]!,
    wait: c["--timeline-wait"]!,
    io: c["--timeline-io"]!,
    startup: c["--timeline-startup"]!,
    thread: c["--timeline-thread"]!,
  };
  return {
    bg: c["--bg"]!,
    surface: c["--surface"]!,
    text: c["--text"]!,
    muted: c["--muted"]!,
    border: c["--border"]!,
    accent: c["--accent"]!,
    onCompute: c["--timeline-on-compute"]!,
    ink,
    fill: {
      compute: ink.compute,
      wait: makePattern(ctx, "hatch", ink.wait, c["--timeline-wait-bg"]!, dpr),
      io: makePattern(ctx, "vertical", ink.io, c["--timeline-io-bg"]!, dpr),
      startup: makePattern(ctx, "dots", ink.startup, c["--timeline-startup-bg"]!, dpr),
      thread: makePattern(ctx, "horizontal", ink.thread, c["--timeline-thread-bg"]!, dpr),
    },
  };
}

/** Calls `onChange` when the page's theme changes (the toggle or the system setting); returns an unsubscribe. */
export function watchTheme(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["data-theme", "class", "style"] });
  const media = matchMedia("(prefers-color-scheme: dark)");
  media.addEventListener("change", onChange);
  return () => {
    observer.disconnect();
    media.removeEventListener("change", onChange);
  };
}
