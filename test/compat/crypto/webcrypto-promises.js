// Every SubtleCrypto method returns a promise, even for bad arguments (nothing throws synchronously).
const { subtle } = globalThis.crypto;
const calls = {
  encrypt: () => subtle.encrypt(), decrypt: () => subtle.decrypt('x'), sign: () => subtle.sign(1, 2, 3),
  verify: () => subtle.verify(), digest: () => subtle.digest('SHA-256', 1), generateKey: () => subtle.generateKey('AES-GCM', true, ['x']),
  deriveKey: () => subtle.deriveKey(), deriveBits: () => subtle.deriveBits(), importKey: () => subtle.importKey(),
  exportKey: () => subtle.exportKey('raw', 1), wrapKey: () => subtle.wrapKey(), unwrapKey: () => subtle.unwrapKey(),
};
const order = [];
for (const [name, f] of Object.entries(calls)) {
  let p;
  try { p = f(); } catch (e) { console.log(name, 'threw synchronously'); continue; }
  console.log(name, p instanceof Promise);
  p.then(() => order.push(`${name} resolved`), (e) => order.push(`${name} ${e.name} ${e.code}`));
}
setTimeout(() => console.log(order.join('\n')), 10);
