// A TypeScript entry point: types are stripped (lines and columns stay), CommonJS by default, and it
// can require and import TypeScript files of every kind.
import type { Greeting } from './fixtures/esm-lib.ts';

const math: { add: Function; scale: (v: number, f?: number) => number; file: string } =
  require('./fixtures/math.ts');
console.log(math.add({ a: 2, b: 3 }), math.scale(4), math.scale(4, 3), math.file);

const counter = require('./fixtures/counter.cts');
console.log(counter.next(), counter.next(), counter.kind);

// A .ts file with module syntax and no "type", through require() and import().
const lib = require('./fixtures/esm-lib.ts');
console.log(Object.keys(lib).sort(), lib.greet('require'), lib.where);

interface Loaded { summary: unknown[]; area(s: object): number }
(async (): Promise<void> => {
  const shapes = (await import('./fixtures/shapes.mts')) as unknown as Loaded;
  console.log(shapes.summary, shapes.area({ kind: 'circle', r: 2 }), shapes.area({ kind: 'square', side: 3 }));
  const pkg = await import('./fixtures/pkg-module/index.ts');
  console.log(pkg.answer, pkg.kind);
  const greeting: Greeting = { text: 'done' };
  console.log(greeting.text, typeof module, typeof exports, __filename.endsWith('run-entry.ts'));
  // The stack names this file, at the line and column the user wrote.
  const where = new Error('here').stack!.split('\n')[1];
  console.log(where.replace(/\(.*\//, '(').trim());
})();
