// The process-wide autoSelectFamily defaults: getters, setters, their validation, the 10 ms floor.
'use strict';
const net = require('net');

const t = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'throws', e.name, e.code, e.message);
  }
};
t('default', () => net.getDefaultAutoSelectFamily());
t('default timeout', () => net.getDefaultAutoSelectFamilyAttemptTimeout());
t('set false', () => net.setDefaultAutoSelectFamily(false));
t('now', () => net.getDefaultAutoSelectFamily());
t('set 1', () => net.setDefaultAutoSelectFamily(1));
t('timeout 5', () => net.setDefaultAutoSelectFamilyAttemptTimeout(5));
t('now', () => net.getDefaultAutoSelectFamilyAttemptTimeout());
t('timeout 500', () => net.setDefaultAutoSelectFamilyAttemptTimeout(500));
t('now', () => net.getDefaultAutoSelectFamilyAttemptTimeout());
t('timeout 0', () => net.setDefaultAutoSelectFamilyAttemptTimeout(0));
t('timeout 1.5', () => net.setDefaultAutoSelectFamilyAttemptTimeout(1.5));
t('timeout x', () => net.setDefaultAutoSelectFamilyAttemptTimeout('x'));
