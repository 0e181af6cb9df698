// a realistic mixed structure, as tests commonly log
const data = {
  id: 42,
  name: 'widget',
  tags: ['a', 'b', 'c'],
  dims: { w: 10, h: 20, d: { unit: 'cm', precise: { value: 1.5 } } },
  created: new Date(0),
  pattern: /wid/g,
  lookup: new Map([['x', 1]]),
  uniq: new Set(['y']),
  fn() {},
  nothing: null,
  missing: undefined,
};
console.log(data);
console.log([data, data]);
console.log({ users: [{ name: 'ann', age: 30, roles: ['admin', 'dev'] }, { name: 'bob', age: 25, roles: [] }] });
