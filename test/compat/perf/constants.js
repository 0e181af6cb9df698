// perf_hooks.constants: the GC kinds and flags.
const { constants } = require('perf_hooks');
console.log(constants, Object.isFrozen(constants));
