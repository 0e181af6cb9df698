'use strict';
// util.parseArgs: command-line arguments to { values, positionals, tokens? }, in two passes as
// Node does: the arguments become tokens (options, positionals, the `--` terminator), then the
// tokens are checked (strict mode) and stored, then defaults fill what is missing.

const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_PARSE_ARGS_INVALID_OPTION_VALUE,
    ERR_PARSE_ARGS_UNKNOWN_OPTION, ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL,
  },
} = require('internal/errors');
const {
  validateArray, validateBoolean, validateObject, validateString,
} = require('internal/validators');

const hasOwn = (obj, key) => Object.prototype.hasOwnProperty.call(obj, key);
const own = (obj, key) => (hasOwn(obj, key) ? obj[key] : undefined);
const optionSetting = (options, name, key) => (hasOwn(options, name) ? own(options[name], key) : undefined);

// The user's arguments: after the script, or after the executable for -e/-p.
function mainArgs() {
  const exec = process.execArgv;
  if (['-e', '--eval', '-p', '--print'].some((flag) => exec.includes(flag))) return process.argv.slice(1);
  return process.argv.slice(2);
}

const isLoneShortOption = (arg) => arg.length === 2 && arg[0] === '-' && arg[1] !== '-';
const isLoneLongOption = (arg) => arg.length > 2 && arg.startsWith('--') && !arg.includes('=', 3);
const isLongOptionAndValue = (arg) => arg.length > 2 && arg.startsWith('--') && arg.includes('=', 3);
const isOptionLikeValue = (value) => value != null && value.length > 1 && value[0] === '-';

function longNameOf(short, options) {
  for (const name of Object.keys(options)) {
    if (own(options[name], 'short') === short) return name;
  }
  return short;
}

// -abc where -a is not a string option: several short options at once.
function isShortOptionGroup(arg, options) {
  if (arg.length <= 2 || arg[0] !== '-' || arg[1] === '-') return false;
  return optionSetting(options, longNameOf(arg[1], options), 'type') !== 'string';
}

// -fVALUE where -f is a string option.
function isShortOptionAndValue(arg, options) {
  if (arg.length <= 2 || arg[0] !== '-' || arg[1] === '-') return false;
  return optionSetting(options, longNameOf(arg[1], options), 'type') === 'string';
}

function toTokens(args, options) {
  const tokens = [];
  const pending = args.slice();
  let index = -1;
  let groupLeft = 0;
  while (pending.length > 0) {
    const arg = pending.shift();
    const next = pending[0];
    if (groupLeft > 0) groupLeft--;
    else index++;

    if (arg === '--') {
      tokens.push({ kind: 'option-terminator', index });
      for (const rest of pending) tokens.push({ kind: 'positional', index: ++index, value: rest });
      break;
    }
    if (isLoneShortOption(arg) || isLoneLongOption(arg)) {
      const name = arg.length === 2 ? longNameOf(arg[1], options) : arg.slice(2);
      let value;
      let inlineValue;
      if (optionSetting(options, name, 'type') === 'string' && next != null) {
        value = pending.shift();
        inlineValue = false;
      }
      tokens.push({ kind: 'option', name, rawName: arg, index, value, inlineValue });
      if (value != null) index++;
      continue;
    }
    if (isShortOptionGroup(arg, options)) {
      // -abfFILE is -a -b -fFILE: a string option ends the group and takes the rest.
      const expanded = [];
      for (let i = 1; i < arg.length; i++) {
        const short = arg[i];
        if (optionSetting(options, longNameOf(short, options), 'type') !== 'string' || i === arg.length - 1) {
          expanded.push(`-${short}`);
        } else {
          expanded.push(`-${arg.slice(i)}`);
          break;
        }
      }
      pending.unshift(...expanded);
      groupLeft = expanded.length;
      continue;
    }
    if (isShortOptionAndValue(arg, options)) {
      tokens.push({ kind: 'option', name: longNameOf(arg[1], options), rawName: `-${arg[1]}`, index,
                    value: arg.slice(2), inlineValue: true });
      continue;
    }
    if (isLongOptionAndValue(arg)) {
      const equals = arg.indexOf('=');
      const name = arg.slice(2, equals);
      tokens.push({ kind: 'option', name, rawName: `--${name}`, index, value: arg.slice(equals + 1),
                    inlineValue: true });
      continue;
    }
    tokens.push({ kind: 'positional', index, value: arg });
  }
  return tokens;
}

function checkOptionUsage(token, options, allowPositionals) {
  const { name } = token;
  if (!hasOwn(options, name)) throw new ERR_PARSE_ARGS_UNKNOWN_OPTION(token.rawName, allowPositionals);
  const short = own(options[name], 'short');
  const shown = `${short ? `-${short}, ` : ''}--${name}`;
  const type = own(options[name], 'type');
  if (type === 'string' && typeof token.value !== 'string') {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${shown} <value>' argument missing`);
  }
  if (type === 'boolean' && token.value != null) {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${shown}' does not take an argument`);
  }
}

// A value taken from the next argument that looks like an option is probably a forgotten value.
function checkOptionLikeValue(token) {
  if (token.inlineValue || !isOptionLikeValue(token.value)) return;
  const example = token.rawName.startsWith('--') ? `'${token.rawName}=-XYZ'`
    : `'--${token.name}=-XYZ' or '${token.rawName}-XYZ'`;
  throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${token.rawName}' argument is ambiguous.\n` +
    `Did you forget to specify the option argument for '${token.rawName}'?\n` +
    `To specify an option argument starting with a dash use ${example}.`);
}

function storeOption(name, value, options, values) {
  if (name === '__proto__') return;
  const stored = value ?? true;
  if (optionSetting(options, name, 'multiple')) {
    if (values[name]) values[name].push(stored);
    else values[name] = [stored];
  } else {
    values[name] = stored;
  }
}

function validateArrayOf(value, name, validate) {
  validateArray(value, name);
  for (let i = 0; i < value.length; i++) validate(value[i], `${name}[${i}]`);
}

function validateOptions(options) {
  validateObject(options, 'options');
  for (const [name, config] of Object.entries(options)) {
    validateObject(config, `options.${name}`);
    const type = own(config, 'type');
    if (type !== 'string' && type !== 'boolean') {
      throw new ERR_INVALID_ARG_TYPE(`options.${name}.type`, "('string|boolean')", type);
    }
    if (hasOwn(config, 'short')) {
      const short = config.short;
      validateString(short, `options.${name}.short`);
      if (short.length !== 1) {
        throw new ERR_INVALID_ARG_VALUE(`options.${name}.short`, short, 'must be a single character');
      }
    }
    const multiple = own(config, 'multiple');
    if (hasOwn(config, 'multiple')) validateBoolean(multiple, `options.${name}.multiple`);
    const fallback = own(config, 'default');
    if (fallback !== undefined) {
      const validate = type === 'string' ? validateString : validateBoolean;
      if (multiple) validateArrayOf(fallback, `options.${name}.default`, validate);
      else validate(fallback, `options.${name}.default`);
    }
  }
}

function parseArgs(config = {}) {
  const args = own(config, 'args') ?? mainArgs();
  const strict = own(config, 'strict') ?? true;
  const allowPositionals = own(config, 'allowPositionals') ?? !strict;
  const returnTokens = own(config, 'tokens') ?? false;
  const allowNegative = own(config, 'allowNegative') ?? false;
  const options = own(config, 'options') ?? { __proto__: null };
  validateArray(args, 'args');
  validateBoolean(strict, 'strict');
  validateBoolean(allowPositionals, 'allowPositionals');
  validateBoolean(returnTokens, 'tokens');
  validateBoolean(allowNegative, 'allowNegative');
  validateOptions(options);

  const tokens = toTokens(args, options);
  const result = { values: { __proto__: null }, positionals: [] };
  if (returnTokens) result.tokens = tokens;
  for (const token of tokens) {
    if (token.kind === 'option') {
      let value = token.value;
      // --no-NAME sets a boolean option NAME to false.
      if (allowNegative && token.name.startsWith('no-') && !hasOwn(options, token.name)) {
        const name = token.name.slice(3);
        if (strict && optionSetting(options, name, 'type') !== 'boolean') {
          throw new ERR_PARSE_ARGS_UNKNOWN_OPTION(token.rawName, allowPositionals);
        }
        if (strict || value === undefined) {
          token.name = name;
          value = false;
        }
      } else if (strict) {
        checkOptionUsage(token, options, allowPositionals);
        checkOptionLikeValue(token);
      }
      storeOption(token.name, value, options, result.values);
    } else if (token.kind === 'positional') {
      if (!allowPositionals) throw new ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL(token.value);
      result.positionals.push(token.value);
    }
  }
  for (const [name, optionConfig] of Object.entries(options)) {
    const fallback = own(optionConfig, 'default');
    if (fallback !== undefined && result.values[name] === undefined && name !== '__proto__') {
      result.values[name] = fallback;
    }
  }
  return result;
}

module.exports = { parseArgs };
