/**
 * The controls around the timeline canvas: the toolbar (zoom, reset, data table, download) and
 * the legend, whose swatches are drawn with the same patterns as the bars.
 */
import { kindLabels } from "../../timeline/describe.ts";
import { barKinds } from "../../timeline/layout.ts";
import { readTheme } from "./theme.ts";

/** What the toolbar's buttons do. */
export interface ToolbarActions {
  zoomIn(): void;
  zoomOut(): void;
  resetZoom(): void;
  toggleData(): void;
  download(): void;
}

/** The toolbar and the buttons the view updates. */
export interface Toolbar {
  element: HTMLElement;
  showData: HTMLButtonElement;
}

function button(text: string, label: string | null, onClick: () => void): HTMLButtonElement {
  const element = document.createElement("button");
  element.type = "button";
  element.textContent = text;
  if (label) element.setAttribute("aria-label", label);
  element.addEventListener("click", onClick);
  return element;
}

/** Builds the toolbar. */
export function buildToolbar(actions: ToolbarActions): Toolbar {
  const element = document.createElement("div");
  element.className = "timeline-toolbar";
  element.setAttribute("role", "toolbar");
  element.setAttribute("aria-label", "Timeline controls");
  const showData = button("Show data", null, actions.toggleData);
  showData.setAttribute("aria-pressed", "false");
  element.append(
    button("−", "Zoom out", actions.zoomOut),
    button("+", "Zoom in", actions.zoomIn),
    button("Reset zoom", null, actions.resetZoom),
    showData,
    button("Download trace", null, actions.download),
  );
  return { element, showData };
}

/** Builds the legend; `redraw()` repaints the swatches after a theme change. */
export function buildLegend(host: () => HTMLElement): { element: HTMLElement; redraw(): void } {
  const element = document.createElement("ul");
  element.className = "timeline-legend";
  element.setAttribute("aria-label", "Legend");
  const swatches = barKinds.map((kind) => {
    const item = document.createElement("li");
    const swatch = document.createElement("canvas");
    swatch.setAttribute("aria-hidden", "true");
    item.append(swatch, kindLabels[kind]);
    element.append(item);
    return { kind, swatch };
  });
  const arrow = document.createElement("li");
  arrow.textContent = "→ message between processes";
  element.append(arrow);
  const redraw = (): void => {
    if (!host().isConnected) return;
    const dpr = window.devicePixelRatio || 1;
    for (const { kind, swatch } of swatches) {
      swatch.width = Math.round(26 * dpr);
      swatch.height = Math.round(14 * dpr);
      const ctx = swatch.getContext("2d");
      if (!ctx) continue;
      const theme = readTheme(host(), ctx, dpr);
      ctx.scale(dpr, dpr);
      ctx.fillStyle = theme.fill[kind];
      ctx.fillRect(0, 0, 26, 14);
    }
  };
  queueMicrotask(redraw);
  return { element, redraw };
}
