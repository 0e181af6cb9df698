'use strict';
// A MessagePort's ref state, as Node keeps it: a new port is unref'd; the first 'message' listener
// refs (and starts) it, the last one gone unrefs it; start() alone refs nothing (this program exits
// with a started port open); ref() without listeners does ref; a closing port still reports its state.
const { MessageChannel } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
const seen = [];
seen.push(`new: ${port2.hasRef()}`);
port2.ref();
seen.push(`ref: ${port2.hasRef()}`);
port2.unref();
const f = () => {};
port2.on('message', f);
seen.push(`on: ${port2.hasRef()}`);
port2.off('message', f);
seen.push(`off: ${port2.hasRef()}`);
port2.on('message', f);
port2.unref();
seen.push(`on, unref: ${port2.hasRef()}`);
port2.on('message', () => {});
seen.push(`second listener: ${port2.hasRef()}`);
port2.removeAllListeners('message');
seen.push(`all removed: ${port2.hasRef()}`);
port2.start();
seen.push(`start: ${port2.hasRef()}`);
port1.onmessage = () => {};
seen.push(`onmessage: ${port1.hasRef()}`);
port1.onmessage = null;
seen.push(`onmessage cleared: ${port1.hasRef()}`);
port1.addEventListener('message', () => {});
seen.push(`addEventListener: ${port1.hasRef()}`);
port1.close();
seen.push(`closing: ${port1.hasRef()}`);
port1.on('close', () => seen.push(`closed: ${port1.hasRef()}`));
process.on('exit', () => console.log(seen.join('\n')));
