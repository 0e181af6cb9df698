// import() of ES modules and CommonJS from CommonJS, with relative and bare specifiers.
Promise.all([import('./fixtures/lib.mjs'), import('./fixtures/object.cjs'), import('node:timers')])
  .then(([lib, obj, timers]) => {
    console.log(lib.answer, obj.default.beta, obj.alpha(), typeof timers.setImmediate);
  });
