// writeReport('stdout') and writeReport('stderr') write the report to that stream (a blank line
// first unless compact); Node's messages on stderr ("Writing Node.js report to file", "Node.js report
// completed", "Failed to open Node.js report file") and their order against other output.
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-stdio-'));
// The child's stdout and stderr are files: Node writes a report to a stream with blocking writes,
// which a pipe made non-blocking by spawnSync can cut short.
function run(name, code) {
  const file = path.join(dir, `${name}.js`);
  fs.writeFileSync(file, code);
  const out = path.join(dir, `${name}.out`);
  const err = path.join(dir, `${name}.err`);
  const r = spawnSync('/bin/sh', ['-c', 'exec "$0" "$1" >"$2" 2>"$3"', process.execPath, file, out, err],
                      { cwd: dir, stdio: 'ignore' });
  console.log(`--- ${name}: status ${r.status}`);
  const result = { stdout: fs.readFileSync(out, 'utf8'), stderr: fs.readFileSync(err, 'utf8') };
  fs.rmSync(out);
  fs.rmSync(err);
  return result;
}

// The report's JSON inside a stream's text, described; the text around it shown as it is.
function showStream(label, text) {
  const start = text.indexOf('{');
  if (start === -1) {
    console.log(label, JSON.stringify(text));
    return;
  }
  const end = text.lastIndexOf('}') + 1;
  const json = JSON.parse(text.slice(start, end));
  const h = json.header;
  console.log(label, JSON.stringify(text.slice(0, start)), `<report ${h.event}/${h.trigger}/${h.filename}`,
              text.slice(start, end).includes('\n') ? 'pretty>' : 'compact>', JSON.stringify(text.slice(end)));
}

let r = run('stdout', "console.log('before');\nconsole.log(process.report.writeReport('stdout'));\n" +
                      "console.error('after');");
showStream('stdout', r.stdout);
showStream('stderr', r.stderr);

r = run('stdout-compact', "process.report.compact = true;\nprocess.report.writeReport('stdout', new Error('x'));\n" +
                          "process.report.writeReport('stdout');");
showStream('stdout', r.stdout.slice(0, r.stdout.indexOf('\n') + 1));
showStream('stdout', r.stdout.slice(r.stdout.indexOf('\n') + 1));
showStream('stderr', r.stderr);

r = run('stderr', "console.log(process.report.writeReport('stderr'));\nprocess.report.filename = 'stderr';\n" +
                  "process.report.compact = true;\nprocess.report.directory = 'ignored';\nprocess.report.writeReport();");
showStream('stdout', r.stdout);
showStream('stderr', r.stderr.slice(0, r.stderr.lastIndexOf('\n{')));
showStream('stderr', r.stderr.slice(r.stderr.lastIndexOf('\n{') + 1));

r = run('files', "fs = require('fs');\nfs.mkdirSync('out');\nprocess.report.writeReport('a.json');\n" +
                 "process.report.directory = 'out';\nprocess.report.writeReport('b.json');\n" +
                 "process.report.directory = 'missing';\nconsole.log(JSON.stringify(process.report.writeReport('c.json')));\n" +
                 "process.report.directory = '';\nconsole.log(process.report.writeReport('missing/d.json'));\n" +
                 "console.log(fs.readdirSync('.').sort().join(), fs.readdirSync('out').join());");
console.log(JSON.stringify(r.stdout));
console.log(JSON.stringify(r.stderr));

fs.rmSync(dir, { recursive: true });
