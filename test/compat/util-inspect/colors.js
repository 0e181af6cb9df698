// colors: ANSI styles per inspect.styles / inspect.colors
let inspect;
console.log({ [Symbol.for('nodejs.util.inspect.custom')](d, o, i) { inspect = i; return 'got inspect'; } });
const show = (s) => console.log(JSON.stringify(s));
show(inspect({ n: 1, s: 'x', b: true, u: undefined, nul: null, sym: Symbol('s'), big: 1n, d: new Date(0), r: /x/, f() {} }, { colors: true }));
show(inspect([1, [2, [3, [4]]]], { colors: true }));
show(inspect(new Map([['k', 'v']]), { colors: true }));
show(inspect({ get g() { return 1; } }, { colors: true }));
show(inspect([, 1], { colors: true }));
show(inspect(Array.from({ length: 120 }, (_, i) => i), { colors: true }));
show(inspect('str', false, 2, true));
console.log(inspect.styles);
console.log(Object.keys(inspect.colors).length, inspect.colors.red, inspect.colors.grey);
show(inspect(Array.from({ length: 10 }, (_, i) => 'item' + i), { colors: true }));
