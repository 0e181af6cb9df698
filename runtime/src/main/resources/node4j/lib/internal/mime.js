'use strict';
// util.MIMEType and util.MIMEParams: MIME types parsed and serialized as the WHATWG MIME Sniffing
// standard says (lower-cased type, subtype and parameter names; first parameter of a name wins;
// values quoted when they are not HTTP tokens).

const { codes: { ERR_INVALID_MIME_SYNTAX } } = require('internal/errors');

const kTokenChars = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]*$/;
const kNotToken = /[^!#$%&'*+\-.^_`|~0-9A-Za-z]/;
const kNotQuotedStringChar = /[^\t\u0020-\u007e\u0080-\u00ff]/;
const kHttpWhitespace = /^[\r\n\t ]+|[\r\n\t ]+$/g;
const isHttpWhitespace = (c) => c === ' ' || c === '\t' || c === '\n' || c === '\r';

function firstInvalid(text, pattern) {
  const m = pattern.exec(text);
  return m === null ? -1 : m.index;
}

// `shown` is what the error quotes: the whole string being parsed, or the value being set.
function checkToken(text, production, shown = text) {
  const at = firstInvalid(text, kNotToken);
  if (text.length === 0 || at !== -1) throw new ERR_INVALID_MIME_SYNTAX(production, shown, at);
}

function serializeValue(value) {
  if (value.length > 0 && kTokenChars.test(value)) return value;
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

class MIMEParams {
  #data = new Map();

  // Parameter names are case-insensitive: every method looks them up lower-cased.
  delete(name) {
    this.#data.delete(`${name}`.toLowerCase());
  }

  get(name) {
    const value = this.#data.get(`${name}`.toLowerCase());
    return value === undefined ? null : value;
  }

  has(name) {
    return this.#data.has(`${name}`.toLowerCase());
  }

  set(name, value) {
    name = `${name}`;
    value = `${value}`;
    const badName = firstInvalid(name, kNotToken);
    if (name.length === 0 || badName !== -1) throw new ERR_INVALID_MIME_SYNTAX('parameter name', name, badName);
    const badValue = firstInvalid(value, kNotQuotedStringChar);
    if (badValue !== -1) throw new ERR_INVALID_MIME_SYNTAX('parameter value', value, badValue);
    this.#data.set(name.toLowerCase(), value);
  }

  * entries() {
    yield* this.#data.entries();
  }

  * keys() {
    yield* this.#data.keys();
  }

  * values() {
    yield* this.#data.values();
  }

  toString() {
    let text = '';
    for (const [name, value] of this.#data) {
      text += `${text === '' ? '' : ';'}${name}=${serializeValue(value)}`;
    }
    return text;
  }

  toJSON() {
    return this.toString();
  }

  // Parameters of a MIME type string, from `at` (the first ';'): invalid ones are skipped.
  static parseInto(params, text, at) {
    const data = params.#data;
    while (at < text.length) {
      at++;
      while (isHttpWhitespace(text[at])) at++;
      let end = at;
      while (end < text.length && text[end] !== ';' && text[end] !== '=') end++;
      const name = text.slice(at, end).toLowerCase();
      at = end;
      if (at >= text.length) break;
      if (text[at] === ';') continue;
      at++;
      let value;
      if (text[at] === '"') {
        value = '';
        at++;
        while (at < text.length) {
          const c = text[at];
          if (c === '"') {
            at++;
            break;
          }
          if (c === '\\') {
            at++;
            if (at >= text.length) {
              value += '\\';
              break;
            }
          }
          value += text[at];
          at++;
        }
        while (at < text.length && text[at] !== ';') at++;
      } else {
        end = at;
        while (end < text.length && text[end] !== ';') end++;
        value = text.slice(at, end).replace(/[\r\n\t ]+$/, '');
        at = end;
        if (value === '') continue;
      }
      if (name !== '' && kTokenChars.test(name) && !kNotQuotedStringChar.test(value) && !data.has(name)) {
        data.set(name, value);
      }
    }
  }
}
MIMEParams.prototype[Symbol.iterator] = MIMEParams.prototype.entries;
const parseParams = MIMEParams.parseInto;
delete MIMEParams.parseInto;

class MIMEType {
  #type;
  #subtype;
  #params = new MIMEParams();

  // The parsed type, or null where the constructor would throw.
  static parse(string) {
    try {
      return new MIMEType(string);
    } catch {
      return null;
    }
  }

  constructor(string) {
    const input = `${string}`;
    const text = input.replace(kHttpWhitespace, '');
    const slash = text.indexOf('/');
    const type = slash === -1 ? text : text.slice(0, slash);
    if (slash === -1 || type.length === 0 || kNotToken.test(type)) {
      throw new ERR_INVALID_MIME_SYNTAX('type', input, slash === -1 ? -1 : firstInvalid(type, kNotToken));
    }
    let semicolon = text.indexOf(';', slash + 1);
    if (semicolon === -1) semicolon = text.length;
    const subtype = text.slice(slash + 1, semicolon).replace(/[\r\n\t ]+$/, '');
    checkToken(subtype, 'subtype', input);
    this.#type = type.toLowerCase();
    this.#subtype = subtype.toLowerCase();
    parseParams(this.#params, text, semicolon);
  }

  get type() {
    return this.#type;
  }

  set type(value) {
    value = `${value}`;
    checkToken(value, 'type');
    this.#type = value.toLowerCase();
  }

  get subtype() {
    return this.#subtype;
  }

  set subtype(value) {
    value = `${value}`;
    checkToken(value, 'subtype');
    this.#subtype = value.toLowerCase();
  }

  get essence() {
    return `${this.#type}/${this.#subtype}`;
  }

  get params() {
    return this.#params;
  }

  toString() {
    const params = this.#params.toString();
    return `${this.essence}${params === '' ? '' : `;${params}`}`;
  }

  toJSON() {
    return this.toString();
  }
}

module.exports = { MIMEType, MIMEParams };
