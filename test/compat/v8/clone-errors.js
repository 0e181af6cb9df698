const v8 = require('v8');
const attempt = (v) => {
  try {
    v8.serialize(v);
    console.log('no error');
  } catch (e) {
    console.log(e.constructor.name, e.code, e.message);
  }
};
attempt(() => 1);
attempt(function named() { return 2; });
attempt(Symbol('sym'));
attempt({ f() {} });
attempt([Symbol.iterator]);
attempt(new WeakMap());
attempt(new WeakSet());
attempt(Promise.resolve());
attempt(new Proxy({}, {}));
attempt(Object(Symbol('boxed')));
attempt(new SharedArrayBuffer(4));
attempt(new Map([[1, () => 1]]));
