// A package requiring itself by name ("exports"), and "#" specifiers through "imports".
console.log(require('./fixtures/self-ref/src/main.js'));
console.log(require('./fixtures/imports/src/main.js'));
