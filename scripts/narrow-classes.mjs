#!/usr/bin/env node
// Writes analyzer/text/narrow-classes.ts: each Unicode property class the rules use (\p{L},
// \p{Lu}, \p{Ll}, \p{M}, \p{N}) narrowed to the Latin blocks, and the blocks' code points
// where a narrowed class and the full one disagree under some flag. Computed with this
// Node's own Unicode tables; test/narrow.test.ts checks the result against every code point.
// Run again after a Node upgrade: `node scripts/narrow-classes.mjs`.
import { writeFileSync } from 'node:fs';

const BLOCKS = [
  [0x0000, 0x036f], // Basic Latin … Combining Diacritical Marks
  [0x1e00, 0x1eff], // Latin Extended Additional (Vietnamese)
  [0x2070, 0x209f], // superscripts and subscripts (CO₂, m²)
  [0x2150, 0x218f], // number forms (½, Ⅳ)
];
const PROPERTIES = ['L', 'Lu', 'Ll', 'M', 'N'];
const hex = (c) => '\\\\u' + c.toString(16).padStart(4, '0');

const body = {};
for (const p of PROPERTIES) {
  const re = new RegExp(`^\\p{${p}}$`, 'u');
  const ranges = [];
  for (const [a, b] of BLOCKS) {
    for (let c = a; c <= b; c++) {
      if (!re.test(String.fromCodePoint(c))) continue;
      const last = ranges[ranges.length - 1];
      if (last && last[1] === c - 1) last[1] = c;
      else ranges.push([c, c]);
    }
  }
  body[p] = ranges.map(([a, b]) => (a === b ? hex(a) : b === a + 1 ? hex(a) + hex(b) : `${hex(a)}-${hex(b)}`)).join('');
}
const unescaped = (s) => s.replaceAll('\\\\', '\\');
const exceptions = [];
for (const [a, b] of BLOCKS) {
  for (let c = a; c <= b; c++) {
    const ch = String.fromCodePoint(c);
    const differs = PROPERTIES.some((p) => ['u', 'iu'].some((f) =>
      new RegExp(`^[\\p{${p}}]$`, f).test(ch) !== new RegExp(`^[${unescaped(body[p])}]$`, f).test(ch)));
    if (differs) exceptions.push(c);
  }
}

const out = `// Unicode property classes narrowed to the Latin letters Vietnamese is written in.
// Written by scripts/narrow-classes.mjs (Node ${process.versions.node}, Unicode ${process.versions.unicode}); do not edit.
//
// The rules' regexes write word edges and capitals with Unicode properties (\\p{L}, \\p{Lu},
// \\p{Ll}, \\p{M}, \\p{N}: JS \\b and \\w are ASCII-only). V8 compiles such a class into its whole
// range table, about 4 ms per regex, and the analyzer has thousands: a fresh process (a page's
// content script, the first article of a CLI run) spent about a second compiling them. On a
// text whose letters, marks and digits are all in the blocks below, a class narrowed to the
// blocks matches exactly what the full class matches, and compiles ten times faster
// (text/narrow.ts uses them; test/narrow.test.ts checks every code point).

/** The blocks whose letters, marks and digits the narrowed classes keep. */
export const NARROW_BLOCKS: readonly (readonly [number, number])[] = [${BLOCKS.map(([a, b]) => `[0x${a.toString(16)}, 0x${b.toString(16)}]`).join(', ')}];

/** Class bodies: the code points of each property inside NARROW_BLOCKS. */
export const NARROW_CLASS: Readonly<Record<'L' | 'Lu' | 'Ll' | 'M' | 'N', string>> = {
${PROPERTIES.map((p) => `  ${p}: '${body[p]}',`).join('\n')}
};

/** Code points of the blocks where a narrowed class and the full one disagree under some flag
 * (µ, ʐ … whose case partners are outside the blocks; U+0345, which folds to Greek iota): a
 * text with one of them is read with the full classes. */
export const NARROW_EXCEPTIONS: readonly number[] = [${exceptions.map((c) => `0x${c.toString(16)}`).join(', ')}];
`;
writeFileSync(new URL('../analyzer/text/narrow-classes.ts', import.meta.url), out);
console.log(`analyzer/text/narrow-classes.ts: ${PROPERTIES.map((p) => `${p} ${body[p].length}`).join(', ')}; ${exceptions.length} exceptions`);
