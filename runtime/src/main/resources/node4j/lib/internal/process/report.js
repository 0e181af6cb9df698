'use strict';
// process.report: Node's diagnostic report, a JSON document about the process at one moment (header,
// JavaScript stack and heap, resource usage, the loop's handles, environment, limits, shared objects).
// getReport() returns it as an object; writeReport() writes it to a file, stdout or stderr; a report
// can also be written on an uncaught exception or on a signal. The JVM-side figures come from
// internalBinding('report') (ReportBinding.java); docs/compat.md says where they differ from Node's.

const binding = internalBinding('report');
const processBinding = internalBinding('process');
const { codes: { ERR_SYNTHETIC } } = require('internal/errors');
const {
  validateBoolean, validateObject, validateSignalName, validateString,
} = require('internal/validators');

// The settings, first as the --report-* options give them.
const settings = initialSettings();
// Reports written under a generated name so far: the last part of that name.
let sequence = 0;
// For a report with no error at all (one written on a signal), as opposed to one of `undefined`.
const kNoError = Symbol('kNoError');

function initialSettings() {
  const { getOptionValue } = require('internal/options');
  const flag = (name) => getOptionValue(name) !== undefined;
  return {
    directory: getOptionValue('--report-directory') ?? getOptionValue('--report-dir') ?? '',
    filename: getOptionValue('--report-filename') ?? '',
    compact: flag('--report-compact'),
    excludeNetwork: flag('--report-exclude-network'),
    excludeEnv: flag('--report-exclude-env'),
    signal: getOptionValue('--report-signal') ?? 'SIGUSR2',
    reportOnFatalError: flag('--report-on-fatalerror'),
    // As in Node, naming the signal asks for reports on it.
    reportOnSignal: flag('--report-on-signal') || flag('--report-signal'),
    reportOnUncaughtException: flag('--report-uncaught-exception'),
  };
}

// A string setting as Node keeps it: up to the first NUL (it is held as a C string).
function cString(text) {
  const nul = text.indexOf('\0');
  return nul === -1 ? text : text.slice(0, nul);
}

const report = {
  writeReport(file, err) {
    if (typeof file === 'object' && file !== null) {
      err = file;
      file = undefined;
    } else if (file !== undefined) {
      validateString(file, 'file');
    }
    if (err === undefined) err = syntheticError();
    else validateObject(err, 'err');
    return write('JavaScript API', 'API', file, err);
  },
  getReport(err) {
    if (err === undefined) err = syntheticError();
    else validateObject(err, 'err');
    // Parsed from the text a file would hold, so its numbers are the ones written (as Node does).
    return JSON.parse(serialize(build('JavaScript API', 'GetReport', null, err), true));
  },
  get directory() {
    return settings.directory;
  },
  set directory(dir) {
    validateString(dir, 'directory');
    settings.directory = cString(dir);
  },
  get filename() {
    return settings.filename;
  },
  set filename(name) {
    validateString(name, 'filename');
    settings.filename = cString(name);
  },
  get compact() {
    return settings.compact;
  },
  set compact(b) {
    validateBoolean(b, 'compact');
    settings.compact = b;
  },
  get excludeNetwork() {
    return settings.excludeNetwork;
  },
  set excludeNetwork(b) {
    validateBoolean(b, 'excludeNetwork');
    settings.excludeNetwork = b;
  },
  get signal() {
    return settings.signal;
  },
  set signal(sig) {
    validateSignalName(sig, 'signal');
    process.removeListener(settings.signal, signalHandler);
    settings.signal = sig;
    if (settings.reportOnSignal) process.on(sig, signalHandler);
  },
  get reportOnFatalError() {
    return settings.reportOnFatalError;
  },
  set reportOnFatalError(trigger) {
    validateBoolean(trigger, 'trigger');
    settings.reportOnFatalError = trigger;
  },
  get reportOnSignal() {
    return settings.reportOnSignal;
  },
  set reportOnSignal(trigger) {
    validateBoolean(trigger, 'trigger');
    settings.reportOnSignal = trigger;
    process.removeListener(settings.signal, signalHandler);
    if (trigger) process.on(settings.signal, signalHandler);
  },
  get reportOnUncaughtException() {
    return settings.reportOnUncaughtException;
  },
  set reportOnUncaughtException(trigger) {
    validateBoolean(trigger, 'trigger');
    settings.reportOnUncaughtException = trigger;
  },
  get excludeEnv() {
    return settings.excludeEnv;
  },
  set excludeEnv(b) {
    validateBoolean(b, 'excludeEnv');
    settings.excludeEnv = b;
  },
};

// ERR_SYNTHETIC, the error a report shows when given none: its frames start at the report function
// that made it, as Node's do (not in lib/internal/errors, where node4j's errors are made).
function syntheticError() {
  const err = new ERR_SYNTHETIC();
  const header = err.stack.split('\n', 1)[0];
  const frames = {};
  Error.captureStackTrace(frames, syntheticError);
  err.stack = `${header}${frames.stack.slice(frames.stack.indexOf('\n'))}`;
  return err;
}

// A 'SIG*' listener on process while reportOnSignal is set (--report-on-signal sets it at start-up).
function signalHandler(signal) {
  write(signal, 'Signal', undefined, kNoError);
}
if (settings.reportOnSignal) process.on(settings.signal, signalHandler);

// Called with a fatal exception, between its report on stderr and Node's version line. The program
// ends right after, whatever happens here.
function onUncaughtException(err) {
  if (!settings.reportOnUncaughtException) return;
  try {
    write('Exception', 'Exception', undefined, err);
  } catch {
    // the fatal report already told what went wrong
  }
}

// Writes a report to `file` (else the filename setting, else a generated name) in the directory
// setting, or to stdout/stderr for those names; tells so on stderr as Node does. Returns the name, or
// '' when the file could not be opened.
function write(event, trigger, file, error) {
  const name = file ?? (settings.filename || defaultFilename());
  const text = serialize(build(event, trigger, name, error), settings.compact);
  if (name === 'stdout' || name === 'stderr') {
    processBinding.writeString(name === 'stdout' ? 1 : 2, text);
  } else {
    // Node joins the two as they are: an absolute file name with a directory set names a path below it.
    const path = settings.directory === '' ? name : `${settings.directory}/${name}`;
    try {
      require('fs').writeFileSync(path, text);
    } catch (err) {
      const where = settings.directory === '' ? '' : ` directory: ${settings.directory}`;
      processBinding.writeString(2, `\nFailed to open Node.js report file: ${name}${where} ` +
                                    `(errno: ${Math.abs(err?.errno ?? 0)})\n`);
      return '';
    }
    processBinding.writeString(2, `\nWriting Node.js report to file: ${name}`);
  }
  // Nothing else goes to stderr after a report written there, so that it stays one JSON document.
  if (name !== 'stderr') processBinding.writeString(2, '\nNode.js report completed\n');
  return name;
}

// report.YYYYMMDD.HHMMSS.<pid>.<thread id>.<sequence>.json, in local time.
function defaultFilename() {
  const t = localTime(new Date());
  sequence++;
  return `report.${t.year}${t.month}${t.day}.${t.hours}${t.minutes}${t.seconds}.${process.pid}.` +
         `${threadId()}.${String(sequence).padStart(3, '0')}.json`;
}

function localTime(date) {
  const two = (n) => String(n).padStart(2, '0');
  return { year: String(date.getFullYear()), month: two(date.getMonth() + 1), day: two(date.getDate()),
           hours: two(date.getHours()), minutes: two(date.getMinutes()), seconds: two(date.getSeconds()) };
}

function threadId() {
  return internalBinding('worker').threadId;
}

// ------------------------------------------------------------------ the report

function build(event, trigger, filename, error) {
  const out = {
    header: header(event, trigger, filename),
    javascriptStack: javascriptStack(error),
    javascriptHeap: fromPairs(binding.javascriptHeap()),
    nativeStack: Array.from(binding.nativeStack(), fromPairs),
    resourceUsage: resourceUsage(),
    uvthreadResourceUsage: threadResourceUsage(),
    libuv: [...Array.from(binding.handles(settings.excludeNetwork), fromPairs), fromPairs(binding.loopState())],
    // Each worker's own report is not gathered (docs/compat.md).
    workers: [],
  };
  if (!settings.excludeEnv) out.environmentVariables = { ...process.env };
  out.userLimits = userLimits();
  out.sharedObjects = Array.from(binding.sharedObjects());
  return out;
}

function header(event, trigger, filename) {
  const os = require('os');
  const now = new Date();
  const t = localTime(now);
  const out = {
    reportVersion: 5,
    event,
    trigger,
    filename,
    // Local time marked Z, as Node writes it.
    dumpEventTime: `${t.year}-${t.month}-${t.day}T${t.hours}:${t.minutes}:${t.seconds}Z`,
    dumpEventTimeStamp: String(now.getTime()),
    processId: process.pid,
    threadId: threadId(),
    cwd: process.cwd(),
    commandLine: Array.from(binding.commandLine()),
    nodejsVersion: process.version,
  };
  const glibc = binding.glibcVersion();
  if (glibc !== null) {
    out.glibcVersionRuntime = glibc;
    // The glibc the JVM was built against is not known at run time: the running one stands for it.
    out.glibcVersionCompiler = glibc;
  }
  out.wordSize = /64/.test(process.arch) ? 64 : 32;
  out.arch = process.arch;
  out.platform = process.platform;
  out.componentVersions = Object.fromEntries(Object.entries(process.versions).sort(([a], [b]) => (a < b ? -1 : 1)));
  out.release = { ...process.release };
  out.osName = os.type();
  out.osRelease = os.release();
  out.osVersion = os.version();
  out.osMachine = os.machine();
  out.cpus = os.cpus().map(({ model, speed, times }) => ({ model, speed, ...times }));
  if (!settings.excludeNetwork) out.networkInterfaces = networkInterfaces(os);
  out.host = os.hostname();
  return out;
}

// As getifaddrs lists them: every interface's IPv4 addresses, then the IPv6 ones.
function networkInterfaces(os) {
  const list = [];
  for (const [name, addresses] of Object.entries(os.networkInterfaces())) {
    for (const { internal, mac, address, netmask, family, scopeid } of addresses) {
      const entry = { name, internal, mac, address, netmask, family };
      if (family === 'IPv6') entry.scopeid = scopeid;
      list.push(entry);
    }
  }
  return [...list.filter((e) => e.family === 'IPv4'), ...list.filter((e) => e.family !== 'IPv4')];
}

// Node's reading of an error: the first line of its stack is the message, the lines after it (all
// but the last, which Node leaves out, and with their indentation trimmed) the frames; its own
// enumerable properties other than stack and message, as strings. A thrown primitive is its string.
function javascriptStack(error) {
  if (error === kNoError) return { message: '', errorProperties: {} };
  if (error === null || (typeof error !== 'object' && typeof error !== 'function')) {
    return { message: String(error), errorProperties: {} };
  }
  let stack;
  try {
    stack = error.stack;
  } catch {
    // a throwing getter: no stack
  }
  if (typeof stack !== 'string') return { message: 'No stack.', stack: ['Unavailable.'], errorProperties: {} };
  const lines = stack.split('\n');
  const out = { message: lines[0] };
  if (lines.length > 1) out.stack = lines.slice(1, -1).map((line) => line.trimStart());
  const errorProperties = {};
  for (const key of Object.keys(error)) {
    if (key === 'stack' || key === 'message') continue;
    try {
      errorProperties[key] = String(error[key]);
    } catch {
      errorProperties[key] = '';
    }
  }
  out.errorProperties = errorProperties;
  return out;
}

function resourceUsage() {
  const os = require('os');
  const usage = process.resourceUsage();
  const [reads, writes] = binding.processIo();
  const constrained = process.constrainedMemory();
  return {
    free_memory: os.freemem(),
    total_memory: os.totalmem(),
    rss: process.memoryUsage.rss(),
    // An unsigned 64-bit figure: "no limit" is its largest value, written exactly.
    constrained_memory: constrained >= 2 ** 64 ? 2n ** 64n - 1n : constrained,
    available_memory: process.availableMemory(),
    ...cpuSeconds(usage.userCPUTime / 1e6, usage.systemCPUTime / 1e6),
    maxRss: usage.maxRSS * 1024,
    pageFaults: { IORequired: usage.majorPageFault, IONotRequired: usage.minorPageFault },
    fsActivity: { reads, writes },
  };
}

function threadResourceUsage() {
  const [user, kernel, reads, writes] = binding.threadUsage();
  return { ...cpuSeconds(user, kernel), fsActivity: { reads, writes } };
}

// CPU seconds and their share of the whole seconds the program has run (at least one), as Node counts.
function cpuSeconds(user, kernel) {
  const seconds = Math.max(1, Math.floor(process.uptime()));
  return {
    userCpuSeconds: user,
    kernelCpuSeconds: kernel,
    cpuConsumptionPercent: ((user + kernel) / seconds) * 100,
    userCpuConsumptionPercent: (user / seconds) * 100,
    kernelCpuConsumptionPercent: (kernel / seconds) * 100,
  };
}

function userLimits() {
  const out = {};
  for (const [key, soft, hard] of binding.userLimits()) out[key] = { soft, hard };
  return out;
}

// The binding's [key, value, key, value...] arrays as objects; a nested array is a nested object.
function fromPairs(pairs) {
  const out = {};
  for (let i = 0; i < pairs.length; i += 2) {
    const value = pairs[i + 1];
    out[pairs[i]] = value !== null && typeof value === 'object' ? fromPairs(value) : value;
  }
  return out;
}

// ------------------------------------------------------------------ JSON as Node writes it

// Compact: one line. Otherwise two-space indentation, an empty array or object still spread over two
// lines, and a blank line first.
function serialize(value, compact) {
  return compact ? `${encode(value, null)}\n` : `\n${encode(value, '')}\n`;
}

function encode(value, indent) {
  switch (typeof value) {
    case 'string': return JSON.stringify(value);
    case 'number': return formatNumber(value);
    case 'bigint': return String(value);
    case 'boolean': return String(value);
    default: break;
  }
  if (value === null || value === undefined) return 'null';
  const inner = indent === null ? null : `${indent}  `;
  const isArray = Array.isArray(value);
  const items = isArray ?
    value.map((v) => encode(v, inner)) :
    Object.keys(value).map((k) => `${JSON.stringify(k)}:${inner === null ? '' : ' '}${encode(value[k], inner)}`);
  const [open, close] = isArray ? ['[', ']'] : ['{', '}'];
  if (indent === null) return `${open}${items.join(',')}${close}`;
  const body = items.map((item) => `${inner}${item}`).join(',\n');
  return `${open}\n${body}${body === '' ? '' : '\n'}${indent}${close}`;
}

// Integers in full; fractions with six significant digits, as C's %g prints them.
function formatNumber(n) {
  if (!Number.isFinite(n)) return 'null';
  if (Number.isInteger(n)) return String(n);
  const [mantissa, exp] = n.toExponential(5).split('e');
  const exponent = Number(exp);
  if (exponent < -4 || exponent >= 6) {
    return `${trimZeros(mantissa)}e${exponent < 0 ? '-' : '+'}${String(Math.abs(exponent)).padStart(2, '0')}`;
  }
  return trimZeros(n.toFixed(5 - exponent));
}

function trimZeros(text) {
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

module.exports = { report, onUncaughtException };
