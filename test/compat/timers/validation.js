// Timer functions validate their callback with Node's error.
for (const f of [setTimeout, setInterval, setImmediate, process.nextTick, queueMicrotask]) {
  try {
    f('not a function');
  } catch (e) {
    console.log(e.code, e.name, e.message);
  }
}
