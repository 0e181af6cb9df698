// module.SourceMap: mappings read from Source Map v3 payloads (and index maps with sections),
// findEntry/findOrigin lookups (the last mapping at or before a position), payload copies, and the
// edge cases of Node's reader (a last segment read on to its name). A seeded stream of generated
// maps is looked up on a grid and compared whole.
const { SourceMap } = require('node:module');
const util = require('node:util');

const payload = {
  version: 3, file: 'out.js', sourceRoot: 'src/', sources: ['a.ts', 'b.ts'], names: ['foo', 'bar'],
  mappings: 'AAAA,SAASA;;IACE,CAACC,GAAG;AACN,C;;;EAAE', sourcesContent: ['x', null], extra: { deep: [1] },
};
const map = new SourceMap(payload);
console.log(util.inspect(map), Object.keys(map), Object.getOwnPropertyNames(SourceMap.prototype));
const copy = map.payload;
console.log(copy === payload, copy === map.payload, copy.sources === payload.sources, copy.extra === payload.extra);
console.log(JSON.stringify(copy));
for (const [line, column] of [[0, 0], [0, 5], [0, 9], [0, 100], [1, 0], [2, 0], [2, 4], [2, 5], [2, 6], [3, 0],
  [3, 1], [5, 0], [6, 2], [9, 9], [-1, 0]]) {
  console.log(line, column, util.inspect(map.findEntry(line, column), { breakLength: Infinity }),
              util.inspect(map.findOrigin(line + 1, column + 1), { breakLength: Infinity }));
}
console.log(map.lineLengths, new SourceMap(payload, { lineLengths: [3, 4, 5] }).lineLengths);

const names = ['n0', 'n1', 'n2'];
for (const mappings of ['AAAAC,EAAE', 'AAAAC;EAAE', 'AAAAC,C,EAAE', 'AAAA,C,EAAE', 'AAAAE,CAAAC,EAAE',
  'AAAAC;;C;AAAA', 'A,EAAE', 'AAAAC,CCCC', 'AAAA,C', '', 5]) {
  const m = new SourceMap({ version: 3, sources: ['a.ts', 'b.ts'], names, mappings });
  const found = [];
  for (let l = 0; l < 4; l++) {
    for (let c = 0; c < 6; c++) {
      const e = m.findEntry(l, c);
      if (e.generatedLine === l && e.generatedColumn === c) {
        found.push(`${l}:${c}=${e.originalSource ?? '-'}/${e.originalLine}/${e.originalColumn}/${e.name ?? '-'}`);
      }
    }
  }
  console.log(JSON.stringify(mappings), found.join(' '));
}

const index = new SourceMap({ version: 3, sections: [
  { offset: { line: 0, column: 0 }, map: payload },
  { offset: { line: 10, column: 5 }, map: { version: 3, sources: ['c.ts'], names: [], mappings: 'AAAA,EAAE;AAAA' } },
] });
for (const [line, column] of [[0, 0], [10, 4], [10, 5], [10, 7], [11, 0], [11, 3]]) {
  console.log('index', line, column, JSON.stringify(index.findEntry(line, column)));
}
const rooted = new SourceMap({ version: 3, sources: ['x.ts', 'file:///abs/y.ts', '../up.ts'], sourceRoot: 'http://h/r/',
                               names: [], mappings: 'AAAA,CCAA,CCAA' });
console.log([0, 1, 2].map((c) => rooted.findEntry(0, c).originalSource));
console.log(util.inspect(new SourceMap({ version: 3, sources: [], names: [], mappings: '' }).findOrigin(1, 1)));

for (const bad of [undefined, 5, null, {}]) {
  try {
    console.log(util.inspect(new SourceMap(bad)));
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}

// A seeded stream of maps: random VLQ segments over several lines, looked up on a grid.
let seed = 42;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const vlq = (n) => {
  let v = n < 0 ? (-n << 1) | 1 : n << 1;
  let out = '';
  do {
    let digit = v & 31;
    v >>>= 5;
    if (v > 0) digit |= 32;
    out += BASE64[digit];
  } while (v > 0);
  return out;
};
let total = 0;
const lines = [];
for (let round = 0; round < 40; round++) {
  let mappings = '';
  const lineCount = 1 + Math.floor(random() * 5);
  for (let l = 0; l < lineCount; l++) {
    if (l > 0) mappings += ';';
    const segments = Math.floor(random() * 4);
    const parts = [];
    for (let s = 0; s < segments; s++) {
      const fields = [1, 4, 4, 5][Math.floor(random() * 4)];
      let seg = vlq(1 + Math.floor(random() * 4));
      if (fields >= 4) seg += vlq(Math.floor(random() * 3) - 1) + vlq(Math.floor(random() * 5) - 2) + vlq(Math.floor(random() * 7) - 3);
      if (fields === 5) seg += vlq(Math.floor(random() * 3) - 1);
      parts.push(seg);
    }
    mappings += parts.join(',');
  }
  const m = new SourceMap({ version: 3, sources: ['s0', 's1', 's2'], names: ['a', 'b', 'c', 'd'], mappings });
  const results = [];
  for (let l = 0; l < lineCount + 1; l++) {
    for (let c = 0; c < 12; c += 3) {
      const o = m.findOrigin(l + 1, c + 1);
      results.push(o.fileName === undefined ? '.' : `${o.fileName}:${o.lineNumber}:${o.columnNumber}:${o.name ?? ''}`);
      total++;
    }
  }
  lines.push(`${mappings} => ${results.join(' ')}`);
}
console.log(lines.join('\n'));
console.log('lookups', total);
