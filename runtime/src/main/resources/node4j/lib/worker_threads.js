'use strict';
// node:worker_threads.

const binding = internalBinding('worker');
const { Worker, SHARE_ENV, setEnvironmentData, getEnvironmentData } = require('internal/worker');
const {
  MessagePort, MessageChannel, BroadcastChannel, receiveMessageOnPort,
} = require('internal/worker/io');
const {
  markAsUntransferable, isMarkedAsUntransferable, markAsUncloneable,
} = require('internal/worker/clone');

const { codes: { ERR_METHOD_NOT_IMPLEMENTED } } = require('internal/errors');

const isMainThread = binding.isMainThread;
let parentPort = null;
let workerData = null;
let resourceLimits = {};
if (!isMainThread) {
  parentPort = require('internal/worker/parent').parentPort;
  workerData = require('internal/worker/parent').workerData;
  const l = binding.resourceLimits();
  resourceLimits = {
    maxYoungGenerationSizeMb: l[0], maxOldGenerationSizeMb: l[1], codeRangeSizeMb: l[2], stackSizeMb: l[3],
  };
}

function moveMessagePortToContext() {
  throw new ERR_METHOD_NOT_IMPLEMENTED('moveMessagePortToContext()');
}

const { postMessageToThread } = require('internal/worker/messaging');

module.exports = {
  isInternalThread: false,
  isMainThread,
  MessagePort,
  MessageChannel,
  markAsUncloneable,
  markAsUntransferable,
  isMarkedAsUntransferable,
  moveMessagePortToContext,
  receiveMessageOnPort,
  resourceLimits,
  postMessageToThread,
  threadId: binding.threadId,
  threadName: binding.threadName,
  SHARE_ENV,
  Worker,
  parentPort,
  workerData,
  BroadcastChannel,
  setEnvironmentData,
  getEnvironmentData,
  locks: require('internal/locks').locks,
};
