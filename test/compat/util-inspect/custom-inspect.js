// [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect): strings, objects, nested depth, indentation
const custom = Symbol.for('nodejs.util.inspect.custom');
console.log({ [custom]() { return 'CUSTOM'; } });
console.log({ a: { [custom](depth, options) { return `depth=${depth} compact=${options.compact}`; } } });
console.log({ [custom]() { return { replaced: true }; } });
console.log({ outer: { [custom]() { return 'line1\nline2'; } } });
class Money {
  constructor(v) { this.v = v; }
  [custom](depth, options, inspect) { return `Money<${inspect(this.v, options)}>`; }
}
console.log([new Money(5), new Money('x')]);
console.log({ [custom]() { return this; }, x: 1 });
console.log({ [custom](d, o) { return Object.keys(o).join(','); } });
console.log({ [custom](d, o, inspect) { return inspect({ a: [1, 2], s: 'x' }, { compact: false }); } });
console.log({ [custom]: 'not a function' });
