'use strict';
// The performance timeline: PerformanceEntry and its kinds (marks, measures, timerify's function
// entries, nodeTiming), the `performance` object, PerformanceObserver, eventLoopUtilization and
// timerify.
//
// Marks and measures are kept in the timeline (performance.getEntries); every new entry is also
// offered to the connected observers, whose callbacks run together from one setImmediate.

const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_THIS,
    ERR_MISSING_ARGS, ERR_PERFORMANCE_INVALID_TIMESTAMP, ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS,
  },
} = require('internal/errors');
const { validateFunction, validateObject, validateNumber } = require('internal/validators');
// util.inspect loads when an instance is first inspected (this module loads at start-up).
function inspect(value, options) {
  return require('internal/util/format').inspect(value, options);
}
inspect.custom = Symbol.for('nodejs.util.inspect.custom');
const { now, timeOrigin, binding } = require('internal/perf/utils');
const { Event, EventTarget, initEventTarget } = require('internal/event_target');
const { DOMException } = require('internal/per_context/domexception');
const { isRecordableHistogram } = require('internal/histogram');

const kSkipThrow = Symbol('kSkipThrow');
const kEntry = Symbol('kEntry');

function innerOptions(options) {
  return { ...options, depth: options.depth == null ? null : options.depth - 1 };
}

function markEnumerable(prototype, keys) {
  for (const key of keys) Object.defineProperty(prototype, key, { enumerable: true });
}

function setTag(prototype, tag) {
  Object.defineProperty(prototype, Symbol.toStringTag, {
    value: tag, writable: false, enumerable: false, configurable: true,
  });
}

// ---- Entries -------------------------------------------------------------------------------------

function entryState(self) {
  const state = self?.[kEntry];
  if (state === undefined) throw new ERR_INVALID_THIS('PerformanceEntry');
  return state;
}

class PerformanceEntry {
  constructor(skipThrow = undefined, name = undefined, type = undefined, start = undefined,
              duration = undefined, detail = null) {
    if (skipThrow !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    Object.defineProperty(this, kEntry, {
      value: { name, type, start, duration, detail }, enumerable: false, configurable: true,
    });
  }

  get name() { return entryState(this).name; }

  get entryType() { return entryState(this).type; }

  get startTime() { return entryState(this).start; }

  get duration() { return entryState(this).duration; }

  [inspect.custom](depth, options) {
    if (depth < 0) return this;
    return `${this.constructor.name} ${inspect(this.toJSON(), innerOptions(options))}`;
  }

  toJSON() {
    const state = entryState(this);
    return { name: state.name, entryType: state.type, startTime: state.start, duration: state.duration };
  }
}
markEnumerable(PerformanceEntry.prototype, ['name', 'entryType', 'startTime', 'duration', 'toJSON']);
setTag(PerformanceEntry.prototype, 'PerformanceEntry');

// Entries with a `detail` (marks, measures, function entries).
function detailOf(self) {
  return entryState(self).detail;
}

function entryJSON(self) {
  const state = entryState(self);
  return {
    name: state.name, entryType: state.type, startTime: state.start, duration: state.duration,
    detail: state.detail,
  };
}

// Entries keep a copy of their detail (structured clone; a deep copy of plain data where that global
// is missing).
function cloneDetail(detail) {
  if (detail == null) return null;
  if (typeof structuredClone === 'function') return structuredClone(detail);
  return copyData(detail, new Map());
}

function copyData(value, seen) {
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) return seen.get(value);
  let copy;
  if (Array.isArray(value)) {
    copy = [];
    seen.set(value, copy);
    for (const item of value) copy.push(copyData(item, seen));
  } else if (value instanceof Date) {
    copy = new Date(value.getTime());
  } else if (value instanceof Map) {
    copy = new Map();
    seen.set(value, copy);
    for (const [k, v] of value) copy.set(copyData(k, seen), copyData(v, seen));
  } else if (value instanceof Set) {
    copy = new Set();
    seen.set(value, copy);
    for (const v of value) copy.add(copyData(v, seen));
  } else {
    copy = {};
    seen.set(value, copy);
    for (const key of Object.keys(value)) copy[key] = copyData(value[key], seen);
  }
  return copy;
}

function validateTimestamp(value, name) {
  validateNumber(value, name);
  if (value < 0) throw new ERR_PERFORMANCE_INVALID_TIMESTAMP(value);
}

class PerformanceMark extends PerformanceEntry {
  // options: { detail, startTime } (startTime defaults to now).
  constructor(name, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    name = `${name}`;
    if (options !== undefined) validateObject(options, 'options');
    const startTime = options?.startTime ?? now();
    validateTimestamp(startTime, 'startTime');
    super(kSkipThrow, name, 'mark', startTime, 0, cloneDetail(options?.detail));
  }

  get detail() { return detailOf(this); }

  toJSON() { return entryJSON(this); }
}
markEnumerable(PerformanceMark.prototype, ['detail', 'toJSON']);
setTag(PerformanceMark.prototype, 'PerformanceMark');

class PerformanceMeasure extends PerformanceEntry {
  constructor(skipThrow = undefined, name = undefined, type = undefined, start = undefined,
              duration = undefined, detail = null) {
    if (skipThrow !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super(skipThrow, name, type, start, duration, detail);
  }

  get detail() { return detailOf(this); }

  toJSON() { return entryJSON(this); }
}
markEnumerable(PerformanceMeasure.prototype, ['detail', 'toJSON']);
setTag(PerformanceMeasure.prototype, 'PerformanceMeasure');

// timerify's entries ('function'), and the other kinds observers can ask for.
class PerformanceDetailEntry extends PerformanceEntry {
  get detail() { return detailOf(this); }

  toJSON() { return entryJSON(this); }
}

// Resource timing entries ('resource'), made by performance.markResourceTiming from a fetch's timing
// info (the Fetch standard's names), as fetch() makes them when a response body has been read.
const kResource = Symbol('kResource');

function resourceState(self) {
  const state = self?.[kResource];
  if (state === undefined) throw new ERR_INVALID_THIS('PerformanceResourceTiming');
  return state;
}

class PerformanceResourceTiming extends PerformanceEntry {
  constructor(skipThrow = undefined, name = undefined, timing = undefined, initiatorType = undefined,
              cacheMode = undefined, responseStatus = undefined, deliveryType = undefined) {
    if (skipThrow !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super(skipThrow, name, 'resource', timing.startTime, timing.endTime - timing.startTime);
    Object.defineProperty(this, kResource, {
      value: { timing, initiatorType, cacheMode, responseStatus, deliveryType },
      enumerable: false, configurable: true,
    });
  }

  get name() { resourceState(this); return super.name; }

  get startTime() { resourceState(this); return super.startTime; }

  get duration() { resourceState(this); return super.duration; }

  get initiatorType() { return resourceState(this).initiatorType; }

  get workerStart() { return resourceState(this).timing.finalServiceWorkerStartTime; }

  get redirectStart() { return resourceState(this).timing.redirectStartTime; }

  get redirectEnd() { return resourceState(this).timing.redirectEndTime; }

  get fetchStart() { return resourceState(this).timing.postRedirectStartTime; }

  get domainLookupStart() { return resourceState(this).timing.finalConnectionTimingInfo?.domainLookupStartTime; }

  get domainLookupEnd() { return resourceState(this).timing.finalConnectionTimingInfo?.domainLookupEndTime; }

  get connectStart() { return resourceState(this).timing.finalConnectionTimingInfo?.connectionStartTime; }

  get connectEnd() { return resourceState(this).timing.finalConnectionTimingInfo?.connectionEndTime; }

  get secureConnectionStart() {
    return resourceState(this).timing.finalConnectionTimingInfo?.secureConnectionStartTime;
  }

  get nextHopProtocol() { return resourceState(this).timing.finalConnectionTimingInfo?.ALPNNegotiatedProtocol; }

  get requestStart() { return resourceState(this).timing.finalNetworkRequestStartTime; }

  get responseStart() { return resourceState(this).timing.finalNetworkResponseStartTime; }

  get responseEnd() { return resourceState(this).timing.endTime; }

  get encodedBodySize() { return resourceState(this).timing.encodedBodySize; }

  get decodedBodySize() { return resourceState(this).timing.decodedBodySize; }

  // The Resource Timing standard's rule: a local cache hit transferred nothing, a revalidation a
  // header's worth (300), anything else the body plus that.
  get transferSize() {
    const { cacheMode, timing } = resourceState(this);
    if (cacheMode === 'local') return 0;
    if (cacheMode === 'validated') return 300;
    return timing.encodedBodySize + 300;
  }

  get deliveryType() { return resourceState(this).deliveryType; }

  get responseStatus() { return resourceState(this).responseStatus; }

  toJSON() {
    return {
      name: this.name, entryType: this.entryType, startTime: this.startTime, duration: this.duration,
      initiatorType: this.initiatorType, nextHopProtocol: this.nextHopProtocol, workerStart: this.workerStart,
      redirectStart: this.redirectStart, redirectEnd: this.redirectEnd, fetchStart: this.fetchStart,
      domainLookupStart: this.domainLookupStart, domainLookupEnd: this.domainLookupEnd,
      connectStart: this.connectStart, connectEnd: this.connectEnd,
      secureConnectionStart: this.secureConnectionStart, requestStart: this.requestStart,
      responseStart: this.responseStart, responseEnd: this.responseEnd, transferSize: this.transferSize,
      encodedBodySize: this.encodedBodySize, decodedBodySize: this.decodedBodySize,
      deliveryType: this.deliveryType, responseStatus: this.responseStatus,
    };
  }
}
markEnumerable(PerformanceResourceTiming.prototype, [
  'name', 'startTime', 'duration', 'initiatorType', 'workerStart', 'redirectStart', 'redirectEnd',
  'fetchStart', 'domainLookupStart', 'domainLookupEnd', 'connectStart', 'connectEnd',
  'secureConnectionStart', 'nextHopProtocol', 'requestStart', 'responseStart', 'responseEnd',
  'encodedBodySize', 'decodedBodySize', 'transferSize', 'deliveryType', 'responseStatus', 'toJSON',
]);
setTag(PerformanceResourceTiming.prototype, 'PerformanceResourceTiming');

// The resource timing buffer (250 entries by default); entries past it wait in a secondary buffer
// until a 'resourcetimingbufferfull' listener makes room, as the standard describes.
let resourceBufferSize = 250;
let resourceEntries = 0;
const secondaryResources = [];
let bufferFullQueued = false;
let onBufferFull = null; // performance.onresourcetimingbufferfull

function addResourceEntry(entry) {
  enqueue(entry);
  if (resourceEntries < resourceBufferSize && secondaryResources.length === 0) {
    timeline.push(entry);
    resourceEntries++;
    return;
  }
  secondaryResources.push(entry);
  if (bufferFullQueued) return;
  bufferFullQueued = true;
  setImmediate(() => {
    bufferFullQueued = false;
    const event = new Event('resourcetimingbufferfull');
    performance.dispatchEvent(event);
    if (typeof onBufferFull === 'function') onBufferFull.call(performance, event);
    while (secondaryResources.length > 0 && resourceEntries < resourceBufferSize) {
      timeline.push(secondaryResources.shift());
      resourceEntries++;
    }
    secondaryResources.length = 0;
  }).unref();
}

function makeResourceTiming(timingInfo, requestedUrl, initiatorType, cacheMode, responseStatus,
                            deliveryType) {
  if (cacheMode !== '' && cacheMode !== 'local') {
    const { codes: { ERR_INTERNAL_ASSERTION } } = require('internal/errors');
    throw new ERR_INTERNAL_ASSERTION("cache must be an empty string or 'local'");
  }
  const entry = new PerformanceResourceTiming(kSkipThrow, requestedUrl, timingInfo, initiatorType, cacheMode,
                                              responseStatus, deliveryType);
  addResourceEntry(entry);
  return entry;
}

// ---- nodeTiming ----------------------------------------------------------------------------------

const milestoneNames = ['nodeStart', 'v8Start', 'environment', 'bootstrapComplete', 'loopStart',
                        'loopExit'];
const milestoneIndex = { nodeStart: 0, v8Start: 1, environment: 2, bootstrapComplete: 3,
                         loopStart: 4, loopExit: 5 };

function milestone(name) {
  return binding.milestones()[milestoneIndex[name]];
}

class PerformanceNodeTiming {
  constructor() {
    const define = (name, get) => Object.defineProperty(this, name, {
      get, enumerable: true, configurable: true,
    });
    define('name', () => 'node');
    define('entryType', () => 'node');
    define('startTime', () => 0);
    define('duration', () => now());
    for (const name of ['nodeStart', 'v8Start', 'environment', 'loopStart', 'loopExit',
                        'bootstrapComplete']) {
      define(name, () => milestone(name));
    }
    define('idleTime', () => binding.loopIdleTime());
    Object.defineProperty(this, 'uvMetricsInfo', {
      get() {
        return { loopCount: binding.loopIterations(), events: 0, eventsWaiting: 0 };
      },
      enumerable: false, configurable: true,
    });
  }

  [inspect.custom](depth, options) {
    if (depth < 0) return this;
    return `PerformanceNodeTiming ${inspect(this.toJSON(), innerOptions(options))}`;
  }

  toJSON() {
    return {
      name: 'node',
      entryType: 'node',
      startTime: 0,
      duration: now(),
      nodeStart: milestone('nodeStart'),
      v8Start: milestone('v8Start'),
      bootstrapComplete: milestone('bootstrapComplete'),
      environment: milestone('environment'),
      loopStart: milestone('loopStart'),
      loopExit: milestone('loopExit'),
      idleTime: binding.loopIdleTime(),
    };
  }
}
const nodeTiming = new PerformanceNodeTiming();

// ---- Observers -----------------------------------------------------------------------------------

const supportedEntryTypes = Object.freeze(['dns', 'function', 'gc', 'http', 'http2', 'mark',
                                           'measure', 'net', 'quic', 'resource']);
const observers = new Set();     // connected observers
const pending = new Set();       // observers with entries to deliver
let dispatchQueued = false;

function sortByStartTime(entries) {
  return entries.slice().sort((a, b) => a.startTime - b.startTime);
}

function filterEntries(entries, name, type) {
  return sortByStartTime(entries.filter((entry) =>
    (name === undefined || entry.name === name) && (type === undefined || entry.entryType === type)));
}

class PerformanceObserverEntryList {
  #entries;

  constructor(skipThrow = undefined, entries = []) {
    if (skipThrow !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this.#entries = sortByStartTime(entries);
  }

  getEntries() {
    if (!(#entries in this)) throw new ERR_INVALID_THIS('PerformanceObserverEntryList');
    return this.#entries.slice();
  }

  getEntriesByType(type) {
    if (!(#entries in this)) throw new ERR_INVALID_THIS('PerformanceObserverEntryList');
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    return filterEntries(this.#entries, undefined, `${type}`);
  }

  getEntriesByName(name, type = undefined) {
    if (!(#entries in this)) throw new ERR_INVALID_THIS('PerformanceObserverEntryList');
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    return filterEntries(this.#entries, `${name}`, type === undefined ? undefined : `${type}`);
  }

  [inspect.custom](depth, options) {
    if (depth < 0) return this;
    return `PerformanceObserverEntryList ${inspect(this.#entries, innerOptions(options))}`;
  }
}
markEnumerable(PerformanceObserverEntryList.prototype,
               ['getEntries', 'getEntriesByType', 'getEntriesByName']);
setTag(PerformanceObserverEntryList.prototype, 'PerformanceObserverEntryList');

class PerformanceObserver {
  #callback;
  #buffer = [];
  #entryTypes = new Set();
  #type = undefined; // 'multiple' (entryTypes) or 'single' (type)

  constructor(callback) {
    validateFunction(callback, 'callback');
    this.#callback = callback;
  }

  // options: { entryTypes: string[] } or { type, buffered }.
  observe(options = {}) {
    validateObject(options, 'options');
    const { entryTypes, type, buffered } = options;
    if (entryTypes === undefined && type === undefined) {
      throw new ERR_MISSING_ARGS('options.entryTypes', 'options.type');
    }
    if (entryTypes != null && type != null) {
      throw new ERR_INVALID_ARG_VALUE('options.entryTypes', entryTypes,
                                      'options.entryTypes can not set with options.type together');
    }
    if (entryTypes !== undefined) {
      if (this.#type === 'single') throw new DOMException('PerformanceObserver can not change to multiple observations', 'InvalidModificationError');
      if (!Array.isArray(entryTypes)) {
        throw new ERR_INVALID_ARG_TYPE('options.entryTypes', 'string[]', entryTypes);
      }
      this.#type = 'multiple';
      this.#entryTypes.clear();
      for (const entryType of entryTypes) {
        if (supportedEntryTypes.includes(entryType)) this.#entryTypes.add(entryType);
      }
    } else {
      if (this.#type === 'multiple') throw new DOMException('PerformanceObserver can not change to single observation', 'InvalidModificationError');
      this.#type = 'single';
      if (!supportedEntryTypes.includes(type)) return;
      this.#entryTypes.add(type);
      if (buffered) {
        const existing = filterEntries(timeline, undefined, type);
        if (existing.length > 0) {
          this.#buffer.push(...existing);
          queueDelivery(this);
        }
      }
    }
    if (this.#entryTypes.size > 0) observers.add(this);
    else this.disconnect();
  }

  disconnect() {
    observers.delete(this);
    pending.delete(this);
    this.#buffer = [];
    this.#entryTypes.clear();
    this.#type = undefined;
  }

  takeRecords() {
    const records = this.#buffer;
    this.#buffer = [];
    return records;
  }

  static get supportedEntryTypes() {
    return supportedEntryTypes;
  }

  // Called for each new entry.
  static offer(observer, entry) {
    if (!observer.#entryTypes.has(entry.entryType)) return;
    observer.#buffer.push(entry);
    queueDelivery(observer);
  }

  static deliver(observer) {
    const records = observer.takeRecords();
    if (records.length === 0) return;
    observer.#callback.call(observer, new PerformanceObserverEntryList(kSkipThrow, records), observer);
  }

  [inspect.custom](depth, options) {
    if (depth < 0) return this;
    return `PerformanceObserver ${inspect({
      connected: observers.has(this),
      pending: pending.has(this),
      entryTypes: [...this.#entryTypes],
      buffer: this.#buffer,
    }, innerOptions(options))}`;
  }
}
const offerEntry = PerformanceObserver.offer;
const deliver = PerformanceObserver.deliver;
delete PerformanceObserver.offer;
delete PerformanceObserver.deliver;
markEnumerable(PerformanceObserver.prototype, ['observe', 'disconnect', 'takeRecords']);
Object.defineProperty(PerformanceObserver, 'supportedEntryTypes', { enumerable: true });
setTag(PerformanceObserver.prototype, 'PerformanceObserver');

function queueDelivery(observer) {
  pending.add(observer);
  if (dispatchQueued) return;
  dispatchQueued = true;
  require('timers').setImmediate(() => {
    dispatchQueued = false;
    const due = [...pending];
    pending.clear();
    for (const each of due) deliver(each);
  });
}

function enqueue(entry) {
  for (const observer of observers) offerEntry(observer, entry);
}

// ---- The timeline: marks and measures ------------------------------------------------------------

let timeline = [];

function timeOfMark(name) {
  if (typeof name === 'number') {
    if (name < 0) throw new ERR_PERFORMANCE_INVALID_TIMESTAMP(name);
    return name;
  }
  if (name in milestoneIndex) return milestone(name);
  for (let i = timeline.length - 1; i >= 0; i--) {
    const entry = timeline[i];
    if (entry.entryType === 'mark' && entry.name === name) return entry.startTime;
  }
  throw new DOMException(`The "${name}" performance mark has not been set`, 'SyntaxError');
}

function mark(name, options) {
  const entry = new PerformanceMark(name, options);
  timeline.push(entry);
  enqueue(entry);
  return entry;
}

// measure(name, startMark, endMark) or measure(name, { start, end, duration, detail }).
function measure(name, startOrOptions, endMark) {
  name = `${name}`;
  let start;
  let end;
  let detail = null;
  if (startOrOptions !== null && typeof startOrOptions === 'object') {
    const { start: s, end: e, duration: d } = startOrOptions;
    if (endMark !== undefined) {
      throw new ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS('endMark must not be specified');
    }
    if (d !== undefined && s === undefined && e === undefined) {
      throw new ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS('One of options.start or options.end is required');
    }
    if (s !== undefined && e !== undefined && d !== undefined) {
      throw new ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS(
        'Must not have options.start, options.end, and options.duration specified');
    }
    if (d !== undefined) validateTimestamp(d, 'duration');
    if (e !== undefined) end = timeOfMark(e);
    else if (s !== undefined && d !== undefined) end = timeOfMark(s) + d;
    else end = now();
    if (s !== undefined) start = timeOfMark(s);
    else if (d !== undefined && e !== undefined) start = end - d;
    else start = 0;
    detail = cloneDetail(startOrOptions.detail);
  } else {
    end = endMark !== undefined ? timeOfMark(endMark) : now();
    start = startOrOptions !== undefined ? timeOfMark(startOrOptions) : 0;
  }
  const entry = new PerformanceMeasure(kSkipThrow, name, 'measure', start, end - start, detail);
  timeline.push(entry);
  enqueue(entry);
  return entry;
}

function clearEntries(type, name) {
  timeline = timeline.filter((entry) => entry.entryType !== type ||
                                        (name !== undefined && entry.name !== `${name}`));
}

// ---- eventLoopUtilization ------------------------------------------------------------------------

// { idle, active, utilization } of the loop since it started, or the difference from util1 (and
// between util1 and util2 when both are given). All zero before the loop has started.
function eventLoopUtilization(util1, util2) {
  const loopStart = milestone('loopStart');
  if (loopStart <= 0) return { idle: 0, active: 0, utilization: 0 };
  if (util2) {
    const idle = util1.idle - util2.idle;
    const active = util1.active - util2.active;
    return { idle, active, utilization: active / (idle + active) };
  }
  const idle = binding.loopIdleTime();
  const active = now() - loopStart - idle;
  if (!util1) return { idle, active, utilization: active / (idle + active) };
  const idleDelta = idle - util1.idle;
  const activeDelta = active - util1.active;
  return { idle: idleDelta, active: activeDelta, utilization: activeDelta / (idleDelta + activeDelta) };
}

// ---- timerify ------------------------------------------------------------------------------------

// Wraps fn so that each call (or construction) makes a 'function' entry (detail: the arguments) for
// observers and, with options.histogram, records its duration in nanoseconds.
function timerify(fn, options = {}) {
  validateFunction(fn, 'fn');
  validateObject(options, 'options');
  const { histogram } = options;
  if (histogram !== undefined && !isRecordableHistogram(histogram)) {
    throw new ERR_INVALID_ARG_TYPE('options.histogram', 'RecordableHistogram', histogram);
  }
  function timed(...args) {
    const start = now();
    const result = new.target ? Reflect.construct(fn, args, fn) : Reflect.apply(fn, this, args);
    const finish = () => {
      const duration = now() - start;
      if (histogram !== undefined) histogram.record(Math.max(1, Math.ceil(duration * 1e6)));
      enqueue(new PerformanceDetailEntry(kSkipThrow, fn.name, 'function', start, duration, args));
    };
    if (!new.target && typeof result?.finally === 'function') return result.finally(finish);
    finish();
    return result;
  }
  Object.defineProperties(timed, {
    length: { value: fn.length, configurable: true },
    name: { value: `timerified ${fn.name}`, configurable: true },
  });
  return timed;
}

// ---- Performance ---------------------------------------------------------------------------------

function isPerformance(value) {
  return value instanceof Performance && value[kIsPerformance] === true;
}
const kIsPerformance = Symbol('kIsPerformance');

function checkThis(self) {
  if (!isPerformance(self)) throw new ERR_INVALID_THIS('Performance');
}

class Performance extends EventTarget {
  constructor(skipThrow = undefined) {
    if (skipThrow !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
  }

  clearMarks(name = undefined) {
    checkThis(this);
    clearEntries('mark', name);
  }

  clearMeasures(name = undefined) {
    checkThis(this);
    clearEntries('measure', name);
  }

  clearResourceTimings(name = undefined) {
    checkThis(this);
    clearEntries('resource', name);
    resourceEntries = timeline.filter((entry) => entry.entryType === 'resource').length;
  }

  getEntries() {
    checkThis(this);
    return sortByStartTime(timeline);
  }

  getEntriesByName(name, type = undefined) {
    checkThis(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    return filterEntries(timeline, `${name}`, type === undefined ? undefined : `${type}`);
  }

  getEntriesByType(type) {
    checkThis(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    return filterEntries(timeline, undefined, `${type}`);
  }

  mark(name, options = undefined) {
    checkThis(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    return mark(name, options);
  }

  measure(name, startOrOptions = undefined, endMark = undefined) {
    checkThis(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    return measure(name, startOrOptions, endMark);
  }

  now() {
    checkThis(this);
    return now();
  }

  setResourceTimingBufferSize(maxSize) {
    checkThis(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('maxSize');
    resourceBufferSize = maxSize;
  }

  get timeOrigin() {
    checkThis(this);
    return timeOrigin;
  }

  toJSON() {
    checkThis(this);
    return {
      nodeTiming: this.nodeTiming,
      timeOrigin: this.timeOrigin,
      eventLoopUtilization: this.eventLoopUtilization(),
    };
  }

  [inspect.custom](depth, options) {
    if (depth < 0) return this;
    return `Performance ${inspect({ nodeTiming: this.nodeTiming, timeOrigin: this.timeOrigin },
                                  innerOptions(options))}`;
  }
}
Object.defineProperties(Performance.prototype, {
  eventLoopUtilization: {
    value: eventLoopUtilization, writable: true, enumerable: true, configurable: true,
  },
  nodeTiming: { value: nodeTiming, writable: true, enumerable: true, configurable: true },
  markResourceTiming: {
    value: function markResourceTiming(timingInfo, requestedUrl, initiatorType, global, cacheMode, bodyInfo,
                                       responseStatus, deliveryType = undefined) {
      checkThis(this);
      return makeResourceTiming(timingInfo, requestedUrl, initiatorType, cacheMode, responseStatus, deliveryType);
    },
    writable: true, enumerable: true, configurable: true,
  },
  timerify: { value: timerify, writable: true, enumerable: true, configurable: true },
  onresourcetimingbufferfull: {
    get() { checkThis(this); return onBufferFull; },
    set(value) {
      checkThis(this);
      onBufferFull = typeof value === 'function' || (typeof value === 'object' && value !== null) ? value : null;
    },
    enumerable: true, configurable: true,
  },
});
markEnumerable(Performance.prototype, [
  'clearMarks', 'clearMeasures', 'clearResourceTimings', 'getEntries', 'getEntriesByName',
  'getEntriesByType', 'mark', 'measure', 'now', 'setResourceTimingBufferSize', 'timeOrigin', 'toJSON',
]);
setTag(Performance.prototype, 'Performance');

const performance = new Performance(kSkipThrow);
Object.defineProperty(performance, kIsPerformance, { value: true });

module.exports = {
  Performance, PerformanceEntry, PerformanceMark, PerformanceMeasure, PerformanceObserver,
  PerformanceObserverEntryList, PerformanceResourceTiming, performance, eventLoopUtilization,
  timerify, initEventTarget,
};
