// The older process members programs still touch: binding(), _linkedBinding, dlopen, _kill,
// _tickCallback, _preload_modules, debugPort, domain, _getActive*, openStdin's type.
'use strict';
console.log(typeof process._tickCallback, process._tickCallback.name, process.debugPort, process.domain,
            process._preload_modules);
console.log(Object.keys(process.binding('constants')).filter((k) => ['os', 'fs', 'crypto', 'zlib'].includes(k)));
console.log(process.binding('constants').fs.O_RDONLY === require('fs').constants.O_RDONLY);
const uv = process.binding('uv');
console.log(uv.errname(-2), uv.UV_ENOENT, uv.UV_EACCES, typeof uv.errname);
const natives = process.binding('natives');
console.log(typeof natives.fs, typeof natives.path, typeof natives.events);
const u = process.binding('util');
console.log(Object.keys(u).length, u.isDate(new Date()), u.isPromise(Promise.resolve()), u.isRegExp(/x/));
console.log(process.binding('config').hasIntl, process.binding('config').bits);
for (const name of ['nonesuch', 'internal_only_x']) {
  try {
    process.binding(name);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
try {
  process._linkedBinding('x');
} catch (e) {
  console.log(e.name, e.code, e.message);
}
console.log(process._kill(process.pid, 0), process._kill(0x3fffffff, 0));
let ticked = false;
process.nextTick(() => { ticked = true; });
process._tickCallback();
console.log('tick ran inside _tickCallback:', ticked);
console.log(typeof process.openStdin, typeof process.dlopen, typeof process._debugEnd,
            typeof process._startProfilerIdleNotifier, typeof process._stopProfilerIdleNotifier);
