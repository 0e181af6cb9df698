// Helpers for the crypto scripts: hex in and out without Buffer, and error printing.
function hex(bytes) {
  if (bytes instanceof ArrayBuffer) bytes = new Uint8Array(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
function bytes(text) {
  const out = new Uint8Array(text.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(text.slice(2 * i, 2 * i + 2), 16);
  return out;
}
function ascii(text) {
  return Uint8Array.from(text, (c) => c.charCodeAt(0));
}
function attempt(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', typeof r === 'string' || typeof r === 'boolean' || typeof r === 'number' ? r : typeof r);
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
module.exports = { hex, bytes, ascii, attempt };
