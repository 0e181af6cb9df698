'use strict';
const t = require('./_t');

const util = require('util');
t('inspect', () => util.inspect(new TextDecoder()));
t('inspect opts', () => util.inspect(new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true })));
t('toStringTag', () => Object.prototype.toString.call(new TextDecoder()));
t('proto', () => Object.getOwnPropertyNames(TextDecoder.prototype).sort());
t('enc proto', () => Object.getOwnPropertyNames(TextEncoder.prototype).sort());
t('bad this', () => TextDecoder.prototype.decode.call({}));
t('bad this getter', () => Object.getOwnPropertyDescriptor(TextDecoder.prototype, 'encoding').get.call({}));
t('enc bad getter', () => Object.getOwnPropertyDescriptor(TextEncoder.prototype, 'encoding').get.call({}));
t('globals', () => { const d = Object.getOwnPropertyDescriptor(globalThis, 'TextDecoder'); return [d.writable, d.enumerable, d.configurable]; });
t('no new', () => { try { TextDecoder(); } catch (e) { return e.name; } });
