// With captureRejections, an emitter's [Symbol.for('nodejs.rejection')](err, event, ...args) receives rejections instead of 'error'.
const EventEmitter = require('events');
const { captureRejectionSymbol } = EventEmitter;
console.log(captureRejectionSymbol === Symbol.for('nodejs.rejection'));
class Worker extends EventEmitter {
  constructor() { super({ captureRejections: true }); }
  [captureRejectionSymbol](err, event, ...args) {
    console.log('rejection', err.message, String(event), JSON.stringify(args), this === w);
  }
}
const w = new Worker();
w.on('error', () => console.log('error listener not used'));
w.on('task', async (a, b) => { throw new Error('task failed'); });
w.emit('task', 1, 'two');
const e = new EventEmitter({ captureRejections: true });
e.on('error', (err) => console.log('error listener', err.message));
e.on('x', async () => { throw new Error('first'); });
e.emit('x');
try { new EventEmitter({ captureRejections: 'yes' }); } catch (err) { console.log(err.code, err.message); }
try { EventEmitter.captureRejections = 1; } catch (err) { console.log(err.code, err.message); }
console.log(new EventEmitter({ captureRejections: 0 }).emit('z'), new EventEmitter({ captureRejections: false }).emit('z'));
