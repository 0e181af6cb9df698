// compat: stderr
// console.group indents every line of later output (stdout and stderr) by two spaces per level.
console.group('G1');
console.log('in group\nsecond line');
console.group();
console.info('nested');
console.groupEnd();
console.groupCollapsed('G2');
console.warn('warn in group');
console.error('error', 'in', 'group');
console.groupEnd();
console.groupEnd();
console.groupEnd();
console.log('out');
