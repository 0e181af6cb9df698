// The second argument: a name, or { name, cause }.
const show = (e) => console.log(JSON.stringify(e.name), e.code, 'cause' in e, e.cause);
show(new DOMException('x', { name: 'TimeoutError' }));
show(new DOMException('x', { name: 'AbortError', cause: 'why' }));
show(new DOMException('x', { cause: undefined }));
show(new DOMException('x', {}));
show(new DOMException('x', null));
show(new DOMException('x', undefined));
show(new DOMException('x', 12));
show(new DOMException('x', { name: { toString() { return 'DataError'; } } }));
const c = new DOMException('x', { name: 'A', cause: 0 });
console.log(Object.getOwnPropertyDescriptor(c, 'cause'));
console.log(Object.getOwnPropertyNames(c));
