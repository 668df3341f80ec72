/**
 * A one-line element factory for the charts that build their controls in code (speedup chart,
 * throughput sweep): `element("button", { type: "button", textContent: "Cancel" })`.
 */

/** A new `tag` element with `props` assigned. */
export function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}): HTMLElementTagNameMap[K] {
  return Object.assign(document.createElement(tag), props);
}
