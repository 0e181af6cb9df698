// Bad arguments and receivers of Event and CustomEvent.
const tries = {
  noType: () => new Event(),
  badOpts: () => new Event('x', 1),
  strOpts: () => new Event('x', 'str'),
  arrOpts: () => new Event('x', []),
  fnOpts: () => new Event('x', () => {}).type,
  symType: () => new Event(Symbol('s')),
  initNoArgs: () => new Event('x').initEvent(),
  ce0: () => new CustomEvent(),
  ceBad: () => new CustomEvent('x', 5),
  ceDetailThis: () => Object.getOwnPropertyDescriptor(CustomEvent.prototype, 'detail').get.call(new Event('x')),
};
for (const key of Object.getOwnPropertyNames(Event.prototype)) {
  if (key === 'constructor') continue;
  const desc = Object.getOwnPropertyDescriptor(Event.prototype, key);
  tries[`this.${key}`] = () => (desc.get ? desc.get.call({}) : desc.value.call({}));
}
for (const [name, fn] of Object.entries(tries)) {
  try {
    console.log(name, 'ok', fn());
  } catch (err) {
    console.log(name, err.name, err.code, err.code ? err.message : '');
  }
}
