/**
 * Pointer and keyboard on the timeline canvas: drag or arrow keys pan, wheel, pinch or +/- zoom,
 * hovering shows a bar, clicking or Enter activates it, and ↑/↓, [ / ] and Home/End move the
 * focus from bar to bar so every bar is reachable without a pointer.
 *
 * A plain wheel scrolls the page unless the canvas has focus (a timeline sits under every
 * editor, and trapping page scroll there would be hostile); Ctrl+wheel, which is also how
 * trackpad pinches arrive, always zooms.
 */
import { firstBar, rowEnd, stepInRow, stepRow } from "../../timeline/focus.ts";
import { rowAt, type RowBox } from "../../timeline/geometry.ts";
import type { Bar } from "../../timeline/layout.ts";
import type { Viewport } from "../../timeline/viewport.ts";
import { barAt } from "./draw.ts";

/** What the input handlers read from and report to the view. */
export interface InputHost {
  viewport: Viewport;
  endUs(): number;
  rows(): readonly RowBox[];
  labelWidth(): number;
  width(): number;
  focused(): Bar | null;
  /** The window moved: redraw. */
  changed(): void;
  hover(bar: Bar | null): void;
  focus(bar: Bar | null): void;
  activate(bar: Bar): void;
}

/** Attaches the handlers to the canvas; returns a function removing them. */
export function attachInput(canvas: HTMLCanvasElement, host: InputHost): () => void {
  const { viewport } = host;
  const plotLeft = (): number => host.labelWidth() + 8;
  const plotWidth = (): number => Math.max(1, host.width() - 12 - plotLeft());
  const usPerPx = (): number => (viewport.to - viewport.from) / plotWidth();
  const usAt = (x: number): number => viewport.from + (x - plotLeft()) * usPerPx();
  const pointers = new Map<number, { x: number; y: number }>();
  let dragged = 0;
  let pinch: number | null = null;

  const local = (event: MouseEvent): { x: number; y: number } => {
    const rect = canvas.getBoundingClientRect();
    return { x: event.clientX - rect.left, y: event.clientY - rect.top };
  };
  const hit = (x: number, y: number): Bar | null => {
    const box = rowAt(host.rows(), y);
    return box && x >= plotLeft() ? barAt(box, usAt(x), 3 * usPerPx()) : null;
  };

  const onPointerDown = (event: PointerEvent): void => {
    pointers.set(event.pointerId, local(event));
    canvas.setPointerCapture(event.pointerId);
    dragged = 0;
    pinch = null;
  };
  const onPointerMove = (event: PointerEvent): void => {
    const point = local(event);
    const previous = pointers.get(event.pointerId);
    if (!previous) {
      host.hover(hit(point.x, point.y));
      return;
    }
    pointers.set(event.pointerId, point);
    if (pointers.size === 2) {
      const [a, b] = [...pointers.values()];
      const distance = Math.hypot(a!.x - b!.x, a!.y - b!.y);
      if (pinch !== null && distance > 0) viewport.zoom(distance / pinch, usAt((a!.x + b!.x) / 2), host.endUs());
      pinch = distance;
      dragged += 10;
      host.changed();
      return;
    }
    const dx = point.x - previous.x;
    dragged += Math.abs(dx);
    if (dragged > 3 && dx !== 0) {
      viewport.pan(-dx * usPerPx(), host.endUs());
      host.changed();
    }
  };
  const onPointerUp = (event: PointerEvent): void => {
    const point = local(event);
    pointers.delete(event.pointerId);
    if (dragged <= 3 && pointers.size === 0) {
      const bar = hit(point.x, point.y);
      if (bar) host.activate(bar);
    }
  };
  const onPointerLeave = (): void => {
    if (pointers.size === 0) host.hover(null);
  };
  const onWheel = (event: WheelEvent): void => {
    const horizontal = Math.abs(event.deltaX) > Math.abs(event.deltaY);
    if (!horizontal && !event.ctrlKey && !event.metaKey && document.activeElement !== canvas) return;
    event.preventDefault();
    if (horizontal) viewport.pan(event.deltaX * usPerPx(), host.endUs());
    else viewport.zoom(Math.exp(-event.deltaY * (event.ctrlKey ? 0.01 : 0.002)), usAt(local(event).x), host.endUs());
    host.changed();
  };
  const onKeyDown = (event: KeyboardEvent): void => {
    const rows = host.rows();
    const current = host.focused();
    const span = viewport.to - viewport.from;
    const move = (bar: Bar | null): void => host.focus(bar);
    switch (event.key) {
      case "ArrowLeft":
      case "ArrowRight":
        viewport.pan((event.key === "ArrowLeft" ? -1 : 1) * span * (event.shiftKey ? 0.5 : 0.1), host.endUs());
        host.changed();
        break;
      case "+":
      case "=":
        viewport.zoom(1.5, (viewport.from + viewport.to) / 2, host.endUs());
        host.changed();
        break;
      case "-":
      case "_":
        viewport.zoom(1 / 1.5, (viewport.from + viewport.to) / 2, host.endUs());
        host.changed();
        break;
      case "0":
        viewport.reset(host.endUs());
        host.changed();
        break;
      case "ArrowUp":
      case "ArrowDown":
        move(current ? stepRow(rows, current, event.key === "ArrowUp" ? -1 : 1) : firstBar(rows));
        break;
      case "[":
      case "]":
        move(current ? stepInRow(rows, current, event.key === "[" ? -1 : 1) : firstBar(rows));
        break;
      case "Home":
      case "End":
        move(current ? rowEnd(rows, current, event.key === "Home" ? "first" : "last") : firstBar(rows));
        break;
      case "Enter":
      case " ":
        if (current) host.activate(current);
        else move(firstBar(rows));
        break;
      case "Escape":
        if (!current) return;
        move(null);
        break;
      default:
        return;
    }
    event.preventDefault();
  };
  const onBlur = (): void => host.focus(null);

  canvas.addEventListener("pointerdown", onPointerDown);
  canvas.addEventListener("pointermove", onPointerMove);
  canvas.addEventListener("pointerup", onPointerUp);
  canvas.addEventListener("pointercancel", onPointerUp);
  canvas.addEventListener("pointerleave", onPointerLeave);
  canvas.addEventListener("wheel", onWheel, { passive: false });
  canvas.addEventListener("keydown", onKeyDown);
  canvas.addEventListener("blur", onBlur);
  return () => {
    canvas.removeEventListener("pointerdown", onPointerDown);
    canvas.removeEventListener("pointermove", onPointerMove);
    canvas.removeEventListener("pointerup", onPointerUp);
    canvas.removeEventListener("pointercancel", onPointerUp);
    canvas.removeEventListener("pointerleave", onPointerLeave);
    canvas.removeEventListener("wheel", onWheel);
    canvas.removeEventListener("keydown", onKeyDown);
    canvas.removeEventListener("blur", onBlur);
  };
}
