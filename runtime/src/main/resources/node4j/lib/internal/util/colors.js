'use strict';
// Whether output to a stream should carry ANSI colours, as Node decides it: FORCE_COLOR, when set,
// through the tty module's colour depth; else the stream must be a terminal showing more than 2.

function shouldColorize(stream) {
  if (process.env.FORCE_COLOR !== undefined) return require('internal/tty').getColorDepth() > 2;
  return stream?.isTTY &&
    (typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true);
}

module.exports = { shouldColorize };
