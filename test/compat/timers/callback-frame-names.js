// A timer's callback is its Timeout's _onTimeout (an Immediate's _onImmediate) while it runs: stack
// frames name it so, as V8 names an anonymous function called as a method. After a clear or the run
// the property is undefined (a Timeout keeps its callback after running). Steps run one after another.
const frame = () => new Error('x').stack.split('\n')[2].replace(/\(.*\//, '(');
const steps = [
  (next) => setTimeout(() => { console.log('timeout', frame()); next(); }, 1),
  (next) => setTimeout(function () { console.log('function', frame()); next(); }, 1),
  (next) => {
    const iv = setInterval(() => { console.log('interval', frame()); clearInterval(iv); next(); }, 1);
  },
  (next) => {
    const im = setImmediate(() => {
      console.log('immediate', frame(), typeof im._onImmediate, im._destroyed);
      setImmediate(() => { console.log('after immediate', im._onImmediate); next(); });
    });
  },
  (next) => {
    const t = setTimeout(() => {}, 1);
    clearTimeout(t);
    const i = setImmediate(() => {});
    clearImmediate(i);
    console.log('cleared', t._onTimeout, t._destroyed, i._onImmediate, i._destroyed);
    const ran = setTimeout(() => setImmediate(() => {
      console.log('ran', typeof ran._onTimeout, ran._destroyed);
      next();
    }), 1);
  },
  // The stack of an error thrown from an immediate is read after the immediate was let go.
  (next) => {
    const thrower = setImmediate(() => { throw new Error('boom'); });
    setImmediate(() => console.log('next immediate of the same turn runs'));
    process.once('uncaughtException', (err) => {
      console.log('caught', err.message, err.stack.split('\n')[1].replace(/\(.*\//, '('));
      setImmediate(() => { console.log('thrower', thrower._onImmediate); next(); });
    });
  },
  // A named function keeps its name; a method keeps the receiver's type.
  (next) => setTimeout(function named() { console.log('named', frame()); next(); }, 1),
  (next) => {
    class Job { run() { return frame(); } }
    setTimeout(() => { console.log('method', new Job().run()); next(); }, 1);
  },
];
const run = (i) => { if (i < steps.length) steps[i](() => run(i + 1)); };
run(0);
