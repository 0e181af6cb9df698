// module.setSourceMapsSupport / getSourceMapsSupport / findSourceMap and process.setSourceMapsEnabled /
// sourceMapsEnabled: argument checks, which compiled files get a map (the sourceMappingURL comment
// as V8 reads it, files beside the module, data: URLs), the map Node gives (payload with absolute
// sources, lineLengths), node_modules left out unless asked, and stacks mapped only while on.
const m = require('module');
const path = require('path');
const { pathToFileURL } = require('url');
const dir = path.join(__dirname, 'fixtures', 'source-maps');
const rel = (text) => String(text).replaceAll(pathToFileURL(dir).href, 'file://<dir>').replaceAll(dir, '<dir>');
// Where a frame points (the engine may name an arrow function differently).
const where = (frame) => rel(frame.replace(/^\s+at (?:.* \()?(.*?)\)?$/, '$1'));
const top = (err, n = 2) => rel(err.stack.split('\n').slice(0, n + 1).join('\n'));

console.log(m.getSourceMapsSupport(), process.sourceMapsEnabled);
for (const bad of [1, 'yes', null, undefined]) {
  try { m.setSourceMapsSupport(bad); } catch (e) { console.log(e.code, e.message); }
}
for (const bad of [1, 'x', null, { nodeModules: 1 }, { generatedCode: 'y' }]) {
  try { m.setSourceMapsSupport(true, bad); } catch (e) { console.log(e.code, e.message); }
}
for (const bad of [1, undefined]) {
  try { process.setSourceMapsEnabled(bad); } catch (e) { console.log(e.code, e.message); }
}
console.log(m.getSourceMapsSupport(), process.sourceMapsEnabled);

// Required before source maps are on: no map is kept for it.
const early = require('./fixtures/source-maps/dist/comment/plain.js');
m.setSourceMapsSupport(true);
console.log(m.getSourceMapsSupport(), process.sourceMapsEnabled);
console.log('early', m.findSourceMap(path.join(dir, 'dist/comment/plain.js')), where(early.f().split('\n')[1]));

const app = require('./fixtures/source-maps/dist/app.js');
const appFile = path.join(dir, 'dist/app.js');
const sm = m.findSourceMap(appFile);
console.log(sm instanceof m.SourceMap, sm === m.findSourceMap(pathToFileURL(appFile).href), Object.keys(sm));
const payload = sm.payload;
console.log(rel(payload.sources), payload.sourceRoot, payload.file, payload.names.length, payload.sourcesContent.length);
console.log(sm.lineLengths);
console.log(rel(JSON.stringify(sm.findEntry(6, 10))), rel(JSON.stringify(sm.findOrigin(7, 11))));
for (const arg of [1, null, undefined, {}, __filename, '/nonexistent.js', 'node:fs']) {
  console.log('find', typeof arg, m.findSourceMap(arg));
}

try { app.run(3); } catch (e) { console.log(top(e)); }
try { new app.Shape(2); } catch (e) { console.log(top(e)); }
try { new app.Shape(4).area(); } catch (e) { console.log(top(e, 3)); }

// The sourceMappingURL comment, as V8 reads it.
const fs = require('fs');
for (const name of fs.readdirSync(path.join(dir, 'dist/comment')).sort()) {
  const file = path.join(dir, 'dist/comment', name);
  const stack = require(file).f();
  const found = m.findSourceMap(file);
  console.log(name, found === undefined ? 'no map' : rel(found.payload.sources), where(stack.split('\n')[1]));
}

// The map inline, a sourceRoot, a minified file whose names the map restores.
try { require('./fixtures/source-maps/dist/inline.js').run(5); } catch (e) { console.log(top(e)); }
try { require('./fixtures/source-maps/dist/rooted.js').run(6); } catch (e) { console.log(top(e)); }
console.log(m.findSourceMap(path.join(dir, 'dist/rooted.js')).payload.sources);
try { require('./fixtures/source-maps/dist/min.js')(); } catch (e) { console.log(top(e, 4)); }

// node_modules: left out unless nodeModules is on (a file compiled while it is off has no map).
const pkg = require('./fixtures/source-maps/node_modules/mapped-pkg');
try { pkg.run(7); } catch (e) { console.log(top(e, 1)); }
m.setSourceMapsSupport(true, { nodeModules: true });
console.log(m.getSourceMapsSupport());
delete require.cache[require.resolve('./fixtures/source-maps/node_modules/mapped-pkg')];
try { require('./fixtures/source-maps/node_modules/mapped-pkg').run(8); } catch (e) { console.log(top(e, 1)); }

// Error.prepareStackTrace set by the program: it sees the generated positions.
Error.prepareStackTrace = (err, sites) => `${err.message} @ ${rel(sites[0].getFileName())}:${sites[0].getLineNumber()}`;
try { app.run(9); } catch (e) { console.log(e.stack); }
Error.prepareStackTrace = undefined;

// Off again: stacks as compiled; the maps kept stay findable.
process.setSourceMapsEnabled(false);
console.log(m.getSourceMapsSupport(), process.sourceMapsEnabled, m.findSourceMap(appFile) === sm);
try { app.run(10); } catch (e) { console.log(top(e)); }
process.setSourceMapsEnabled(true);
console.log(m.getSourceMapsSupport());
try { app.run(11); } catch (e) { console.log(top(e)); }
