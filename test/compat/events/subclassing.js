// Subclassing: class extends EventEmitter, and the util.inherits style (EventEmitter.call(this) with a prototype chained to EventEmitter.prototype).
const EventEmitter = require('events');
class Server extends EventEmitter {
  constructor() { super(); this.name = 'server'; }
  start() { this.emit('start', this.name); return this; }
}
const s = new Server();
s.on('start', function (n) { console.log('started', n, this === s); });
s.start();
console.log(s instanceof EventEmitter, JSON.stringify(Object.keys(s)));
function Legacy(label) {
  EventEmitter.call(this);
  this.label = label;
}
Object.setPrototypeOf(Legacy.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Legacy, EventEmitter);
Legacy.prototype.ping = function () { this.emit('ping', this.label); };
const l = new Legacy('L');
l.on('ping', (x) => console.log('ping', x));
l.ping();
console.log(l instanceof EventEmitter, JSON.stringify(Object.keys(l)), l.getMaxListeners(), Legacy.defaultMaxListeners);
function Mixin() { EventEmitter.init.call(this); }
Mixin.prototype = Object.create(EventEmitter.prototype, { constructor: { value: Mixin } });
const m = new Mixin();
m.once('go', () => console.log('mixin go'));
console.log(m.emit('go'), m.emit('go'));
const plain = {};
for (const key in EventEmitter.prototype) plain[key] = EventEmitter.prototype[key];
EventEmitter.call(plain);
plain.on('x', (v) => console.log('mixed-in', v));
plain.emit('x', 1);
console.log(JSON.stringify(Object.keys(plain).slice(0, 6)));
const raw = Object.create(EventEmitter.prototype);
raw.on('lazy', () => console.log('lazy _events'));
raw.emit('lazy');
console.log(Object.keys(raw).join(','), raw._eventsCount);
