// process.report.writeReport(): the file's name (generated, given, or the filename setting), where it
// goes (the directory setting, else the working directory), what it holds (the report as JSON, pretty
// or compact), and what happens when it cannot be opened.
const fs = require('fs');
const os = require('os');
const path = require('path');

const report = process.report;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-write-'));
const cwd = process.cwd();
process.chdir(dir);
fs.mkdirSync('sub');

// report.YYYYMMDD.HHMMSS.<pid>.<thread id>.<sequence>.json, numbered only when generated.
const generated = /^report\.(\d{8})\.(\d{6})\.(\d+)\.(\d+)\.(\d{3})\.json$/;
function describe(name) {
  const m = generated.exec(name);
  if (!m) return JSON.stringify(name);
  const today = new Date();
  const two = (n) => String(n).padStart(2, '0');
  const date = `${today.getFullYear()}${two(today.getMonth() + 1)}${two(today.getDate())}`;
  const pid = Number(m[3]) === process.pid ? 'pid' : m[3];
  return `report.<${m[1] === date ? 'today' : m[1]}>.<time>.<${pid}>.${m[4]}.${m[5]}.json`;
}
const listing = (where) => fs.readdirSync(where).sort().map(describe).join(' ');

const first = report.writeReport();
const named = report.writeReport('named.json');
const second = report.writeReport();
console.log(describe(first), describe(named), describe(second));
console.log('cwd:', listing('.'));

// The file: a blank line, then the report with two-space indentation.
const text = fs.readFileSync(named, 'utf8');
const parsed = JSON.parse(text);
console.log(JSON.stringify(text.slice(0, 16)), JSON.stringify(text.slice(-2)), text.includes('\n  "workers": [\n  ],\n'));
console.log(Object.keys(parsed).join(' '));
console.log(parsed.header.event, parsed.header.trigger, parsed.header.filename,
            JSON.stringify(Object.keys(parsed)) === JSON.stringify(Object.keys(report.getReport())));
console.log(parsed.javascriptStack.message, parsed.javascriptStack.stack.some((l) => l.includes('report-write.js:')));

// An error to show instead of the current stack, alone or after the name.
const errFile = report.writeReport('err.json', new SyntaxError('given'));
const errOnly = report.writeReport(Object.assign(new Error('only'), { code: 'E_ONLY' }));
console.log(errFile, describe(errOnly));
console.log(JSON.parse(fs.readFileSync('err.json', 'utf8')).javascriptStack.message,
            JSON.stringify(JSON.parse(fs.readFileSync(errOnly, 'utf8')).javascriptStack.errorProperties));

// Compact: one line and a newline.
report.compact = true;
report.writeReport('compact.json');
const compact = fs.readFileSync('compact.json', 'utf8');
const compactStart = '{"header":{"reportVersion":5,"event":"JavaScript API","trigger":"API","filename":"compact.json",';
console.log(compact.split('\n').length, compact.startsWith(compactStart), compact.includes('"workers":[],'),
            compact.endsWith(']}\n'));
report.compact = false;

// The directory setting: for generated and given names alike; the filename setting names every file.
report.directory = 'sub';
const inSub = report.writeReport();
report.writeReport('given.json');
report.filename = 'fixed.json';
console.log(describe(inSub), report.writeReport(), report.writeReport('other.json'));
console.log('sub:', listing('sub'));
report.directory = '';
console.log(report.writeReport(), describe((report.filename = '', report.writeReport())));
console.log('cwd:', listing('.'));

// excludeNetwork and excludeEnv leave out the interfaces and the environment.
report.excludeNetwork = true;
report.excludeEnv = true;
report.writeReport('excluded.json');
const excluded = JSON.parse(fs.readFileSync('excluded.json', 'utf8'));
console.log('networkInterfaces' in excluded.header, 'environmentVariables' in excluded, Object.keys(excluded).length);
report.excludeNetwork = false;
report.excludeEnv = false;

// A file that cannot be opened: '' and nothing written (the message on stderr: report-stdio).
report.directory = 'missing';
console.log(JSON.stringify(report.writeReport('x.json')), describe(report.writeReport()));
report.directory = '';
console.log('cwd:', listing('.'));

process.chdir(cwd);
fs.rmSync(dir, { recursive: true });
