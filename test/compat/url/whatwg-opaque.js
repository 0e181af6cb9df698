// Non-special schemes: opaque paths, empty hosts, schemes, origins (blob: included).
const show = require('./_cases');
show([
  ['mailto:a@b.c'], ['data:text/html,<b>x</b>'], ['javascript:alert("x y")'], ['about:blank'],
  ['sc:a b ?q#f'], ['sc:a  '], ['sc:a  #f'], ['sc:a \u0001\u007f\u0080'], ['sc:\\a'], ['sc:/a'],
  ['sc://'], ['sc:///'], ['sc:////'], ['sc://@/'], ['sc://u:p@h:1/p?q#f'], ['sc://h:/'], ['sc://[::1]'],
  ['sc://h?q'], ['sc://h#f'], ['sc:'], ['sc:?q'], ['sc:#f'], ['SC:X'], ['a+b-c.d:x'], ['a_b:x'],
  ['1a:x'], ['+a:x'], [':x'], ['a:'], ['urn:isbn:0451450523'], ['tel:+1-555'], ['git+ssh://g@h/r.git'],
  ['blob:https://example.com:443/uuid'], ['blob:http://h:80/x'], ['blob:ftp://h/x'], ['blob:sc://h/x'],
  ['blob:null/x'], ['blob:'], ['blob:blob:https://h/x'], ['blob:file:///x'], ['ws:x'], ['wss://h/x'],
  ['non-spec:/.//'], ['non-spec:/..//'], ['non-spec:/a/..//'], ['non-spec:/.//p'], ['non-spec://h/.//p'],
  ['sc:\u00e9'], ['sc://\u00e9/'], ['sc:%zz'], ['sc:a?\'b'], ['sc:a#`b'], ['view-source:http://x/'],
]);
