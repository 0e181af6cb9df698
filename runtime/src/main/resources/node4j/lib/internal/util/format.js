'use strict';
// util.format / util.inspect for lib/'s own use (console, errors): they live in internal/util/inspect.

const { inspect, format, formatWithOptions } = require('internal/util/inspect');

module.exports = { inspect, format, formatWithOptions };
