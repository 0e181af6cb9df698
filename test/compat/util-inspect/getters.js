// accessor properties: [Getter], [Setter], [Getter/Setter]; class accessors are not own
const o = {
  get a() { return 1; },
  set b(v) {},
  get c() { return 2; },
  set c(v) {},
  d: 4,
};
console.log(o);
class K { get x() { return 1; } }
console.log(new K());
const hidden = {};
Object.defineProperty(hidden, 'g', { get() { return 1; }, enumerable: true });
console.log(hidden);
