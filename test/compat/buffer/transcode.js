'use strict';
const t = require('./_t');

const { transcode } = require('buffer');
t('utf8 latin1', () => transcode(Buffer.from('€é'), 'utf8', 'latin1'));
t('utf8 ascii', () => transcode(Buffer.from('€éa'), 'utf8', 'ascii'));
t('utf8 ucs2', () => transcode(Buffer.from('ab€'), 'utf8', 'ucs2'));
t('ucs2 utf8', () => transcode(Buffer.from('ab€', 'ucs2'), 'ucs2', 'utf8'));
t('latin1 utf8', () => transcode(Buffer.from([0xe9]), 'latin1', 'utf8'));
t('binary utf16le', () => transcode(Buffer.from([0xe9]), 'binary', 'utf16le'));
t('same', () => transcode(Buffer.from('a'), 'utf8', 'utf8'));
t('empty', () => transcode(Buffer.alloc(0), 'utf8', 'hex'));
t('hex', () => transcode(Buffer.from('a'), 'utf8', 'hex'));
t('bogus', () => transcode(Buffer.from('a'), 'bogus', 'utf8'));
t('not buffer', () => transcode('a', 'utf8', 'ucs2'));
t('u8', () => transcode(new Uint8Array([0x61]), 'utf8', 'ucs2'));
t('error props', () => { try { transcode(Buffer.from('a'), 'utf8', 'hex'); } catch (e) { return [e.code, e.errno, e.name, Object.keys(e)]; } });
