// The navigator global.
const util = require('util');
const os = require('os');
console.log(navigator.hardwareConcurrency === os.availableParallelism(), navigator.language,
            navigator.languages, navigator.platform === `${os.type()} ${os.machine()}`, navigator.userAgent);
console.log(util.inspect(navigator), Object.prototype.toString.call(navigator));
console.log(Object.getOwnPropertyNames(navigator));
const d = Object.getOwnPropertyDescriptor(globalThis, 'navigator');
console.log(d.get.name, d.set, d.enumerable, d.configurable, navigator === navigator);
console.log(typeof Navigator, Object.getOwnPropertyDescriptor(globalThis, 'Navigator').enumerable);
try { new Navigator(); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(navigator instanceof Navigator, Object.isFrozen(navigator.languages));
