// util.format specifiers through console.log: %s %d %i %f %j %o %O %c %% and extra arguments
console.log('%s|%s|%s|%s|%s', 'str', 42, -0, 7n, Symbol('sym'));
console.log('%s|%s|%s', null, undefined, true);
console.log('%s|%s', { a: { b: 1 } }, [1, [2, [3]]]);
class WithToString { toString() { return 'custom toString'; } }
console.log('%s|%s', new WithToString(), new Date(0));
console.log('%s', function fn() { return 1; });
console.log('%d|%d|%d|%d|%d|%d', 42, '42', 1.5, 5n, {}, Symbol('x'));
console.log('%i|%i|%i|%i', 42.9, '42.9px', -1.5, 9n);
console.log('%f|%f|%f', '1.5e3', 'abc', 2);
console.log('%j|%j|%j', { a: [1, 'x'] }, 'str', undefined);
const circ = {};
circ.self = circ;
console.log('%j', circ);
console.log('%O', { a: { b: { c: { d: 1 } } } });
console.log('%o', [1, 2]);
console.log('%o', { a: 1 });
console.log('%c styled %c', 'color: red', 'font-weight: bold');
console.log('100%% sure', 'extra');
console.log('%x %s', 'unknown spec');
console.log('%s');
console.log('trailing %', 1);
console.log('%s %s', 'only one');
console.log('no specifiers', 1, 'two', { three: 3 });
console.log(1, '%s', 'x');
console.log('%%s %s', 'a');
console.log('a%%', 'b');
