// process.report.getReport(): Node's sections in Node's order, and the header's facts, which agree
// with what process and os say. Only shapes, types and agreements are printed: the values are the
// machine's.
const os = require('os');
const report = process.report.getReport();
console.log(Object.keys(report).join(' '));

const h = report.header;
console.log(Object.keys(h).join(' '));
console.log(h.reportVersion, h.event, h.trigger, h.filename, h.threadId, h.wordSize);
console.log('time', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(h.dumpEventTime),
            /^\d+$/.test(h.dumpEventTimeStamp), Math.abs(Number(h.dumpEventTimeStamp) - Date.now()) < 60000);
console.log('process', h.processId === process.pid, h.cwd === process.cwd(), h.nodejsVersion === process.version,
            h.arch === process.arch, h.platform === process.platform);
console.log('commandLine', Array.isArray(h.commandLine), h.commandLine.every((w) => typeof w === 'string'),
            h.commandLine.some((w) => w.endsWith('report-get.js')));
console.log('glibc', /^\d+\.\d+$/.test(h.glibcVersionRuntime), /^\d+\.\d+$/.test(h.glibcVersionCompiler));
const versionKeys = Object.keys(h.componentVersions);
console.log('componentVersions', versionKeys.join() === [...versionKeys].sort().join(),
            versionKeys.every((k) => h.componentVersions[k] === process.versions[k]),
            versionKeys.length === Object.keys(process.versions).length);
console.log('release', h.release.name, h.release.lts === process.release.lts);
console.log('os', h.osName === os.type(), h.osRelease === os.release(), h.osVersion === os.version(),
            h.osMachine === os.machine(), h.host === os.hostname());
console.log('cpus', h.cpus.length === os.cpus().length, Object.keys(h.cpus[0]).join(' '),
            h.cpus.every((c, i) => c.model === os.cpus()[i].model));
const interfaces = Object.values(os.networkInterfaces()).flat();
console.log('networkInterfaces', h.networkInterfaces.length === interfaces.length,
            h.networkInterfaces.every((n) => Object.keys(n).join() ===
              (n.family === 'IPv6' ? 'name,internal,mac,address,netmask,family,scopeid'
                                   : 'name,internal,mac,address,netmask,family')),
            !/IPv6.*IPv4/.test(h.networkInterfaces.map((n) => n.family).join()));

const heap = report.javascriptHeap;
console.log(Object.keys(heap).join(' '));
console.log(Object.keys(heap.heapSpaces).join(' '));
const isCount = (n) => Number.isSafeInteger(n) && n >= 0;
console.log('heap numbers', Object.entries(heap).every(([k, v]) => k === 'heapSpaces' || isCount(v)),
            heap.usedMemory > 0, heap.usedMemory <= heap.memoryLimit);
console.log('heap spaces', Object.values(heap.heapSpaces).every((s) =>
  Object.keys(s).join() === 'memorySize,committedMemory,capacity,used,available' && Object.values(s).every(isCount)),
heap.heapSpaces.old_space.used + heap.heapSpaces.new_space.used > 0);

console.log('nativeStack', Array.isArray(report.nativeStack), report.nativeStack.every((f) =>
  Object.keys(f).join() === 'pc,symbol' && /^0x[0-9a-f]{16}$/.test(f.pc) && typeof f.symbol === 'string'));

const usage = report.resourceUsage;
console.log(Object.keys(usage).join(' '));
console.log('usage', usage.total_memory === os.totalmem(), usage.rss > 0, usage.maxRss >= usage.rss / 2,
            typeof usage.constrained_memory, usage.userCpuSeconds > 0, usage.kernelCpuSeconds >= 0,
            usage.cpuConsumptionPercent > 0, Object.keys(usage.pageFaults).join(),
            Object.keys(usage.fsActivity).join(), Object.values(usage.fsActivity).every(isCount));
const thread = report.uvthreadResourceUsage;
console.log(Object.keys(thread).join(' '));
console.log('thread', thread.userCpuSeconds > 0, thread.userCpuSeconds <= usage.userCpuSeconds + 0.1);

const loop = report.libuv.at(-1);
console.log('libuv', report.libuv.length > 1, Object.keys(loop).join(' '), loop.type, typeof loop.is_active,
            typeof loop.loopIdleTimeSeconds);
console.log('handles', report.libuv.slice(0, -1).every((e) =>
  Object.keys(e).slice(0, 4).join() === 'type,is_active,is_referenced,address' &&
  typeof e.is_active === 'boolean' && typeof e.is_referenced === 'boolean' && /^0x[0-9a-f]{16}$/.test(e.address)),
report.libuv.some((e) => e.type === 'timer' && 'firesInMsFromNow' in e && 'repeat' in e && 'expired' in e));

console.log('workers', JSON.stringify(report.workers));
const env = report.environmentVariables;
console.log('env', Object.keys(env).length === Object.keys(process.env).length,
            Object.entries(process.env).every(([k, v]) => env[k] === v));
console.log(Object.keys(report.userLimits).join(' '));
console.log('limits', Object.values(report.userLimits).every((l) => Object.keys(l).join() === 'soft,hard' &&
  [l.soft, l.hard].every((v) => v === 'unlimited' || isCount(v))));
console.log('sharedObjects', report.sharedObjects.every((s) => typeof s === 'string'),
            report.sharedObjects.some((s) => /\/libc\.so\.6$/.test(s)));

// The JSON round trip leaves a plain object of plain data.
console.log('plain', Object.getPrototypeOf(report) === Object.prototype,
            JSON.stringify(JSON.parse(JSON.stringify(report))) === JSON.stringify(report));
