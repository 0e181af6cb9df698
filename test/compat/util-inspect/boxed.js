// boxed primitives "[Number: 3]", "[String: 'x']", with extra properties, subclass
console.log(new Number(3), new Number(-0), new String('abc'), new Boolean(false));
console.log(Object(1n), Object(Symbol('s')));
const s = new String('hi');
s.extra = 1;
console.log(s);
console.log([new Number(1)], { b: new Boolean(true) });
class MyNum extends Number {}
console.log(new MyNum(5));
