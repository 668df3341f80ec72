/**
 * The bar details shown beside the canvas on hover or keyboard focus, and the same words in a
 * polite live region, so a screen reader announces each bar the keyboard moves to.
 */
import type { Bar } from "../../timeline/layout.ts";
import { tooltipLines } from "./draw.ts";

/** The tooltip element and its live-region twin. */
export class Tooltip {
  readonly element = document.createElement("div");
  readonly live = document.createElement("p");

  constructor() {
    this.element.className = "timeline-tooltip";
    this.element.setAttribute("role", "tooltip");
    this.element.hidden = true;
    this.live.className = "visually-hidden";
    this.live.setAttribute("aria-live", "polite");
  }

  /** Shows a bar's details (placed later with `place`); `announce` also speaks them. */
  show(bar: Bar, laneName: string, announce: boolean): void {
    const { title, lines } = tooltipLines(bar, laneName);
    const strong = document.createElement("strong");
    strong.textContent = title;
    this.element.replaceChildren(strong, ...lines.flatMap((line) => [document.createElement("br"), line]));
    this.element.hidden = false;
    if (announce) this.live.textContent = `${title}: ${lines.join("; ")}`;
  }

  /** Puts the tooltip below a row at `x`, kept inside `[0, width]`. */
  place(x: number, rowBottom: number, width: number): void {
    if (this.element.hidden) return;
    this.element.style.left = `${Math.max(4, Math.min(width - this.element.offsetWidth - 4, x))}px`;
    this.element.style.top = `${rowBottom + 4}px`;
  }

  /** Hides the tooltip (the last announcement stays in the live region). */
  hide(): void {
    this.element.hidden = true;
  }
}
