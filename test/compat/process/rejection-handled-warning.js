// compat: stderr
// Without a 'rejectionHandled' listener, a late handler gives a PromiseRejectionHandledWarning
// naming the rejection's id (ids count rejections reported as possibly unhandled, from 1).
process.on('unhandledRejection', (reason) => console.log('unhandledRejection', reason));
process.on('warning', (w) => console.log('warning event', w.name, w.message, w.id));
Promise.reject(1);
const second = Promise.reject(2);
setTimeout(() => {
  second.catch(() => console.log('caught 2'));
}, 10);
