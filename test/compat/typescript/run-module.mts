// An .mts entry: an ES module with types; top-level await and import.meta work.
import { area, summary, shout } from './fixtures/shapes.mts';
import Counter from './fixtures/esm-lib.ts';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const math = require('./fixtures/math.ts') as { add(p: { a: number; b: number }): number };
const c: Counter<number> = new Counter('m');
await new Promise<void>((resolve) => setTimeout(resolve, 1));
console.log(area({ kind: 'square', side: 5 }), summary, shout, c.bump().bump(3).value, math.add({ a: 1, b: 1 }));
console.log(import.meta.filename.endsWith('run-module.mts'), typeof __filename);
