// module.registerHooks() and require(): the resolve and load chains, what they are given, virtual
// modules, source rewriting, chain order, deregistration, and the errors of broken hooks.
const { registerHooks } = require('node:module');
const util = require('node:util');
const show = (x) => util.inspect(x, { depth: 4, breakLength: Infinity });
const fixture = (name) => `./fixtures/hooks/${name}`;

const describeSource = (r) => ({ ...r, source: r.source == null ? r.source :
  `${typeof r.source}:${r.source.constructor.name}:${String(r.source).length}` });

const logger = registerHooks({
  resolve(specifier, context, nextResolve) {
    console.log('resolve', specifier, show(context));
    const r = nextResolve(specifier, context);
    console.log(' ->', show(r));
    return r;
  },
  load(url, context, nextLoad) {
    console.log('load', url, show(context));
    const r = nextLoad(url, context);
    console.log(' ->', show(describeSource(r)));
    return r;
  },
});
console.log(show(logger), Object.keys(logger), typeof logger.deregister);
console.log(require(fixture('a.cjs')).a);
console.log('again', require(fixture('a.cjs')).a);
console.log(require('fs') === require('node:fs'));
console.log(require(fixture('m.mjs')).m);
console.log(require(fixture('data.json')).d);
logger.deregister();
logger.deregister();
console.log('deregistered', require(fixture('a.cjs')).file);

// Virtual modules, and a chain of two: the last registered runs first.
const order = [];
const first = registerHooks({
  resolve(specifier, context, nextResolve) {
    order.push(`first ${specifier}`);
    if (specifier.startsWith('virtual:')) return { url: specifier, shortCircuit: true };
    return nextResolve(specifier, context);
  },
  load(url, context, nextLoad) {
    if (url === 'virtual:answer') {
      return { format: 'commonjs', source: 'module.exports = 42', shortCircuit: true };
    }
    if (url === 'virtual:info') {
      return { format: 'commonjs', shortCircuit: true,
               source: 'module.exports = [__filename, module.id, typeof require, module.filename]' };
    }
    if (url === 'virtual:esm') {
      return { format: 'module', source: 'export const q = 1; export default "d";', shortCircuit: true };
    }
    if (url === 'virtual:json') return { format: 'json', source: '{"j": [1, 2]}', shortCircuit: true };
    return nextLoad(url, context);
  },
});
const second = registerHooks({
  resolve(specifier, context, nextResolve) {
    order.push(`second ${specifier}`);
    return nextResolve(specifier.replace('%ALIAS%', 'virtual'), context);
  },
  load(url, context, nextLoad) {
    const r = nextLoad(url, context);
    if (url.endsWith('greet.cjs')) {
      return { ...r, source: String(r.source).replace('GREETING', 'the load hook') };
    }
    return r;
  },
});
console.log(require('virtual:answer'), require('%ALIAS%:answer'));
console.log(order.join(' | '));
console.log(require('virtual:info'));
console.log(require('virtual:esm'));
console.log(require(fixture('greet.cjs')));
console.log(require(fixture('uses-require.cjs')));
console.log(Object.keys(require.cache).filter((k) => !k.startsWith('/')).sort());
second.deregister();
first.deregister();

function attempt(hooks, fn) {
  const h = registerHooks(hooks);
  try {
    console.log('ok', fn());
  } catch (e) {
    console.log(e.name, e.code, e.message.split('\n')[0]);
  }
  h.deregister();
}
for (const bad of [undefined, null, { resolve: 1 }, { load: 'x' }]) {
  try {
    registerHooks(bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
console.log(show(registerHooks({}).resolve));
// Each attempt requires what no earlier require() named (require() answers a request it has seen
// from the same directory from its cache, before any hook) and loads a fresh file.
let fresh = 0;
const again = () => `./fixtures/hooks/${'./'.repeat(++fresh)}a.cjs`;
const load = (n) => `./fixtures/hooks/load-${n}.cjs`;
attempt({ resolve: () => undefined }, () => require(again()));
attempt({ resolve: () => 5 }, () => require(again()));
attempt({ resolve: () => ({ url: 5, shortCircuit: true }) }, () => require(again()));
attempt({ resolve: () => ({ url: 'file:///nowhere/a.cjs' }) }, () => require(again()));
attempt({ resolve: (s, c, n) => { n(s, c); return 'str'; } }, () => require(again()));
attempt({ resolve: (s, c, n) => { n(s, c); return null; } }, () => require(again()));
attempt({ resolve: () => ({ url: 'virtual:missing', shortCircuit: true }) }, () => require('x'));
attempt({ resolve: (s, c, n) => n('./fixtures/hooks/a.cjs') }, () => require('./does-not-exist').file);
attempt({ resolve: () => ({ url: 'node:fs', shortCircuit: true }) }, () => require('y') === require('node:fs'));
attempt({ resolve: () => ({ url: 'node:nope', shortCircuit: true }) }, () => require('z'));
attempt({ load: () => ({ source: 'module.exports = 1' }) }, () => require(load(1)));
attempt({ load: () => ({ format: 'commonjs', shortCircuit: true }) }, () => require(load(2)));
attempt({ load: () => ({ format: 'commonjs', source: 5, shortCircuit: true }) }, () => require(load(3)));
attempt({ load: (u, c, n) => { n(u, c); return 7; } }, () => require(load(4)));
attempt({ load: () => ({ format: 'commonjs', source: Buffer.from('module.exports = "buf"'), shortCircuit: true }) },
        () => require(load(5)));
attempt({ load: () => ({ format: 'commonjs', source: new TextEncoder().encode('module.exports = "u8"'),
                         shortCircuit: true }) }, () => require(load(6)));
attempt({ load: () => ({ format: 'module', source: 'export const z = 3', shortCircuit: true }) },
        () => require(load(7)));
attempt({ load: () => ({ format: 'json', source: '"j"', shortCircuit: true }) }, () => require(load(8)));
attempt({ load: (u, c, n) => n(u, { ...c, format: 'module' }) }, () => require(load(9)));
attempt({ load: () => ({ source: 'module.exports = "no format"', shortCircuit: true }) }, () => require(load(10)));
