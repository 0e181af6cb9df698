// The --report-* options (on the command line or in NODE_OPTIONS) give process.report's settings
// their first values; --report-signal implies --report-on-signal.
const { spawnSync } = require('child_process');

const show = "const r = process.report; console.log(JSON.stringify([r.directory, r.filename, r.compact, " +
             "r.excludeNetwork, r.excludeEnv, r.signal, r.reportOnFatalError, r.reportOnSignal, " +
             "r.reportOnUncaughtException]), process.listenerCount(r.signal))";
function run(label, args, env = {}) {
  const r = spawnSync(process.execPath, [...args, '-e', show], { encoding: 'utf8', env: { ...process.env, ...env } });
  console.log(label, r.status, r.stdout.trim(), r.status === 0 ? JSON.stringify(r.stderr) : '');
}

run('none', []);
run('all', ['--report-dir=d1', '--report-filename=f.json', '--report-compact', '--report-on-fatalerror',
            '--report-on-signal', '--report-signal=SIGUSR1', '--report-uncaught-exception',
            '--report-exclude-network', '--report-exclude-env']);
run('directory', ['--report-directory', 'd2', '--report-filename', 'g.json', '--report-signal', 'SIGINT']);
run('underscores', ['--report_compact', '--report_on_signal']);
run('NODE_OPTIONS', [], { NODE_OPTIONS: '--report-compact --report-uncaught-exception --report-dir=d3' });
const missing = spawnSync(process.execPath, ['--report-signal'], { encoding: 'utf8' });
console.log('missing value', missing.status, missing.stderr.endsWith(': --report-signal requires an argument\n'));
