'use strict';
// node:v8. Serialization is V8's own wire format, written in JS (internal/v8/serdes.js); the heap
// figures are the JVM's, read through internalBinding('v8') with the pool-to-space mapping that
// process.report uses. What GraalJS on the JVM cannot provide (heap snapshots, promise hooks, heap
// object queries) throws ERR_FEATURE_UNAVAILABLE_ON_PLATFORM after Node's argument checks; docs/compat.md
// lists each.

const binding = internalBinding('v8');
const { Serializer, Deserializer } = require('internal/v8/serdes');
const { FastBuffer } = require('internal/buffer/core');
const {
  codes: {
    ERR_FEATURE_UNAVAILABLE_ON_PLATFORM, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_NOT_BUILDING_SNAPSHOT,
  },
} = require('internal/errors');
const {
  validateFunction, validateObject, validateOneOf, validateString, validateUint32,
} = require('internal/validators');

// ------------------------------------------------------------------ DefaultSerializer

// The host-object numbering of views that Node's DefaultSerializer writes (Buffer is 10).
const viewTypes = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array,
                   Uint32Array, Float32Array, Float64Array, DataView, FastBuffer, BigInt64Array,
                   BigUint64Array, globalThis.Float16Array];
const kBufferIndex = 10;

const typedArrayTag = Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;

function viewTypeIndex(view) {
  if (Buffer.isBuffer(view) && view.constructor === Buffer) return kBufferIndex;
  const name = typedArrayTag.call(view) ?? 'DataView';
  return viewTypes.findIndex((C, i) => i !== kBufferIndex && C !== undefined && C.name === name);
}

class DefaultSerializer extends Serializer {
  constructor() {
    super();
    this._setTreatArrayBufferViewsAsHostObjects(true);
  }

  _writeHostObject(view) {
    if (!ArrayBuffer.isView(view)) {
      throw new ERR_INVALID_ARG_TYPE('abView', ['Buffer', 'TypedArray', 'DataView'], view);
    }
    this.writeUint32(viewTypeIndex(view));
    this.writeUint32(view.byteLength);
    this.writeRawBytes(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
  }
}

class DefaultDeserializer extends Deserializer {
  _readHostObject() {
    const typeIndex = this.readUint32();
    const Ctor = viewTypes[typeIndex];
    const byteLength = this.readUint32();
    const offset = this._readRawBytes(byteLength);
    const unit = Ctor.BYTES_PER_ELEMENT ?? 1;
    const byteOffset = this.buffer.byteOffset + offset;
    if (byteOffset % unit === 0) {
      return new Ctor(this.buffer.buffer, byteOffset, byteLength / unit);
    }
    // Views need aligned memory: copy the bytes into a buffer of their own.
    const copy = new Uint8Array(byteLength);
    copy.set(new Uint8Array(this.buffer.buffer, byteOffset, byteLength));
    return new Ctor(copy.buffer, 0, byteLength / unit);
  }
}

function serialize(value) {
  const serializer = new DefaultSerializer();
  serializer.writeHeader();
  serializer.writeValue(value);
  return serializer.releaseBuffer();
}

function deserialize(buffer) {
  const deserializer = new DefaultDeserializer(buffer);
  deserializer.readHeader();
  return deserializer.readValue();
}

// ------------------------------------------------------------------ heap figures

const heapStatisticsFields = [
  'total_heap_size', 'total_heap_size_executable', 'total_physical_size', 'total_available_size',
  'used_heap_size', 'heap_size_limit', 'malloced_memory', 'peak_malloced_memory', 'does_zap_garbage',
  'number_of_native_contexts', 'number_of_detached_contexts', 'total_global_handles_size',
  'used_global_handles_size', 'external_memory',
];

function getHeapStatistics() {
  const figures = binding.heapStatistics();
  const result = {};
  for (let i = 0; i < heapStatisticsFields.length; i++) result[heapStatisticsFields[i]] = figures[i];
  return result;
}

const spaceNames = [...binding.heapSpaceNames()];

function spaces(figures, keys) {
  return spaceNames.map((name, i) => ({
    [keys[0]]: name,
    [keys[1]]: figures[4 * i],
    [keys[2]]: figures[4 * i + 1],
    [keys[3]]: figures[4 * i + 2],
    [keys[4]]: figures[4 * i + 3],
  }));
}

function getHeapSpaceStatistics() {
  return spaces(binding.heapSpaceStatistics(),
                ['space_name', 'space_size', 'space_used_size', 'space_available_size', 'physical_space_size']);
}

function getHeapCodeStatistics() {
  const f = binding.heapCodeStatistics();
  return {
    code_and_metadata_size: f[0],
    bytecode_and_metadata_size: f[1],
    external_script_source_size: f[2],
    cpu_profiler_metadata_size: f[3],
  };
}

function cachedDataVersionTag() {
  return binding.cachedDataVersionTag();
}

// V8's flags steer V8; GraalJS has none of them, so they are checked to be a string and have no
// effect (docs/compat.md). Even --stack-trace-limit changes nothing here, as in Node: there the flag
// only seeds Error.stackTraceLimit of contexts created later, and Node creates none for user code.
function setFlagsFromString(flags) {
  validateString(flags, 'flags');
}

function isStringOneByteRepresentation(content) {
  validateString(content, 'content');
  for (let i = 0; i < content.length; i++) {
    if (content.charCodeAt(i) > 0xFF) return false;
  }
  return true;
}

// ------------------------------------------------------------------ what the JVM cannot do

function unavailable(feature) {
  return new ERR_FEATURE_UNAVAILABLE_ON_PLATFORM(feature);
}

function getHeapSnapshot(options) {
  if (options !== undefined) validateObject(options, 'options');
  throw unavailable('v8.getHeapSnapshot');
}

function writeHeapSnapshot(path, options) {
  if (path !== undefined && typeof path !== 'string' && !Buffer.isBuffer(path) && !(path instanceof URL)) {
    throw new ERR_INVALID_ARG_TYPE('path', ['string', 'Buffer', 'URL'], path);
  }
  if (options !== undefined) validateObject(options, 'options');
  throw unavailable('v8.writeHeapSnapshot');
}

// Node writes a snapshot only when the heap nears its limit; node4j never writes one (docs/compat.md).
function setHeapSnapshotNearHeapLimit(limit) {
  validateUint32(limit, 'limit', true);
}

function queryObjects(constructor, options = {}) {
  validateFunction(constructor, 'constructor');
  validateObject(options, 'options');
  if (options.format !== undefined && options.format !== 'count' && options.format !== 'summary') {
    throw new ERR_INVALID_ARG_VALUE('options.format', options.format);
  }
  throw unavailable('v8.queryObjects');
}

// Without NODE_V8_COVERAGE Node's calls do nothing; node4j collects no coverage at all.
function takeCoverage() {}
function stopCoverage() {}

function hookFunction(name) {
  return (hook) => {
    validateFunction(hook, name);
    throw unavailable('v8.promiseHooks');
  };
}

const promiseHooks = {
  createHook({ init, before, after, settled } = {}) {
    if (init !== undefined) validateFunction(init, 'initHook');
    if (before !== undefined) validateFunction(before, 'beforeHook');
    if (after !== undefined) validateFunction(after, 'afterHook');
    if (settled !== undefined) validateFunction(settled, 'settledHook');
    throw unavailable('v8.promiseHooks');
  },
  onInit: hookFunction('initHook'),
  onBefore: hookFunction('beforeHook'),
  onAfter: hookFunction('afterHook'),
  onSettled: hookFunction('settledHook'),
};

// node4j is never building a startup snapshot. Node reports that as 0 (a flag byte), not false.
function notBuilding() {
  throw new ERR_NOT_BUILDING_SNAPSHOT();
}

const startupSnapshot = {
  addDeserializeCallback: function addDeserializeCallback() { notBuilding(); },
  addSerializeCallback: function addSerializeCallback() { notBuilding(); },
  setDeserializeMainFunction: function setDeserializeMainFunction() { notBuilding(); },
  isBuildingSnapshot: function isBuildingSnapshot() { return 0; },
};

// ------------------------------------------------------------------ GCProfiler

// The JVM's collections between start() and stop(): a young collection is reported as V8's
// 'Scavenge', any other as 'MarkSweepCompact'; the heap figures are the collector's own before and
// after figures per space (docs/compat.md).
class GCProfiler {
  #startTime = undefined;

  start() {
    if (this.#startTime !== undefined) return;
    this.#startTime = Date.now();
    binding.startGcRecording();
  }

  stop() {
    if (this.#startTime === undefined) return undefined;
    const records = binding.stopGcRecording();
    const statistics = [];
    for (const record of records) {
      const n = spaceNames.length * 4;
      const before = Array.prototype.slice.call(record, 2, 2 + n);
      const after = Array.prototype.slice.call(record, 2 + n, 2 + 2 * n);
      statistics.push({
        gcType: record[0] === 0 ? 'Scavenge' : 'MarkSweepCompact',
        beforeGC: gcHeap(before),
        cost: record[1],
        afterGC: gcHeap(after),
      });
    }
    const result = { version: 1, startTime: this.#startTime, statistics, endTime: Date.now() };
    this.#startTime = undefined;
    return result;
  }
}

function gcHeap(figures) {
  const heapSpaceStatistics = spaces(figures,
                                     ['spaceName', 'spaceSize', 'spaceUsedSize', 'spaceAvailableSize', 'physicalSpaceSize']);
  let size = 0;
  let used = 0;
  for (const space of heapSpaceStatistics) {
    if (space.spaceName === 'new_space' || space.spaceName === 'old_space') {
      size += space.spaceSize;
      used += space.spaceUsedSize;
    }
  }
  return {
    heapStatistics: { totalHeapSize: size, totalPhysicalSize: size, totalAvailableSize: size - used, usedHeapSize: used },
    heapSpaceStatistics,
  };
}

// v8.getCppHeapStatistics(): node4j has no C++ (cppgc) heap: the objects behind its bindings are Java
// objects on the one JVM heap (getHeapStatistics). So it reports an empty C++ heap, in Node's shape:
// for 'detailed', cppgc's five spaces, each with no pages and its free-list buckets empty.
const cppFreeListBuckets = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096, 8192, 16384, 32768, 65536];

function getCppHeapStatistics(type = 'detailed') {
  validateOneOf(type, 'type', ['brief', 'detailed']);
  const detailed = type === 'detailed';
  const spaces = detailed ? ['NormalPageSpace0', 'NormalPageSpace1', 'NormalPageSpace2', 'NormalPageSpace3',
                             'LargePageSpace'].map((name) => ({
    __proto__: null,
    name,
    committed_size_bytes: 0,
    resident_size_bytes: 0,
    used_size_bytes: 0,
    page_stats: [],
    free_list_stats: {
      __proto__: null,
      bucket_size: cppFreeListBuckets.slice(),
      free_count: cppFreeListBuckets.map(() => 0),
      free_size: cppFreeListBuckets.map(() => 0),
    },
  })) : [];
  return {
    __proto__: null,
    committed_size_bytes: 0,
    resident_size_bytes: 0,
    used_size_bytes: 0,
    space_statistics: spaces,
    type_names: [],
    detail_level: type,
  };
}

// v8.startCpuProfile(): a sampling profile of this thread (the JVM's safepoints stand in for V8's
// sampler), stopped once; stop() gives V8's .cpuprofile JSON, later calls undefined.
class SyncCPUProfileHandle {
  #profiler;

  constructor(profiler) {
    this.#profiler = profiler;
  }

  stop() {
    const profiler = this.#profiler;
    if (profiler === null) return undefined;
    this.#profiler = null;
    return profiler.stop();
  }
}

function startCpuProfile() {
  return new SyncCPUProfileHandle(binding.startCpuProfile());
}

module.exports = {
  cachedDataVersionTag,
  getHeapSnapshot,
  getHeapStatistics,
  getHeapSpaceStatistics,
  getHeapCodeStatistics,
  getCppHeapStatistics,
  setFlagsFromString,
  Serializer,
  Deserializer,
  DefaultSerializer,
  DefaultDeserializer,
  deserialize,
  takeCoverage,
  stopCoverage,
  serialize,
  writeHeapSnapshot,
  promiseHooks,
  queryObjects,
  startupSnapshot,
  setHeapSnapshotNearHeapLimit,
  GCProfiler,
  isStringOneByteRepresentation,
  startCpuProfile,
};
