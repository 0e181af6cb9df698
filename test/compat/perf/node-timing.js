// performance.nodeTiming: milestones in order; loopStart is set once the loop runs.
const util = require('util');
const t = performance.nodeTiming;
console.log(Object.getOwnPropertyNames(t), Object.getOwnPropertyNames(Object.getPrototypeOf(t)));
console.log(t.name, t.entryType, t.startTime, t.loopStart, t.loopExit, typeof t.idleTime);
console.log(t.nodeStart >= 0, t.v8Start >= t.nodeStart, t.environment >= t.v8Start,
            t.bootstrapComplete >= t.environment, t.duration > t.bootstrapComplete);
console.log(util.inspect(t).replace(/-?[\d.]+(e[-+]\d+)?/g, 'N'));
console.log(Object.keys(t.toJSON()), Object.keys(t.uvMetricsInfo));
console.log(t === performance.nodeTiming, performance.toJSON().nodeTiming === t);
setTimeout(() => {
  console.log(t.loopStart > t.bootstrapComplete, t.loopExit, typeof t.uvMetricsInfo.loopCount);
}, 1);
