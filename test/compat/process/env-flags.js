// process.allowedNodeEnvironmentFlags: Node's NODE_OPTIONS options, a Set that does not change and
// whose has() accepts underscores, a value after '=' and missing dashes.
'use strict';
const flags = process.allowedNodeEnvironmentFlags;
console.log(flags instanceof Set, flags.constructor.name, Object.isFrozen(flags), [...flags].length);
for (const key of ['--max-old-space-size', '--max_old_space_size', '--max_old_space_size=512',
                   'max-old-space-size', '-r', 'r', 'require', '--require', '--r', 'C', '--C',
                   '--inspect-brk=9229', 'inspect_brk', '--title=x', 'no-deprecation', '--no-warnings',
                   '--enable-source-maps', '--stack-trace-limit', '--foo', '-e', '--eval', '--v8-options',
                   '--', '-', '', 1, undefined]) {
  console.log(JSON.stringify(key) ?? 'undefined', flags.has(key));
}
console.log(flags.add('--foo') === flags, flags.has('--foo'), flags.delete('-r'), flags.has('-r'));
flags.clear();
console.log([...flags].length, [...flags].length > 250, [...flags].every((f) => f.startsWith('-')));
console.log(process.allowedNodeEnvironmentFlags === flags);
