// CustomEvent's detail, through dispatch.
const t = new EventTarget();
t.addEventListener('c', (e) => console.log(e instanceof CustomEvent, e instanceof Event, e.detail, e.type));
t.dispatchEvent(new CustomEvent('c', { detail: { n: 1 } }));
t.dispatchEvent(new CustomEvent('c'));
t.dispatchEvent(new CustomEvent('c', { detail: undefined }));
t.dispatchEvent(new CustomEvent('c', { detail: 0 }));
const c = new CustomEvent('c', { detail: [1, 2], cancelable: true, bubbles: true });
console.log(c.cancelable, c.bubbles, c.detail);
console.log(Object.getOwnPropertyDescriptor(CustomEvent.prototype, 'detail').enumerable);
console.log(Object.prototype.toString.call(c));
class Sub extends CustomEvent { constructor() { super('sub', { detail: 'd' }); } }
console.log(new Sub().detail, new Sub().type);
