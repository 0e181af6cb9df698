// events.once and events.on with an EventTarget-like object (addEventListener/removeEventListener only): no 'error' handling, once flag passed.
const { once, on } = require('events');
function makeTarget() {
  const map = new Map();
  return {
    addEventListener(type, fn, opts) {
      console.log('add', type, JSON.stringify(opts), opts && Object.getOwnPropertySymbols(opts).length);
      map.set(type, [...(map.get(type) || []), fn]);
    },
    removeEventListener(type, fn) { console.log('remove', type); map.set(type, (map.get(type) || []).filter((f) => f !== fn)); },
    dispatch(type, event) { for (const fn of [...(map.get(type) || [])]) fn(event); },
    count(type) { return (map.get(type) || []).length; },
  };
}
(async () => {
  const t = makeTarget();
  const p = once(t, 'message');
  t.dispatch('message', { data: 42 });
  const args = await p;
  console.log(args.length, args[0].data, t.count('message'));
  const it = on(t, 'message');
  t.dispatch('message', 'a');
  t.dispatch('error', 'not special');
  console.log(JSON.stringify(await it.next()));
  await it.return();
  console.log(t.count('message'), t.count('error'));
  const e = once(t, 'error');
  t.dispatch('error', 'an error event');
  console.log(JSON.stringify(await e));
})();
