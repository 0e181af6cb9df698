// custom inspect: user options passed through, stylize, cycles through custom results, compact false/true forms
let inspect;
const custom = Symbol.for('nodejs.util.inspect.custom');
console.log({ [custom](d, o, i) { inspect = i; return 'got inspect'; } });
const probe = { [custom](depth, options) { return `${options.myOption}|${options.depth}|${typeof options.stylize}|${options.stylize('x', 'number')}`; } };
console.log(inspect(probe, { myOption: 'mine', depth: 7 }));
console.log(inspect(probe, { colors: true }));
console.log(inspect({ inner: probe }, { myOption: 1 }));
const selfRef = { name: 'loop' };
selfRef.wrapped = { [custom]() { return selfRef; } };
console.log(selfRef);
console.log(inspect(new Map([[1, { a: 1 }]]), { compact: false }));
console.log(inspect(new Set([1, 2]), { compact: true }));
console.log(inspect([1, 2, 3], { compact: false }));
console.log(inspect({}, { compact: false }), inspect([], { compact: false }));
console.log(inspect({ a: 'x'.repeat(100) }, { compact: true }));
console.log(inspect({ a: { b: 'y'.repeat(90) } }, { compact: true, breakLength: 80 }));
console.log(inspect('multi\nline string that is long enough to be split across lines', { compact: false }));
console.log(inspect(['multi\nline string that is long enough to be split across lines'], { compact: true }));
