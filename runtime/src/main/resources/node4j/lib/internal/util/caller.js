'use strict';
// Who called into lib/: Node silences some deprecation warnings (url.parse, punycode) for code
// under node_modules, so that programs warn about their own use and not their dependencies'.

// True when the first frame outside node4j's own lib/ belongs to a file under node_modules.
function isInsideNodeModules() {
  const stack = new Error().stack;
  if (typeof stack !== 'string') return false;
  for (const line of stack.split('\n').slice(1)) {
    if (line.includes('(node:') || line.includes('at node:')) continue;
    return /[\\/]node_modules[\\/]/.test(line);
  }
  return false;
}

module.exports = { isInsideNodeModules };
