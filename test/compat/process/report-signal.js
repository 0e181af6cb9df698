// compat: process stderr
// reportOnSignal: a 'signalHandler' listener on process for the signal setting (moved when the
// setting changes) that writes a report when the signal comes: event the signal's name, trigger
// "Signal", no JavaScript stack. --report-on-signal and --report-signal set it up at start-up.
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const report = process.report;
const names = (signal) => JSON.stringify(process.listeners(signal).map((f) => f.name));
console.log('before', names('SIGUSR2'));
report.reportOnSignal = true;
console.log('on', report.reportOnSignal, names('SIGUSR2'));
report.signal = 'SIGUSR1';
console.log('moved', names('SIGUSR2'), names('SIGUSR1'));
report.reportOnSignal = false;
console.log('off', names('SIGUSR1'));

// A signal that cannot be watched: the listener is refused when it is added.
report.signal = 'SIGKILL';
console.log('SIGKILL', names('SIGKILL'), names('SIGUSR1'));
try {
  report.reportOnSignal = true;
} catch (err) {
  console.log(err.name, err.code, err.errno, err.syscall, err.message);
}
report.signal = 'SIGUSR1';
console.log('back', report.reportOnSignal, names('SIGUSR1'));

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-signal-'));
report.directory = dir;
report.filename = 'signal.json';
process.on('SIGUSR1', function afterReport() {
  const json = JSON.parse(fs.readFileSync(path.join(dir, 'signal.json'), 'utf8'));
  console.log(json.header.event, json.header.trigger, json.header.filename, JSON.stringify(json.javascriptStack));
  report.reportOnSignal = false;
  process.removeListener('SIGUSR1', afterReport);
  console.log('listeners left', names('SIGUSR1'));

  const r = spawnSync(process.execPath, ['--report-on-signal', '--report-signal=SIGUSR1', '-e',
    "console.log(process.report.reportOnSignal, process.report.signal, process.listeners('SIGUSR1').map((f) => f.name))"],
  { encoding: 'utf8' });
  console.log('--report-on-signal:', r.status, r.stdout.trim());
  fs.rmSync(dir, { recursive: true });
});
// Kept alive until the signal has come (node4j receives signals on a thread of the JVM's).
const keepAlive = setInterval(() => {}, 1000);
process.on('SIGUSR1', () => clearInterval(keepAlive));
process.kill(process.pid, 'SIGUSR1');
