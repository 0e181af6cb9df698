// The getters need a real DOMException; the class needs new.
for (const key of ['name', 'message', 'code']) {
  try {
    Object.getOwnPropertyDescriptor(DOMException.prototype, key).get.call({});
  } catch (err) {
    console.log(key, err.name, err.code, err.message, String(err), Object.keys(err));
  }
}
try { DOMException.prototype.name; } catch (err) { console.log('prototype', err.code); }
try { DOMException('x'); } catch (err) { console.log(err.name); }
const fake = Object.create(DOMException.prototype);
try { fake.code; } catch (err) { console.log('fake', err.code); }
console.log(fake instanceof DOMException, fake instanceof Error);
