'use strict';
// util.parseEnv: the content of a .env file to an object, with the rules of Node's dotenv parser:
// `KEY=value` lines, `export ` prefixes, # comments, '…' "…" `…` quoted values (double quotes turn
// \n into newlines and may span lines), unterminated quotes kept as written, later keys winning,
// and keys listed in sorted order.

const { validateString } = require('internal/validators');

const trim = (text) => text.replace(/^[ \n\t]+|[ \n\t]+$/g, '');

function parseEnv(content) {
  validateString(content, 'content');
  const store = new Map();
  let rest = trim(content.replaceAll('\r', ''));
  // Drops the current line (through its newline); `trimAfter` also trims what follows.
  const skipLine = (trimAfter) => {
    const newline = rest.indexOf('\n');
    if (newline === -1) return false;
    rest = rest.slice(newline + 1);
    if (trimAfter) rest = trim(rest);
    return true;
  };
  while (rest.length > 0) {
    if (rest[0] === '\n' || rest[0] === '#') {
      if (!skipLine(false)) break;
      continue;
    }
    const split = rest.search(/[=\n]/);
    if (split === -1 || rest[split] === '\n') {
      if (!skipLine(true)) break;
      continue;
    }
    let key = trim(rest.slice(0, split));
    rest = rest.slice(split + 1);
    if (rest.length === 0 || rest[0] === '\n') {
      store.set(key, '');
      continue;
    }
    rest = trim(rest);
    if (key === '') {
      if (!skipLine(true)) break;
      continue;
    }
    if (key.startsWith('export ')) key = trim(key.slice(7));
    const quote = rest[0];
    const close = quote === '"' || quote === "'" || quote === '`' ? rest.indexOf(quote, 1) : -1;
    if (close !== -1) {
      let value = rest.slice(1, close);
      if (quote === '"') value = value.replaceAll('\\n', '\n');
      store.set(key, value);
      const newline = rest.indexOf('\n', close + 1);
      rest = newline === -1 ? '' : rest.slice(newline + 1);
    } else if (quote === '"' || quote === "'" || quote === '`') {
      // No closing quote: the rest of the line, opening quote included.
      const newline = rest.indexOf('\n');
      if (newline === -1) {
        store.set(key, rest);
        break;
      }
      store.set(key, rest.slice(0, newline));
      rest = rest.slice(newline);
    } else {
      const newline = rest.indexOf('\n');
      let value = newline === -1 ? rest : rest.slice(0, newline);
      const hash = value.indexOf('#');
      if (hash !== -1) value = value.slice(0, hash);
      store.set(key, trim(value));
      rest = newline === -1 ? '' : rest.slice(newline + 1);
    }
    rest = trim(rest);
  }
  const result = {};
  for (const key of [...store.keys()].sort()) result[key] = store.get(key);
  return result;
}

module.exports = { parseEnv };
