'use strict';
// Whether output to a stream should carry ANSI colours: FORCE_COLOR decides when set (as the tty
// module's getColorDepth reads it), else the stream must be a terminal with more than 2 colours.

function forcedColorDepth(value) {
  switch (value) {
    case '':
    case '1':
    case 'true':
      return 4;
    case '2':
      return 8;
    case '3':
      return 24;
    default:
      return 1;
  }
}

function shouldColorize(stream) {
  const forced = process.env.FORCE_COLOR;
  if (forced !== undefined) return forcedColorDepth(forced) > 2;
  return Boolean(stream?.isTTY) &&
    (typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true);
}

module.exports = { shouldColorize };
