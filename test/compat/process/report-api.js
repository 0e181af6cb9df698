// process.report: a lazy, enumerable accessor on process; the object's members, their defaults, and
// the argument errors of its setters and functions.
const desc = Object.getOwnPropertyDescriptor(process, 'report');
console.log(typeof desc.get, desc.get.name, desc.set, desc.enumerable, desc.configurable);
const report = process.report;
console.log(report === process.report, Object.getPrototypeOf(report) === Object.prototype);
for (const key of Object.getOwnPropertyNames(report)) {
  const d = Object.getOwnPropertyDescriptor(report, key);
  const kind = 'value' in d ? `value ${typeof d.value} ${d.value.name}` : `accessor ${d.get.name} / ${d.set.name}`;
  console.log(key, kind, d.enumerable, d.configurable);
}
const settings = ['directory', 'filename', 'compact', 'excludeNetwork', 'excludeEnv', 'signal',
                  'reportOnFatalError', 'reportOnSignal', 'reportOnUncaughtException'];
console.log('defaults', settings.map((k) => JSON.stringify(report[k])).join(' '));

function attempt(label, fn) {
  try {
    const result = fn();
    console.log(label, 'ok', JSON.stringify(result));
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}

for (const key of settings) {
  if (key === 'reportOnSignal') continue;
  for (const value of [1, 'x', true, null, undefined, 'SIGTERM', 'sigint', {}]) {
    const before = report[key];
    attempt(`${key}=${typeof value === 'string' ? `'${value}'` : String(value)}`, () => {
      report[key] = value;
      return report[key];
    });
    try { report[key] = before; } catch { /* restored below */ }
  }
}
report.directory = '';
report.filename = '';
report.compact = false;
report.excludeNetwork = false;
report.excludeEnv = false;
report.signal = 'SIGUSR2';
report.reportOnFatalError = false;
report.reportOnUncaughtException = false;

// reportOnSignal validates like the other triggers (setting it to true adds a listener: see report-signal).
for (const value of [1, 'true', null, undefined]) {
  attempt(`reportOnSignal=${String(value)}`, () => { report.reportOnSignal = value; });
}
attempt('reportOnSignal=false', () => { report.reportOnSignal = false; return report.reportOnSignal; });

// Signal names: case matters, aliases are known.
for (const name of ['SIGIOT', 'SIGPOLL', 'SIGBREAK', '', 'SIGusr1', 'sigterm', 'TERM']) {
  attempt(`signal '${name}'`, () => { report.signal = name; return report.signal; });
}
report.signal = 'SIGUSR2';

// Strings are kept up to a NUL.
report.filename = 'a\u0000b';
report.directory = 'dir\u0000more';
console.log('truncated', JSON.stringify(report.filename), JSON.stringify(report.directory));
report.filename = '';
report.directory = '';

// getReport(err) and writeReport([file][, err]) check their arguments before writing anything.
for (const err of [1, 'x', null, [1], () => {}, true, Symbol('s')]) {
  attempt(`getReport(${typeof err === 'symbol' ? 'symbol' : Array.isArray(err) ? 'array' : String(err)})`,
          () => typeof report.getReport(err));
}
for (const args of [[1], [null], [true], ['f.json', 1], ['f.json', null], ['f.json', []], [undefined, 'x']]) {
  attempt(`writeReport(${args.map((a) => (Array.isArray(a) ? 'array' : JSON.stringify(a) ?? 'undefined')).join(', ')})`,
          () => report.writeReport(...args));
}
