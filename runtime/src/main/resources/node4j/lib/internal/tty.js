'use strict';
// How many colours a terminal shows, judged from the environment as Node does (tty.WriteStream's
// getColorDepth and hasColors): 1 (2 colours), 4 (16), 8 (256) or 24 (16,777,216). The order of the
// checks and every table below are what Node 24 answers for each variable, observed one by one.

const { validateInteger } = require('internal/validators');

const DEPTH_2 = 1;
const DEPTH_16 = 4;
const DEPTH_256 = 8;
const DEPTH_16M = 24;

// TERM values (lower-cased) with a depth of their own; other names go to TERM_PATTERNS.
const TERM_DEPTHS = {
  __proto__: null,
  cons25: DEPTH_16,
  console: DEPTH_16,
  cygwin: DEPTH_16,
  dtterm: DEPTH_16,
  eterm: DEPTH_16,
  gnome: DEPTH_16,
  hurd: DEPTH_16,
  jfbterm: DEPTH_16,
  konsole: DEPTH_16,
  kterm: DEPTH_16,
  mlterm: DEPTH_16,
  mosh: DEPTH_16M,
  putty: DEPTH_16,
  st: DEPTH_16,
  'rxvt-unicode-24bit': DEPTH_16M,
  terminator: DEPTH_16M,
  'xterm-kitty': DEPTH_16M,
};

// TERM values (lower-cased) known to show 16 colours.
const TERM_PATTERNS = [/ansi/, /color/, /linux/, /direct/, /^con\d*x\d/, /^rxvt/, /^screen/, /^xterm/,
  /^vt100/, /^vt220/];

// CI services whose logs show colours when CI is set: 16 million, else 256.
const CI_16M = ['GITHUB_ACTIONS', 'GITEA_ACTIONS', 'CIRCLECI'];
const CI_256 = ['TRAVIS', 'APPVEYOR', 'GITLAB_CI', 'BUILDKITE', 'DRONE'];

let warnedForceColor = false;

// FORCE_COLOR wins over NO_COLOR and NODE_DISABLE_COLORS; Node says so once per process.
function warnIgnoredDisablers(env) {
  if (warnedForceColor) return;
  const ignored = [];
  if (env.NODE_DISABLE_COLORS) ignored.push("'NODE_DISABLE_COLORS'");
  if (env.NO_COLOR) ignored.push("'NO_COLOR'");
  if (ignored.length === 0) return;
  warnedForceColor = true;
  process.emitWarning(`The ${ignored.join(' and ')} env is ignored due to the 'FORCE_COLOR' env being set.`);
}

function forcedDepth(env) {
  switch (env.FORCE_COLOR) {
    case '':
    case '1':
    case 'true':
      warnIgnoredDisablers(env);
      return DEPTH_16;
    case '2':
      warnIgnoredDisablers(env);
      return DEPTH_256;
    case '3':
      warnIgnoredDisablers(env);
      return DEPTH_16M;
    default:
      return DEPTH_2;
  }
}

function getColorDepth(env = process.env) {
  if (env.FORCE_COLOR !== undefined) return forcedDepth(env);
  if (env.NODE_DISABLE_COLORS || env.NO_COLOR || env.TERM === 'dumb') return DEPTH_2;
  if (env.TMUX) return DEPTH_16M;
  if (env.CI !== undefined) {
    if (CI_16M.some((name) => env[name] !== undefined)) return DEPTH_16M;
    if (CI_256.some((name) => env[name] !== undefined) || env.CI_NAME === 'codeship') return DEPTH_256;
    return DEPTH_2;
  }
  if ('TEAMCITY_VERSION' in env) {
    // TeamCity shows colours from 9.1 on: versions "9.N." with N >= 1, or of two digits or more.
    return /^(?:9\.0*[1-9]\d*\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? DEPTH_16 : DEPTH_2;
  }
  switch (env.TERM_PROGRAM) {
    case 'iTerm.app':
      return !env.TERM_PROGRAM_VERSION || /^[0-2]\./.test(env.TERM_PROGRAM_VERSION) ? DEPTH_256 : DEPTH_16M;
    case 'HyperTerm':
    case 'MacTerm':
      return DEPTH_16M;
    case 'Apple_Terminal':
      return DEPTH_256;
  }
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return DEPTH_16M;
  if (env.TERM) {
    if (env.TERM.includes('truecolor')) return DEPTH_16M;
    if (env.TERM.startsWith('xterm-256')) return DEPTH_256;
    const term = env.TERM.toLowerCase();
    if (TERM_DEPTHS[term]) return TERM_DEPTHS[term];
    if (TERM_PATTERNS.some((pattern) => pattern.test(term))) return DEPTH_16;
  }
  if (env.COLORTERM) return DEPTH_16;
  return DEPTH_2;
}

function hasColors(count, env) {
  if (env === undefined && (count === undefined || (typeof count === 'object' && count !== null))) {
    env = count;
    count = 16;
  } else {
    validateInteger(count, 'count', 2);
  }
  return count <= 2 ** getColorDepth(env);
}

module.exports = { getColorDepth, hasColors };
