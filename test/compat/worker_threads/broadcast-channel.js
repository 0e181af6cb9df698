'use strict';
const a = new BroadcastChannel('chan');
const b = new BroadcastChannel('chan');
const c = new BroadcastChannel('other');
console.log(a.name, b.name);
c.onmessage = () => console.log('wrong channel');
b.onmessage = (e) => { console.log('b got', e.data); a.close(); b.close(); c.close(); };
a.onmessage = () => console.log('sender does not receive its own');
a.postMessage({ hi: 1 });
