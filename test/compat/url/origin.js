// URL.prototype.origin for every kind of scheme, blob: included.
for (const input of ['http://h', 'https://h:443', 'https://h:444', 'ws://h', 'wss://h:1', 'ftp://h:21', 'file:///x', 'sc://h',
  'blob:http://h:1/uuid', 'blob:https://h/x', 'blob:ws://h/x', 'blob:file:///x', 'blob:blob:http://h/x', 'blob:%20',
  'data:,x', 'about:blank', 'javascript:1', 'http://[::1]:80', 'http://0x7f.1', 'https://münchen.de', 'http://u:p@h']) {
  const url = new URL(input);
  console.log(input, url.origin);
}
