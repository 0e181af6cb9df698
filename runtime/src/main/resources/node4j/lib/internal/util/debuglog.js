'use strict';
// util.debuglog / util.debug: section loggers switched on by NODE_DEBUG (comma-separated names,
// `*` wildcards, case-insensitive), writing "SECTION PID: message" to stderr.

const { formatWithOptions, inspect } = require('internal/util/inspect');
const { shouldColorize } = require('internal/util/colors');

// NODE_DEBUG as it was when the program started (Node reads it once, at bootstrap).
const debugEnv = process.env.NODE_DEBUG;
let enabledPattern = null;
if (debugEnv) {
  const pattern = debugEnv.replace(/[|\\{}()[\]^$+?.]/g, '\\$&').replace(/\*/g, '.*').replace(/,/g, '$|^');
  enabledPattern = new RegExp(`^${pattern}$`, 'i');
}

const loggers = new Map();
const noop = () => {};

function warnIfSensitive(section) {
  if (section === 'HTTP' || section === 'HTTP2') {
    process.emitWarning(`Setting the NODE_DEBUG environment variable to '${section.toLowerCase()}' can ` +
      'expose sensitive data (such as passwords, tokens and authentication headers) in the resulting log.');
  }
}

function loggerFor(section, enabled) {
  let logger = loggers.get(section);
  if (logger === undefined) {
    if (enabled) {
      const pid = process.pid;
      warnIfSensitive(section);
      logger = function debug(...args) {
        const colors = shouldColorize(process.stderr);
        const message = formatWithOptions({ colors }, ...args);
        process.stderr.write(`${section} ${inspect(pid, { colors })}: ${message}\n`);
      };
    } else {
      logger = noop;
    }
    loggers.set(section, logger);
  }
  return logger;
}

function debuglog(section, callback) {
  let enabled;
  const init = () => {
    section = `${section}`.toUpperCase();
    enabled = enabledPattern !== null && enabledPattern.test(section);
  };
  // The first call decides (and hands the real logger to `callback`); later calls go straight to it.
  let log = (...args) => {
    init();
    log = loggerFor(section, enabled);
    if (typeof callback === 'function') callback(log);
    log(...args);
  };
  let test = () => {
    init();
    test = () => enabled;
    return enabled;
  };
  const logger = (...args) => log(...args);
  Object.defineProperty(logger, 'enabled', {
    get() { return test(); }, configurable: true, enumerable: true,
  });
  return logger;
}

module.exports = { debuglog };
