'use strict';
// The performance clock: milliseconds since the time origin (the start of this process), shared by
// performance.now(), Event.timeStamp and the perf_hooks entries.

const binding = internalBinding('performance');

const now = () => binding.now();
const timeOrigin = binding.timeOrigin();

module.exports = { now, timeOrigin, binding };
