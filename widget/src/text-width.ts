/** Returns the approximate width in px of `text` at `fontSize` (CJK glyphs are full-width), for label layout. */
export function textWidth(text: string, fontSize = 12): number {
  let w = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    w += c >= 0x2e80 ? fontSize : /[0-9.,%]/.test(ch) ? fontSize * 0.56 : fontSize * 0.6;
  }
  return w;
}

/** Returns `text` cut to `max` characters with an ellipsis, for one-line SVG labels such as tooltips (tables and
 * exports keep the full text). */
export function clipLabel(text: string, max = 80): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max - 1).join("")}…` : text;
}
