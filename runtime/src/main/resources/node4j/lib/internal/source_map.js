'use strict';
// module.SourceMap: a Source Map v3 payload (or an index map with sections) read into its mappings,
// for looking up where a position of the generated code came from. Lookups find the last mapping at
// or before the position, as Node's do; sources are named as the payload names them.

const { validateObject } = require('internal/validators');

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGITS = new Map([...BASE64].map((c, i) => [c, i]));

// The payload as the map keeps and gives it: a new object, its arrays copied.
function copyPayload(payload) {
  const copy = { ...payload };
  for (const key of ['sources', 'sourcesContent', 'names']) {
    if (Array.isArray(copy[key])) copy[key] = copy[key].slice();
  }
  if (Array.isArray(copy.sections)) {
    copy.sections = copy.sections.map((section) => ({ ...section, map: section?.map && copyPayload(section.map) }));
  }
  return copy;
}

// Reads a mappings string into [line, column, source?, originalLine?, originalColumn?, name?] entries.
// The end of the string does not end a segment: a last segment is read on (as 0s) to its name, and a
// last one-field segment to a whole mapping, as Node reads it.
function parseMappings(mappings, sources, names, lineOffset, columnOffset, into) {
  if (mappings === undefined || mappings === null) {
    throw new TypeError('String.prototype.charAt called on null or undefined');
  }
  if (typeof mappings !== 'string') return;
  let at = 0;
  const separator = () => mappings[at] === ',' || mappings[at] === ';';
  const vlq = () => {
    let result = 0;
    let shift = 0;
    for (;;) {
      const digit = at < mappings.length ? (DIGITS.get(mappings[at]) ?? 0) : 0;
      at++;
      result += (digit & 31) * 2 ** shift;
      if ((digit & 32) === 0 || shift > 30) break;
      shift += 5;
    }
    return result % 2 === 1 ? -Math.floor(result / 2) : Math.floor(result / 2);
  };
  let line = lineOffset;
  let column = columnOffset;
  let source = 0;
  let originalLine = 0;
  let originalColumn = 0;
  let name = 0;
  while (at < mappings.length) {
    if (mappings[at] === ';') {
      line++;
      column = 0;
      at++;
      continue;
    }
    if (mappings[at] === ',') {
      at++;
      continue;
    }
    column += vlq();
    if (separator()) {
      into.push([line, column]);
      continue;
    }
    source += vlq();
    originalLine += vlq();
    originalColumn += vlq();
    const entry = [line, column, sources[source], originalLine, originalColumn, undefined];
    if (!separator()) {
      name += vlq();
      entry[5] = names?.[name];
    }
    into.push(entry);
  }
}

class SourceMap {
  #payload;
  #lineLengths;
  #mappings = [];

  constructor(payload, { lineLengths } = {}) {
    validateObject(payload, 'payload');
    this.#payload = copyPayload(payload);
    this.#lineLengths = lineLengths;
    if (Array.isArray(payload.sections)) {
      for (const { offset, map } of payload.sections) {
        parseMappings(map.mappings, map.sources ?? [], map.names, offset.line, offset.column, this.#mappings);
      }
    } else {
      if (payload.sources === undefined || payload.sources === null) {
        throw new TypeError(`Cannot read properties of ${payload.sources} (reading 'length')`);
      }
      parseMappings(payload.mappings, payload.sources, payload.names, 0, 0, this.#mappings);
    }
    this.#mappings.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  }

  get payload() {
    return copyPayload(this.#payload);
  }

  get lineLengths() {
    return this.#lineLengths;
  }

  // The mapping of a 0-based generated position: the last one at or before it, or {}.
  findEntry(lineOffset, columnOffset) {
    const mappings = this.#mappings;
    let low = 0;
    let high = mappings.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const [line, column] = mappings[middle];
      if (line < lineOffset || (line === lineOffset && column <= columnOffset)) {
        found = middle;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    if (found === -1) return {};
    const entry = mappings[found];
    return {
      generatedLine: entry[0], generatedColumn: entry[1], originalSource: entry[2], originalLine: entry[3],
      originalColumn: entry[4], name: entry[5],
    };
  }

  // The original position (1-based) of a 1-based generated one, or {}.
  findOrigin(lineNumber, columnNumber) {
    const entry = this.findEntry(lineNumber - 1, columnNumber - 1);
    if (entry.originalSource === undefined) return {};
    return {
      name: entry.name,
      fileName: entry.originalSource,
      lineNumber: entry.originalLine + (lineNumber - 1 - entry.generatedLine) + 1,
      columnNumber: entry.originalColumn + (columnNumber - 1 - entry.generatedColumn) + 1,
    };
  }
}

module.exports = { SourceMap };
