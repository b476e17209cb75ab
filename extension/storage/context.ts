// A fact's quote with a little text on each side, so the quote can be found again when
// offsets no longer fit (the page changed, or a later save read slightly other text).

/** Characters of context kept on each side of a quote. */
export const CONTEXT_CHARS = 32;

const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;

/** Up to CONTEXT_CHARS characters before `start` and after `end`, never half a surrogate pair. */
export function contextOf(text: string, start: number, end: number): { prefix: string; suffix: string } {
  let a = Math.max(0, start - CONTEXT_CHARS);
  if (a > 0 && isLow(text.charCodeAt(a))) a++;
  let b = Math.min(text.length, end + CONTEXT_CHARS);
  if (b < text.length && isHigh(text.charCodeAt(b - 1))) b--;
  return { prefix: text.slice(a, start), suffix: text.slice(end, b) };
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Where `quote` is in `text`: the occurrence whose surroundings agree most with `prefix`
 * and `suffix`, the nearest to `hint` on a tie; undefined when the quote is not there.
 */
export function reanchor(
  text: string,
  anchor: { quote: string; prefix: string; suffix: string; start: number },
): { start: number; end: number } | undefined {
  const { quote, prefix, suffix, start: hint } = anchor;
  if (!quote) return undefined;
  if (text.startsWith(quote, hint)) {
    const ctx = contextOf(text, hint, hint + quote.length);
    if (ctx.prefix === prefix && ctx.suffix === suffix) return { start: hint, end: hint + quote.length };
  }
  let best: { start: number; score: number; distance: number } | undefined;
  for (let i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) {
    const ctx = contextOf(text, i, i + quote.length);
    const score = commonSuffix(ctx.prefix, prefix) + commonPrefix(ctx.suffix, suffix);
    const distance = Math.abs(i - hint);
    if (!best || score > best.score || (score === best.score && distance < best.distance)) best = { start: i, score, distance };
  }
  return best && { start: best.start, end: best.start + quote.length };
}
