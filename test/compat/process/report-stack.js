// The report's javascriptStack: the current stack (an ERR_SYNTHETIC error) when no error is given,
// else the error's: the first line of its stack is the message, the lines after it but the last are
// the frames (trimmed), and its other enumerable properties are strings.
function outer() {
  return process.report.getReport().javascriptStack;
}
const own = outer();
console.log(own.message, JSON.stringify(own.errorProperties));
console.log(own.stack.every((line) => line.startsWith('at ')), own.stack.some((line) => line.startsWith('at outer ')),
            own.stack.some((line) => line.includes('report-stack.js:')));

const show = (err) => console.log(JSON.stringify(process.report.getReport(err).javascriptStack));
const boom = new TypeError('boom');
const fromError = process.report.getReport(boom).javascriptStack;
console.log(fromError.message, fromError.stack.length === boom.stack.split('\n').length - 2,
            fromError.stack[0] === boom.stack.split('\n')[1].trim(), JSON.stringify(fromError.errorProperties));

const withProps = new RangeError('props');
Object.assign(withProps, { code: 'E_X', count: 3, nested: { a: 1 }, list: [1, 2], none: null, nothing: undefined });
Object.defineProperty(withProps, 'hidden', { value: 1, enumerable: false });
const props = process.report.getReport(withProps).javascriptStack;
console.log(props.message, JSON.stringify(props.errorProperties));

show({ stack: 'Foo: bar\n    at x (y.js:1:2)\n    at z', message: 'not shown', extra: true });
show({ stack: 'one line only', k: 'v' });
show({ stack: 'a\nb\n', k: 1 });
show({ stack: 'a\n\n   at b\n' });
show({ stack: 42 });
show({});
show(Object.create({ stack: 'inherited\n  at x\n  at y' }));
const noStack = new Error('e');
noStack.stack = undefined;
show(noStack);
const custom = new Error('e');
custom.stack = 'Custom: header\n  at first (f.js:1:1)\n  at second (f.js:2:2)\n  at third (f.js:3:3)';
custom.detail = 'd';
show(custom);
