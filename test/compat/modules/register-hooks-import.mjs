// module.registerHooks() and import: the chains for static and dynamic imports, URL modules (a
// resolve hook's virtual: URLs), formats a load hook picks, data: URLs, and the errors.
import { registerHooks } from 'node:module';
import util from 'node:util';
const show = (x) => util.inspect(x, { depth: 4, breakLength: Infinity });

const describeSource = (r) => ({ ...r, source: r.source == null ? r.source :
  `${typeof r.source}:${r.source.constructor.name}:${String(r.source).length}` });

const logger = registerHooks({
  resolve(specifier, context, nextResolve) {
    console.log('resolve', specifier, show(context));
    if (specifier.startsWith('virtual:')) return { url: specifier, shortCircuit: true };
    const r = nextResolve(specifier, context);
    console.log(' ->', show(r));
    return r;
  },
  load(url, context, nextLoad) {
    console.log('load', url, show(context));
    if (url === 'virtual:a') {
      return { format: 'module', shortCircuit: true,
               source: 'import b from "virtual:b"; export default "A" + b; export const meta = import.meta.url;' };
    }
    if (url === 'virtual:b') return { format: 'commonjs', source: 'module.exports = "B" + __filename', shortCircuit: true };
    if (url === 'virtual:j') return { format: 'json', source: '{"x": [1]}', shortCircuit: true };
    if (url === 'virtual:rel') return { format: 'module', source: 'import "./sub.mjs";', shortCircuit: true };
    const r = nextLoad(url, context);
    console.log(' ->', show(describeSource(r)));
    return r;
  },
});
const dep = await import('./fixtures/hooks/dep.mjs');
console.log(dep.m, dep.hasFs);
const a = await import('virtual:a');
console.log(a.default, a.meta);
console.log(show(await import('virtual:j', { with: { type: 'json' } })));
console.log(show(await import('data:text/javascript,export%20default%207')));
console.log(show(await import('./fixtures/hooks/a.cjs')));
console.log(show(await import('./fixtures/hooks/data.json', { with: { type: 'json' } })));
try {
  await import('virtual:rel');
} catch (e) {
  console.log(e.name, e.code, e.message);
}
logger.deregister();

async function attempt(hooks, fn) {
  const h = registerHooks(hooks);
  try {
    console.log('ok', await fn());
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
  h.deregister();
}
const url = (s) => ({ url: s, shortCircuit: true });
await attempt({}, () => import('virtual:x'));
await attempt({ resolve: url }, () => import('virtual:y'));
await attempt({ resolve: url, load: () => ({ format: 'weird', source: '', shortCircuit: true }) },
              () => import('virtual:z'));
await attempt({ resolve: url, load: () => ({ format: 'module', shortCircuit: true }) }, () => import('virtual:w'));
await attempt({ resolve: url, load: () => ({ source: 'export default 1', shortCircuit: true }) },
              () => import('virtual:v'));
await attempt({ load: (u, c, n) => { const r = n(u, c); return { ...r, source: String(r.source).replace('2', '42') }; } },
              async () => (await import('./fixtures/hooks/m.mjs?changed')).m);
await attempt({ resolve: () => url('file:///nowhere/virt.cjs'),
                load: () => ({ format: 'commonjs', source: 'module.exports = { v: 5 };', shortCircuit: true }) },
              async () => { const ns = await import('virt'); return [ns.default, ns.v]; });
await attempt({ resolve: () => url('node:path') }, async () => (await import('whatever')).sep);
await attempt({ resolve: (s, c, n) => n('./fixtures/hooks/m.mjs', c) }, async () => (await import('./nope.mjs')).m);
