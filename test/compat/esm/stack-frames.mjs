// Frames in ES modules are named by the module's file: URL (Node gets them so from V8), with the
// columns of the user's own text on every line, the first included: errors made and thrown there,
// in nested modules, async functions, captureStackTrace, -e module code, and the report of an
// uncaught error (its header names the URL too).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';

const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'esm frames ')));
const url = pathToFileURL(dir).href;
const write = (name, text) => { fs.writeFileSync(path.join(dir, name), text); return path.join(dir, name); };
const clean = (text) => text.replaceAll(url, 'URL').replaceAll(dir, 'DIR');
const frames = (stack) => stack.split('\n').filter((l) => l.includes(url) || l.includes(dir)).map(clean);

const made = await import(pathToFileURL(write('made.mjs',
  "export const err = new Error('made on line one'); export function f() { return new Error('in f'); }\n")));
console.log(frames(made.err.stack));
console.log(frames(made.f().stack));

try {
  await import(pathToFileURL(write('throws.mjs', "const a = 1; if (a) throw new TypeError('thrown on line one');\n")));
} catch (e) {
  console.log(e.name, frames(e.stack));
}

write('inner.mjs', "export function deep() {\n  return new Error('deep');\n}\n");
const outer = await import(pathToFileURL(write('outer.mjs',
  "import { deep } from './inner.mjs';\nexport function mid() { return deep(); }\nexport class K { make() { return mid(); } }\n")));
console.log(frames(new outer.K().make().stack));

const asyncs = await import(pathToFileURL(write('async.mjs',
  "export async function a() { await null; return b(); }\nasync function b() { await null; throw new RangeError('late'); }\n")));
try {
  await asyncs.a();
} catch (e) {
  console.log(frames(e.stack));
}

const site = await import(pathToFileURL(write('site.mjs',
  "export function site() { const o = {}; Error.captureStackTrace(o); return o.stack; }\n")));
console.log(frames(site.site()));

// The same frames read from a CommonJS file stay paths.
const cjs = await import(pathToFileURL(write('plain.cjs', "exports.err = new Error('cjs');\n")));
console.log(frames(cjs.default.err.stack));

// Call sites handed to Error.prepareStackTrace name module files by URL too.
Error.prepareStackTrace = (err, sites) => sites.map((s) => [clean(s.getFileName()), s.getLineNumber(),
  s.getColumnNumber(), s.getFunctionName()]).filter(([file]) => file.startsWith('URL') || file.startsWith('DIR'));
console.log(new outer.K().make().stack);
Error.prepareStackTrace = undefined;

// Reports of uncaught errors, in a process of their own: the header and the user's frames.
const report = (args) => {
  const r = spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8' });
  const [header] = r.stderr.split('\n\n');
  console.log(r.status, clean(header), frames(r.stderr));
};
report([write('uncaught.mjs', "const x = 1;\nfunction go() {\n  throw new Error('uncaught ' + x);\n}\ngo();\n")]);
report([write('first-line.mjs', "const b = undefined; if (!b) throw new SyntaxError('on line one');\n")]);
report([write('rejected.mjs', "await Promise.resolve();\nnew Promise((_, reject) => reject(new Error('rejected')));\n")]);
report(['--input-type=module', '-e', "const n = 2;\nthrow new Error('from -e ' + n);"]);
report(['-e', "await 0; throw new Error('detected module');"]);

fs.rmSync(dir, { recursive: true });
