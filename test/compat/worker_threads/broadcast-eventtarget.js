'use strict';
// BroadcastChannel is an EventTarget: listeners and onmessage get MessageEvents; ref/unref.
const a = new BroadcastChannel('et');
const b = new BroadcastChannel('et');
console.log(b instanceof EventTarget, b.onmessage);
let n = 0;
const done = () => { if (++n === 2) { a.close(); b.close(); } };
b.addEventListener('message', (e) => { console.log('listener', e.constructor.name, e.data); done(); });
b.onmessage = (e) => { console.log('handler', e.data); done(); };
console.log(a.unref() === a, a.ref() === a);
a.postMessage({ n: 1 });
