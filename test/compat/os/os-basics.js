// node:os: keys, shapes of cpus/userInfo/networkInterfaces (lo), constants tables, priorities and
// their errors (SystemError), string coercion of the old value-style functions.
const os = require('os');
console.log(Object.keys(os).join());
const c = os.cpus();
console.log(c.length === os.availableParallelism(), Object.keys(c[0]).join(), Object.keys(c[0].times).join(), typeof c[0].model, Number.isInteger(c[0].times.user));
console.log(os.loadavg().length, typeof os.uptime(), typeof os.hostname());
console.log(os.type(), os.platform(), os.arch(), os.machine(), os.endianness(), os.EOL === '\n', os.devNull);
console.log(typeof os.release(), typeof os.version(), os.homedir() === process.env.HOME, os.tmpdir());
const u = os.userInfo();
console.log(Object.keys(u).join(), Object.getPrototypeOf(u) === null, typeof u.uid, typeof u.username);
console.log(os.totalmem() > os.freemem(), os.freemem() > 0);
console.log(Object.keys(os.constants).join(), os.constants.signals.SIGTERM, os.constants.errno.ENOENT, os.constants.priority.PRIORITY_HIGH, Object.isFrozen(os.constants.signals));
console.log(Object.keys(os.constants.signals).join());
console.log(Object.keys(os.constants.errno).length);
const ni = os.networkInterfaces();
console.log(JSON.stringify(ni.lo));
console.log(os.getPriority(), os.getPriority(process.pid));
for (const f of [() => os.getPriority(99999999), () => os.setPriority(0, 100), () => os.getPriority('x')]) {
  try { f(); } catch (e) { console.log(e.name, e.code, e.message, Object.keys(e).join(), e.errno, e.syscall); }
}
console.log(`${os.hostname}` === os.hostname(), `${os.type}`);
