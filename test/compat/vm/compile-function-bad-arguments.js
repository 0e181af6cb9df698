'use strict';
// vm.compileFunction's arguments, checked as Node checks them.
const vm = require('vm');
const { show } = require('./_util');

show('code number', () => vm.compileFunction(1));
show('code missing', () => vm.compileFunction());
show('params string', () => vm.compileFunction('', 'a'));
show('params element', () => vm.compileFunction('', ['a', 1]));
show('params null', () => vm.compileFunction('', null));
show('options number', () => vm.compileFunction('', [], 1));
show('options null', () => vm.compileFunction('', [], null));
show('filename', () => vm.compileFunction('', [], { filename: 1 }));
show('lineOffset', () => vm.compileFunction('', [], { lineOffset: '1' }));
show('columnOffset', () => vm.compileFunction('', [], { columnOffset: 1.5 }));
show('negative offsets', () => vm.compileFunction('return 1', [], { lineOffset: -1, columnOffset: -1 })());
show('cachedData', () => vm.compileFunction('', [], { cachedData: 'x' }));
show('produceCachedData', () => vm.compileFunction('', [], { produceCachedData: 1 }));
show('parsingContext object', () => vm.compileFunction('', [], { parsingContext: {} }));
show('parsingContext number', () => vm.compileFunction('', [], { parsingContext: 1 }));
show('parsingContext null', () => vm.compileFunction('', [], { parsingContext: null }));
show('contextExtensions', () => vm.compileFunction('', [], { contextExtensions: 1 }));
show('contextExtensions element', () => vm.compileFunction('', [], { contextExtensions: [1] }));
show('contextExtensions string element', () => vm.compileFunction('', [], { contextExtensions: [{}, 'x'] }));
show('importModuleDynamically', () => vm.compileFunction('', [], { importModuleDynamically: {} }));
show('all defaults', () => typeof vm.compileFunction('', undefined, undefined));
