// Controls, tabs and newlines around and inside URLs: what is trimmed, removed or encoded.
const show = require('./_cases');
const cases = [];
for (const ch of ['\t', '\n', '\r', ' ', '\u0000', '\u001f', '\u000b', '\u000c', '\u007f', '\u00a0', '\u3000', '\ufeff']) {
  cases.push([`${ch}http://h/p${ch}`], [`ht${ch}tp://h${ch}/p${ch}q?a${ch}b#c${ch}d`], [`sc:a${ch}b`]);
}
show(cases);
