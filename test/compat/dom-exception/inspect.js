// util.inspect of DOMExceptions (stack frames left out: the engine's differ).
const util = require('util');
const noFrames = (s) => s.split('\n').filter((l) => !/^\s+at /.test(l) && !/lines matching/.test(l)).join('\n');
console.log(noFrames(util.inspect(new DOMException('hi', 'NotFoundError'))));
const e = new DOMException('with props', 'DataCloneError');
e.extra = 1;
console.log(noFrames(util.inspect(e)));
console.log(noFrames(util.inspect(new DOMException('m', { name: 'AbortError', cause: 'reason' }))));
console.log(noFrames(util.inspect(new DOMException('plain'))));
console.log(util.inspect(DOMException));
console.log(noFrames(util.inspect({ nested: new DOMException('n', 'TimeoutError') })));
console.log(noFrames(util.inspect([new DOMException('in array', 'SyntaxError')], { depth: 0 })));
