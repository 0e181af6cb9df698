'use strict';
// V8's magic comments (`//# sourceMappingURL=...`, `//# sourceURL=...`): source maps and vm.Script's
// sourceMapURL and sourceURL read them.

// The last `//# NAME=` (or `//@ NAME=`) line comment, as V8 reads it: whitespace after the marker,
// a value, then nothing but whitespace to the end of the line. A comment marker inside a string
// literal on its line (an odd number of quotes before it) is not a comment. null when there is none.
const patterns = new Map();
function lastMagicComment(content, name) {
  let magic = patterns.get(name);
  if (magic === undefined) {
    magic = new RegExp(`//[#@][ \\t]+${name}=(\\S+)[ \\t]*(?=\\r?\\n|\\r|$)`, 'g');
    patterns.set(name, magic);
  }
  if (!content.includes(name)) return null;
  magic.lastIndex = 0;
  let found = null;
  for (let m = magic.exec(content); m !== null; m = magic.exec(content)) {
    const lineStart = content.lastIndexOf('\n', m.index) + 1;
    if (!insideString(content.slice(lineStart, m.index))) found = m[1];
  }
  return found;
}

function insideString(before) {
  let quote = null;
  for (let i = 0; i < before.length; i++) {
    const c = before[i];
    if (quote !== null) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'" || c === '`') {
      quote = c;
    }
  }
  return quote !== null;
}

module.exports = { lastMagicComment };
