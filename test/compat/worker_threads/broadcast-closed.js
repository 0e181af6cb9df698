'use strict';
const a = new BroadcastChannel('x');
a.close();
try { a.postMessage(1); } catch (e) { console.log(e.name, e.message); }
try { new BroadcastChannel(); } catch (e) { console.log(e.name, e.code, e.message); }
