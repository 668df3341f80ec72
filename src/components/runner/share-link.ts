/**
 * Share links in the TypeScript Playground's convention: `/playground/#code/` followed by
 * lz-string's `compressToEncodedURIComponent(source)`. Opening one shows the code and never runs it.
 */
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from "lz-string";

const MARK = "#code/";

/** The absolute playground URL that carries `source`. */
export function shareUrl(source: string, origin = location.origin): string {
  return `${origin}/playground/${MARK}${compressToEncodedURIComponent(source)}`;
}

/** The source carried by a location hash, or null if it carries none (or a damaged one). */
export function sourceFromHash(hash: string): string | null {
  if (!hash.startsWith(MARK)) return null;
  const source = decompressFromEncodedURIComponent(hash.slice(MARK.length));
  return source ? source : null;
}
