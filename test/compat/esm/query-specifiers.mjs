// Path and file: specifiers are URLs relative to the importer: a ?query or #fragment makes another
// instance of the same file (cache busting), percent-escapes are decoded, and import.meta, stack
// frames and not-found errors name what was imported. An absolute import from -e code names
// [eval] in the cwd as the importer.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';

const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'esm-query-')));
const base = pathToFileURL(dir).href;
const clean = (text) => String(text).replaceAll(base, 'URL').replaceAll(dir, 'DIR');
fs.writeFileSync(path.join(dir, 'counter.mjs'),
  "globalThis.loads = (globalThis.loads ?? 0) + 1;\nexport const n = globalThis.loads;\n" +
  "export const meta = [import.meta.url, import.meta.filename, import.meta.main];\n" +
  "export const stack = () => new Error('here').stack.split('\\n')[1];\n");
fs.writeFileSync(path.join(dir, 'data.json'), '{"x": 1}');
fs.writeFileSync(path.join(dir, 'lib.cjs'), 'module.exports = { made: {} };\n');
fs.writeFileSync(path.join(dir, 'a b.mjs'), 'export default "spaced";\n');

const at = (spec) => `${base}/${spec}`;
const a = await import(at('counter.mjs?v=1'));
const b = await import(at('counter.mjs?v=2'));
const c = await import(at('counter.mjs?v=1'));
const d = await import(at('counter.mjs#frag'));
const e = await import(at('counter.mjs'));
console.log(a.n, b.n, c.n, d.n, e.n, a === c, a === b);
for (const m of [a, b, d, e]) console.log(clean(m.meta), clean(m.stack()));

const j1 = await import(at('data.json?1'), { with: { type: 'json' } });
const j2 = await import(at('data.json?2'), { with: { type: 'json' } });
console.log(j1.default, j1.default === j2.default);
const l1 = await import(at('lib.cjs?1'));
const l2 = await import(at('lib.cjs'));
console.log(l1.default === l2.default, l1.default.made === l2.default.made);
console.log((await import(at('a%20b.mjs'))).default, (await import(at('counte%72.mjs?v=1'))).n);

for (const spec of ['missing.mjs?x=1', 'missing.mjs#y', 'dir%2Fx.mjs']) {
  try {
    await import(at(spec));
  } catch (err) {
    console.log(err.code, clean(err.message), clean(err.url));
  }
}

const run = (args) => {
  const r = spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8' });
  console.log(r.status, clean(r.stdout.trim()), clean(r.stderr.split('\n\n')[0]));
};
run(['-e', `import(${JSON.stringify(path.join(dir, 'missing.mjs'))}).catch((e) => console.log(e.message))`]);
run(['-e', `import(${JSON.stringify(path.join(dir, 'counter.mjs') + '?e')}).then((m) => console.log(m.meta))`]);
// The report of a rejection made in a module imported with a query names it with the query.
fs.writeFileSync(path.join(dir, 'rejects.mjs'), "await null;\nPromise.reject(new Error('q'));\n");
fs.writeFileSync(path.join(dir, 'entry.mjs'), "await import('./rejects.mjs?v=1');\n");
run([path.join(dir, 'entry.mjs')]);
fs.rmSync(dir, { recursive: true });
