// dates print as ISO strings; invalid dates; subclasses and extra properties
console.log(new Date(0), new Date(1700000000123));
console.log(new Date(NaN));
console.log([new Date(86400000)], { d: new Date(-1) });
class MyDate extends Date {}
console.log(new MyDate(0));
const d = new Date(0);
d.note = 'hi';
console.log(d);
