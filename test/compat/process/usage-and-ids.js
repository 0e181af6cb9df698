// process.cpuUsage (with a previous value), resourceUsage keys, user and group ids, memory limits.
const u = process.cpuUsage();
console.log(Object.keys(u).join(), Number.isInteger(u.user), u.user >= 0, u.system >= 0);
const d = process.cpuUsage(u);
console.log(d.user >= 0, d.system >= 0);
const r = process.resourceUsage();
console.log(Object.keys(r).join(), r.maxRSS > 0, Number.isInteger(r.userCPUTime));
console.log(typeof process.getuid(), process.getuid() === process.geteuid(), typeof process.getgid(), Array.isArray(process.getgroups()));
console.log(process.constrainedMemory(), process.availableMemory() > 0, typeof process.title);
try { process.cpuUsage(1); } catch (e) { console.log(e.code, e.message); }
