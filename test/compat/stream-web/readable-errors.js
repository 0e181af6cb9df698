// Argument and state errors of ReadableStream, readers and controllers.
const log = (...a) => console.log(...a);
const show = (label, e) => log(label, e.name, e.code, e.message);
const rs = new ReadableStream();
const reader = rs.getReader();
try { rs.getReader(); } catch (e) { show('locked:', e); }
try { new ReadableStream({ type: 'nope' }); } catch (e) { show('type:', e); }
try { new ReadableStream(1); } catch (e) { show('source:', e); }
try { rs.getReader({ mode: 'x' }); } catch (e) { show('mode:', e); }
try { new ReadableStream({}, { highWaterMark: -1 }); } catch (e) { show('hwm:', e); }
try { new ReadableStream({}, { size: 1 }); } catch (e) { show('size:', e); }
try { new ReadableStreamDefaultReader(1); } catch (e) { show('reader arg:', e); }
try { ReadableStream.prototype.getReader.call({}); } catch (e) { show('this:', e); }
try { new ReadableStreamDefaultController(); } catch (e) { show('ctor:', e); }
try { new ReadableStream().getReader({ mode: 'byob' }); } catch (e) { show('byob on default:', e); }
rs.cancel().catch((e) => show('cancel locked:', e));
reader.releaseLock();
reader.read().catch((e) => show('read released:', e));
reader.closed.catch((e) => show('closed after release:', e));
new ReadableStream({
  start(c) {
    c.close();
    try { c.enqueue(1); } catch (e) { show('enqueue closed:', e); }
    try { c.close(); } catch (e) { show('close twice:', e); }
  },
});
try {
  new ReadableStream({ start(c) { c.enqueue(1); } }, { size() { throw new Error('size threw'); } });
} catch (e) { log('size error thrown from start:', e.message); }
log(Object.prototype.toString.call(rs), String(new ReadableStream().getReader()));
log(require('util').inspect(new ReadableStream()));
log(require('util').inspect(new ReadableStream({ type: 'bytes' })));
