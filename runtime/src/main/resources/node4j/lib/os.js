'use strict';
// node:os

const binding = internalBinding('os');
const {
  codes: { ERR_SYSTEM_ERROR },
} = require('internal/errors');
const { validateInt32 } = require('internal/validators');

// Linux's numbers, in the order Node lists them.
const signals = {
  SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGILL: 4, SIGTRAP: 5, SIGABRT: 6, SIGIOT: 6, SIGBUS: 7,
  SIGFPE: 8, SIGKILL: 9, SIGUSR1: 10, SIGSEGV: 11, SIGUSR2: 12, SIGPIPE: 13, SIGALRM: 14,
  SIGTERM: 15, SIGCHLD: 17, SIGSTKFLT: 16, SIGCONT: 18, SIGSTOP: 19, SIGTSTP: 20, SIGTTIN: 21,
  SIGTTOU: 22, SIGURG: 23, SIGXCPU: 24, SIGXFSZ: 25, SIGVTALRM: 26, SIGPROF: 27, SIGWINCH: 28,
  SIGIO: 29, SIGPOLL: 29, SIGPWR: 30, SIGSYS: 31,
};
const errno = {
  E2BIG: 7, EACCES: 13, EADDRINUSE: 98, EADDRNOTAVAIL: 99, EAFNOSUPPORT: 97, EAGAIN: 11,
  EALREADY: 114, EBADF: 9, EBADMSG: 74, EBUSY: 16, ECANCELED: 125, ECHILD: 10, ECONNABORTED: 103,
  ECONNREFUSED: 111, ECONNRESET: 104, EDEADLK: 35, EDESTADDRREQ: 89, EDOM: 33, EDQUOT: 122,
  EEXIST: 17, EFAULT: 14, EFBIG: 27, EHOSTUNREACH: 113, EIDRM: 43, EILSEQ: 84, EINPROGRESS: 115,
  EINTR: 4, EINVAL: 22, EIO: 5, EISCONN: 106, EISDIR: 21, ELOOP: 40, EMFILE: 24, EMLINK: 31,
  EMSGSIZE: 90, EMULTIHOP: 72, ENAMETOOLONG: 36, ENETDOWN: 100, ENETRESET: 102, ENETUNREACH: 101,
  ENFILE: 23, ENOBUFS: 105, ENODATA: 61, ENODEV: 19, ENOENT: 2, ENOEXEC: 8, ENOLCK: 37,
  ENOLINK: 67, ENOMEM: 12, ENOMSG: 42, ENOPROTOOPT: 92, ENOSPC: 28, ENOSR: 63, ENOSTR: 60,
  ENOSYS: 38, ENOTCONN: 107, ENOTDIR: 20, ENOTEMPTY: 39, ENOTSOCK: 88, ENOTSUP: 95, ENOTTY: 25,
  ENXIO: 6, EOPNOTSUPP: 95, EOVERFLOW: 75, EPERM: 1, EPIPE: 32, EPROTO: 71, EPROTONOSUPPORT: 93,
  EPROTOTYPE: 91, ERANGE: 34, EROFS: 30, ESPIPE: 29, ESRCH: 3, ESTALE: 116, ETIME: 62,
  ETIMEDOUT: 110, ETXTBSY: 26, EWOULDBLOCK: 11, EXDEV: 18,
};
const priority = {
  PRIORITY_LOW: 19, PRIORITY_BELOW_NORMAL: 10, PRIORITY_NORMAL: 0, PRIORITY_ABOVE_NORMAL: -7,
  PRIORITY_HIGH: -14, PRIORITY_HIGHEST: -20,
};
const dlopen = { RTLD_LAZY: 1, RTLD_NOW: 2, RTLD_GLOBAL: 256, RTLD_LOCAL: 0, RTLD_DEEPBIND: 8 };

function nullProto(object) {
  return Object.freeze(Object.assign(Object.create(null), object));
}
const constants = Object.assign(Object.create(null), {
  UV_UDP_REUSEADDR: 4,
  dlopen: nullProto(dlopen),
  errno: nullProto(errno),
  signals: nullProto(signals),
  priority: nullProto(priority),
});

const errnoNames = Object.fromEntries(Object.entries(errno).map(([k, v]) => [v, k]));

// Node's SystemError for a failed libuv call: "A system error occurred: uv_x returned ESRCH (...)".
function systemCallError(syscall, errnoNumber) {
  const code = errnoNames[errnoNumber] ?? 'UNKNOWN';
  const message = { ESRCH: 'no such process', EACCES: 'permission denied',
                    EPERM: 'operation not permitted', ENOSYS: 'function not implemented' }[code] ?? code;
  return new ERR_SYSTEM_ERROR({ errno: -errnoNumber, code, message, syscall });
}

function arch() { return process.arch; }
function availableParallelism() { return binding.cpus().length / 7 || 1; }
function cpus() {
  const flat = binding.cpus();
  const out = [];
  for (let i = 0; i < flat.length; i += 7) {
    out.push({
      model: flat[i], speed: flat[i + 1],
      times: { user: flat[i + 2], nice: flat[i + 3], sys: flat[i + 4], idle: flat[i + 5], irq: flat[i + 6] },
    });
  }
  return out;
}
function endianness() { return 'LE'; }
function freemem() { return binding.memory()[1]; }
function totalmem() { return binding.memory()[0]; }
function getPriority(pid = 0) {
  validateInt32(pid, 'pid');
  const nice = binding.getPriority(pid);
  if (nice === null) throw systemCallError('uv_os_getpriority', 3);
  return nice;
}
function setPriority(pid, prio) {
  if (prio === undefined) {
    prio = pid;
    pid = 0;
  }
  validateInt32(pid, 'pid');
  validateInt32(prio, 'priority', -20, 19);
  const err = binding.setPriority(pid, prio);
  if (err !== 0) throw systemCallError('uv_os_setpriority', err);
}
function homedir() {
  return process.env.HOME || binding.userInfo()[3];
}
function hostname() { return binding.hostname(); }
function loadavg() { return Array.from(binding.loadavg()); }
function networkInterfaces() {
  const flat = binding.networkInterfaces();
  const out = {};
  for (let i = 0; i < flat.length; i += 8) {
    const entry = {
      address: flat[i + 1], netmask: flat[i + 2], family: flat[i + 3], mac: flat[i + 4],
      internal: flat[i + 5], cidr: flat[i + 6],
    };
    if (flat[i + 7] >= 0) entry.scopeid = flat[i + 7];
    (out[flat[i]] ??= []).push(entry);
  }
  return out;
}
function platform() { return process.platform; }
function release() { return binding.release(); }
function tmpdir() {
  let path = process.env.TMPDIR || process.env.TMP || process.env.TEMP || '/tmp';
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  return path;
}
function type() { return 'Linux'; }
function userInfo(options) {
  const [uid, gid, username, home, shell] = binding.userInfo();
  const info = Object.create(null);
  Object.assign(info, { uid, gid, username, homedir: home, shell });
  if (options?.encoding === 'buffer' && typeof Buffer === 'function') {
    for (const key of ['username', 'homedir', 'shell']) {
      if (info[key] !== null) info[key] = Buffer.from(info[key]);
    }
  }
  return info;
}
function uptime() { return binding.uptime(); }
function version() { return binding.version(); }
function machine() {
  return { x64: 'x86_64', arm64: 'aarch64', ia32: 'i686' }[process.arch] ?? process.arch;
}

// Old code reads some of these as values (`${os.hostname}`), as Node allows.
for (const fn of [arch, endianness, freemem, homedir, hostname, platform, release, tmpdir, totalmem,
                  type, uptime, version, machine]) {
  fn[Symbol.toPrimitive] = () => fn();
}

module.exports = {
  arch, availableParallelism, cpus, endianness, freemem, getPriority, homedir, hostname, loadavg,
  networkInterfaces, platform, release, setPriority, tmpdir, totalmem, type, userInfo, uptime,
  version, machine,
};
Object.defineProperties(module.exports, {
  constants: { configurable: false, enumerable: true, value: constants },
  EOL: { configurable: true, enumerable: true, writable: false, value: '\n' },
  devNull: { configurable: true, enumerable: true, writable: false, value: '/dev/null' },
});
