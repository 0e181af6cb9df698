// Source maps of ES modules: kept when the module is compiled while they are on, found by file: URL
// or path, and applied to stacks (async frames too).
import module from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'source-maps');
const rel = (text) => String(text).replaceAll(`file://${dir}`, 'file://<dir>').replaceAll(dir, '<dir>');
const top = (err, n = 2) => rel(err.stack.split('\n').slice(0, n + 1).join('\n'));

process.setSourceMapsEnabled(true);
const url = new URL('./fixtures/source-maps/dist/app.mjs', import.meta.url).href;
const app = await import(url);
const sm = module.findSourceMap(url);
console.log(sm === module.findSourceMap(fileURLToPath(url)), rel(sm.payload.sources), sm.lineLengths.length);
console.log(rel(JSON.stringify(sm.findEntry(1, 10))));
try { app.run(1); } catch (e) { console.log(top(e)); }
try { new app.Shape(1); } catch (e) { console.log(top(e, 1)); }
try { new app.Shape(5).area(); } catch (e) { console.log(top(e)); }
try { await app.later(2); } catch (e) { console.log(top(e, 3)); }
// A module imported again under another URL (a query) is compiled again and has its own map.
const again = await import(`${url}?again`);
console.log(module.findSourceMap(`${url}?again`) !== undefined, module.findSourceMap(`${url}?again`) !== sm);
try { again.run(3); } catch (e) { console.log(top(e, 1)); }
