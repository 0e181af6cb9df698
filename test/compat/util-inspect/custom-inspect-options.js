// custom inspect functions receive remaining depth, the options (with stylize) and inspect itself
const custom = Symbol.for('nodejs.util.inspect.custom');
class Node {
  constructor(name, child) { this.name = name; this.child = child; }
  [custom](depth, options, inspect) {
    if (depth < 0) return options.stylize('[Node]', 'special');
    const inner = inspect(this.child, { ...options, depth: options.depth === null ? null : options.depth - 1 });
    return `Node(${this.name}) -> ${inner}`;
  }
}
console.log(new Node('a', new Node('b', new Node('c', new Node('d', null)))));
console.log({ deep: { deeper: { deepest: new Node('x', 1) } } });
console.log([{ [custom](depth) { return depth; } }]);
console.log({ [custom]() { return [1, 2, { three: 3 }]; } });
console.log({ [custom]() { return 42; } });
class Proto {}
Proto.prototype[custom] = function () { return 'from proto'; };
console.log(new Proto(), Proto.prototype);
