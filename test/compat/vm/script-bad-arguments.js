'use strict';
// new vm.Script's options, checked as Node checks them.
const vm = require('vm');
const { show } = require('./_util');

show('options number', () => new vm.Script('1', 5));
show('options null', () => new vm.Script('1', null));
show('options array', () => new vm.Script('1', []));
show('filename', () => new vm.Script('1', { filename: 5 }));
show('lineOffset type', () => new vm.Script('1', { lineOffset: 'x' }));
show('lineOffset range', () => new vm.Script('1', { lineOffset: 2 ** 31 }));
show('lineOffset fraction', () => new vm.Script('1', { lineOffset: 0.5 }));
show('columnOffset type', () => new vm.Script('1', { columnOffset: null }));
show('columnOffset fraction', () => new vm.Script('1', { columnOffset: 1.5 }));
show('columnOffset NaN', () => new vm.Script('1', { columnOffset: NaN }));
show('cachedData', () => new vm.Script('1', { cachedData: 'x' }));
show('cachedData buffer-like', () => new vm.Script('1', { cachedData: new ArrayBuffer(4) }));
show('produceCachedData', () => new vm.Script('1', { produceCachedData: 'x' }));
show('importModuleDynamically', () => new vm.Script('1', { importModuleDynamically: 'x' }));
show('importModuleDynamically null', () => new vm.Script('1', { importModuleDynamically: null }));
show('negative offsets are fine', () => new vm.Script('1', { lineOffset: -2, columnOffset: -3 }).runInThisContext());
show('undefined options', () => new vm.Script('2', undefined).runInThisContext());
