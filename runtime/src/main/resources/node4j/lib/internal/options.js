'use strict';
// The Node options this thread was started with: NODE_OPTIONS (read as Node reads it, before the
// command line) and then the command line's own (process.execArgv as it was at start-up; a worker's
// are its execArgv). bin/node4j refuses options it does not know, so what is here is one of those
// CommandLine.java lists. getOptionValue('--no-warnings') -> true or undefined; the repeatable
// options (--require, --env-file, --disable-warning) -> an array.

const kValued = new Set(['--require', '--env-file', '--env-file-if-exists', '--unhandled-rejections',
                         '--stack-trace-limit', '--title', '--disable-warning', '--max-old-space-size',
                         '--max-semi-space-size', '--stack-size', '--input-type', '--import',
                         '--report-dir', '--report-directory', '--report-filename', '--report-signal']);
const kRepeatable = new Set(['--require', '--env-file', '--env-file-if-exists', '--disable-warning',
                             '--import']);

let values;

// NODE_OPTIONS: words separated by spaces; double quotes group, and a backslash in them escapes.
function splitNodeOptions(text) {
  const words = [];
  let word = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      word ??= '';
      for (i++; i < text.length && text[i] !== '"'; i++) {
        word += text[i] === '\\' && i + 1 < text.length ? text[++i] : text[i];
      }
    } else if (c === ' ' || c === '\t' || c === '\n') {
      if (word !== null) words.push(word);
      word = null;
    } else {
      word = (word ?? '') + c;
    }
  }
  if (word !== null) words.push(word);
  return words;
}

function parse(args) {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') break;
    if (arg === '-e' || arg === '--eval' || arg === '-p' || arg === '--print' || arg === '-pe' || arg === '-ep') {
      i++;
      continue;
    }
    const eq = arg.indexOf('=');
    let name = eq === -1 ? arg : arg.slice(0, eq);
    if (name.startsWith('--')) name = `--${name.slice(2).replaceAll('_', '-')}`;
    if (name === '-r') name = '--require';
    let value = true;
    if (kValued.has(name)) value = eq === -1 ? args[++i] : arg.slice(eq + 1);
    if (kRepeatable.has(name)) {
      const list = values.get(name);
      if (list === undefined) values.set(name, [value]);
      else list.push(value);
    } else {
      values.set(name, value);
    }
  }
}

function getOptionValue(name) {
  if (values === undefined) {
    values = new Map();
    const nodeOptions = process.env.NODE_OPTIONS;
    if (typeof nodeOptions === 'string' && nodeOptions !== '') parse(splitNodeOptions(nodeOptions));
    parse(Array.from(internalBinding('process').execArgv));
  }
  return values.get(name);
}

module.exports = { getOptionValue, splitNodeOptions };
