// An unref'd timer does not keep the program alive; ref() makes it count again.
const a = setTimeout(() => console.log('unref timer never fires'), 5000);
a.unref();
console.log(a.hasRef());
const b = setTimeout(() => console.log('ref timer fires'), 10);
b.unref();
b.ref();
console.log(b.hasRef());
setInterval(() => console.log('unref interval never fires'), 5000).unref();
process.on('exit', () => console.log('exit'));
