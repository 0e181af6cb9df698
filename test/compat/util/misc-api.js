'use strict';
const util = require('util');
function t(f) { try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message); } }
console.log(Object.keys(util).join(' '));
t(() => util.convertProcessSignalToExitCode('SIGINT'));
t(() => util.convertProcessSignalToExitCode('SIGKILL'));
t(() => util.convertProcessSignalToExitCode('SIGX'));
t(() => util.convertProcessSignalToExitCode(2));
t(() => util.setTraceSigInt(false));
t(() => util.isDeepStrictEqual({ a: [1] }, { a: [1] }));
t(() => typeof util.aborted);
t(() => [util.isArray === undefined, util.log, util.isBoolean, util.isFunction]);
t(() => require('util/types') === util.types);
