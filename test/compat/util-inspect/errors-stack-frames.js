// errors with (synthetic) stack frames: indentation when nested, extra props, causes sharing frames
const frames = ['    at inner (/app/lib.js:10:5)', '    at middle (/app/lib.js:20:3)', '    at outer (/app/main.js:5:1)', '    at run (/app/main.js:9:1)', '    at start (/app/main.js:12:1)', '    at boot (/app/main.js:15:1)'];
function withStack(e, n = frames.length) { e.stack = `${e.name}: ${e.message}\n${frames.slice(0, n).join('\n')}`; return e; }
console.log(withStack(new Error('top level')));
console.log({ nested: withStack(new Error('nested')) });
console.log([withStack(new TypeError('in array'), 2)]);
const coded = withStack(new Error('coded'), 1);
coded.code = 'E_X';
console.log(coded);
const cause = withStack(new Error('the cause'));
const wrapper = new Error('wrapper', { cause });
wrapper.stack = `Error: wrapper\n    at wrap (/app/wrap.js:1:1)\n${frames.slice(1).join('\n')}`;
console.log(wrapper);
class HttpError extends Error {}
console.log(withStack(new HttpError('not found'), 1));
const multiline = withStack(new Error('line one\nline two'), 2);
console.log(multiline);
