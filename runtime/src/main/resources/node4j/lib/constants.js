'use strict';
// The deprecated `constants` module: os.constants' dlopen, errno, priority and signals, then
// fs.constants and crypto.constants, flattened into one frozen object in that order, as Node has it
// (graceful-fs, and through it fs-extra, still read it). crypto's defaultCipherList is there only
// when the crypto module was loaded first, as in Node.

const os = require('os');

const constants = {
  ...os.constants.dlopen,
  ...os.constants.errno,
  ...os.constants.priority,
  ...os.constants.signals,
  ...require('fs').constants,
  ...require('internal/crypto/constants'),
};

module.exports = Object.freeze(constants);
