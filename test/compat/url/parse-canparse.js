// URL.parse and URL.canParse agree with the constructor on a matrix of inputs and bases.
const inputs = ['http://h/', '/p', 'p', '', '?q', '#f', '//h2', 'sc:x', 'http:', 'x:', ':', '\\\\h\\p', 'file:x', '..'];
const bases = [undefined, 'http://b/dir/f', 'sc:opaque', 'sc://h/p', 'file:///C:/x', 'not a base', ''];
for (const base of bases) {
  const row = [];
  for (const input of inputs) {
    let ctor;
    try { ctor = new URL(input, base).href; } catch { ctor = null; }
    const parsed = URL.parse(input, base);
    const agree = (parsed === null ? null : parsed.href) === ctor && URL.canParse(input, base) === (ctor !== null);
    row.push(`${JSON.stringify(input)}=${ctor === null ? 'x' : ctor}${agree ? '' : '!'}`);
  }
  console.log(String(base), row.join(' '));
}
