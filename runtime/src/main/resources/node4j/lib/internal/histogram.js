'use strict';
// perf_hooks' histograms: Histogram (read-only statistics), RecordableHistogram (createHistogram,
// timerify's) and IntervalHistogram (monitorEventLoopDelay).
//
// Values are counted the way HdrHistogram counts them, as Node does: exactly up to
// 2 * 10^figures, then in buckets whose width doubles with each power of two, so that every value
// keeps `figures` significant digits. min reports the lowest value of its bucket, max the highest,
// mean and stddev use bucket midpoints, and percentiles walk the buckets.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_OUT_OF_RANGE, ERR_ILLEGAL_CONSTRUCTOR },
} = require('internal/errors');
const { validateInteger, validateObject, validateNumber } = require('internal/validators');
// util.inspect loads when an instance is first inspected (this module loads at start-up).
function inspect(value, options) {
  return require('internal/util/format').inspect(value, options);
}
inspect.custom = Symbol.for('nodejs.util.inspect.custom');

const INT64_MAX = 9223372036854775807n;

// floor(log2(v)) for a positive integer up to 2^53.
function log2Floor(v) {
  if (v < 2 ** 32) return 31 - Math.clz32(v);
  let e = Math.floor(Math.log2(v));
  if (2 ** e > v) e--;
  else if (2 ** (e + 1) <= v) e++;
  return e;
}

class HdrState {
  constructor(lowest, highest, figures) {
    this.lowest = lowest;
    this.highest = highest;
    this.unitMagnitude = log2Floor(lowest);
    // Values below 2^subBucketBits are exact (times the unit): at least 2 * 10^figures of them.
    this.subBucketBits = Math.ceil(Math.log2(2 * 10 ** figures));
    this.reset();
  }

  reset() {
    this.counts = new Map(); // lowest equivalent value -> count
    this.total = 0;
    this.minValue = Infinity;
    this.maxValue = 0;
    this.exceeds = 0;
    this.prevDelta = 0;
  }

  // [lowest equivalent value, width] of the bucket holding v.
  bucketOf(v) {
    const shift = Math.max(this.unitMagnitude, log2Floor(v) - (this.subBucketBits - 1));
    const width = 2 ** shift;
    return [Math.floor(v / width) * width, width];
  }

  record(v, count = 1) {
    if (v < this.lowest || v > this.highest) {
      this.exceeds += count;
      return false;
    }
    const [low] = this.bucketOf(v);
    this.counts.set(low, (this.counts.get(low) ?? 0) + count);
    this.total += count;
    if (v < this.minValue) this.minValue = v;
    if (v > this.maxValue) this.maxValue = v;
    return true;
  }

  sortedBuckets() {
    return [...this.counts.keys()].sort((a, b) => a - b);
  }

  lowestEquivalent(v) {
    return this.bucketOf(v)[0];
  }

  highestEquivalent(v) {
    const [low, width] = this.bucketOf(v);
    return low + width - 1;
  }

  median(low) {
    const [, width] = this.bucketOf(low);
    return low + Math.floor(width / 2);
  }

  get min() {
    return this.total === 0 ? Number(INT64_MAX) : this.lowestEquivalent(this.minValue);
  }

  get max() {
    return this.total === 0 ? 0 : this.highestEquivalent(this.maxValue);
  }

  get mean() {
    if (this.total === 0) return NaN;
    let sum = 0;
    for (const [low, count] of this.counts) sum += this.median(low) * count;
    return sum / this.total;
  }

  // The n-th central moment over bucket midpoints.
  moment(n, mean) {
    let sum = 0;
    for (const [low, count] of this.counts) sum += count * (this.median(low) - mean) ** n;
    return sum / this.total;
  }

  get stddev() {
    if (this.total === 0) return NaN;
    return Math.sqrt(this.moment(2, this.mean));
  }

  // Skewness and (excess) kurtosis are 0 until there are enough values for them to mean anything.
  get skewness() {
    if (this.total < 3) return 0;
    const mean = this.mean;
    const m2 = this.moment(2, mean);
    return m2 === 0 ? 0 : this.moment(3, mean) / m2 ** 1.5;
  }

  get kurtosis() {
    if (this.total < 4) return 0;
    const mean = this.mean;
    const m2 = this.moment(2, mean);
    return m2 === 0 ? 0 : this.moment(4, mean) / (m2 * m2) - 3;
  }

  percentile(p) {
    if (this.total === 0) return 0;
    const wanted = Math.max(1, Math.floor((Math.min(p, 100) / 100) * this.total + 0.5));
    let seen = 0;
    let value = 0;
    for (const low of this.sortedBuckets()) {
      seen += this.counts.get(low);
      value = low;
      if (seen >= wanted) break;
    }
    return p === 0 ? value : this.highestEquivalent(value);
  }

  // HdrHistogram's percentile walk with one tick per half distance: 0, 50, 75, 87.5... each step
  // reported at the first bucket whose cumulative share reaches it, then 100 at the last bucket.
  percentiles() {
    const result = new Map();
    if (this.total === 0) {
      result.set(100, 0);
      return result;
    }
    let next = 0;
    let seen = 0;
    let last = 0;
    for (const low of this.sortedBuckets()) {
      seen += this.counts.get(low);
      last = low;
      const share = (100 * seen) / this.total;
      while (next <= share && seen < this.total) {
        result.set(next, low);
        next = advancePercentile(next);
      }
      if (seen === this.total && next <= share) {
        result.set(next, low);
        next = advancePercentile(next);
      }
    }
    result.set(100, last);
    return result;
  }
}

function advancePercentile(p) {
  const halves = Math.trunc(Math.log(100 / (100 - p)) / Math.log(2)) + 1;
  return p + 100 / 2 ** halves;
}

const kState = Symbol('kState');

function stateOf(self, type = 'Histogram') {
  const state = self?.[kState];
  if (state === undefined) throw new ERR_INVALID_THIS(type);
  return state;
}

function validatePercentile(percentile) {
  validateNumber(percentile, 'percentile');
  if (!(percentile > 0 && percentile <= 100)) {
    throw new ERR_OUT_OF_RANGE('percentile', '> 0 && <= 100', percentile);
  }
}

class Histogram {
  constructor(token, state) {
    if (token !== kState) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kState] = state;
  }

  get count() { return stateOf(this).total; }

  get countBigInt() { return BigInt(stateOf(this).total); }

  get min() { return stateOf(this).min; }

  get minBigInt() {
    const state = stateOf(this);
    return state.total === 0 ? INT64_MAX : BigInt(state.min);
  }

  get max() { return stateOf(this).max; }

  get maxBigInt() { return BigInt(stateOf(this).max); }

  get mean() { return stateOf(this).mean; }

  get exceeds() { return stateOf(this).exceeds; }

  get exceedsBigInt() { return BigInt(stateOf(this).exceeds); }

  get stddev() { return stateOf(this).stddev; }

  get skewness() { return stateOf(this).skewness; }

  get kurtosis() { return stateOf(this).kurtosis; }

  percentile(percentile) {
    const state = stateOf(this);
    validatePercentile(percentile);
    return state.percentile(percentile);
  }

  percentileBigInt(percentile) {
    const state = stateOf(this);
    validatePercentile(percentile);
    return BigInt(state.percentile(percentile));
  }

  get percentiles() { return stateOf(this).percentiles(); }

  get percentilesBigInt() {
    const map = new Map();
    for (const [key, value] of stateOf(this).percentiles()) map.set(key, BigInt(value));
    return map;
  }

  reset() {
    stateOf(this).reset();
  }

  toJSON() {
    const state = stateOf(this);
    return {
      count: state.total,
      min: state.min,
      max: state.max,
      mean: state.mean,
      exceeds: state.exceeds,
      stddev: state.stddev,
      skewness: state.skewness,
      kurtosis: state.kurtosis,
      ewmaMean: 0,
      ewmaStddev: 0,
      ewmaErrorRate: 0,
      percentiles: Object.fromEntries(state.percentiles()),
    };
  }

  [inspect.custom](depth, options) {
    if (depth < 0) return this;
    const state = stateOf(this);
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `Histogram ${inspect({
      min: state.min,
      max: state.max,
      mean: state.mean,
      exceeds: state.exceeds,
      stddev: state.stddev,
      skewness: state.skewness,
      kurtosis: state.kurtosis,
      count: state.total,
      percentiles: state.percentiles(),
    }, opts)}`;
  }
}

class RecordableHistogram extends Histogram {
  // val: an integer from 1 to Number.MAX_SAFE_INTEGER, or a bigint.
  record(val) {
    const state = stateOf(this, 'RecordableHistogram');
    if (typeof val === 'bigint') {
      state.record(Number(val));
      return;
    }
    validateInteger(val, 'val', 1);
    state.record(val);
  }

  // Records the nanoseconds since the previous recordDelta() (nothing on the first call).
  recordDelta() {
    const state = stateOf(this, 'RecordableHistogram');
    const now = Number(process.hrtime.bigint());
    if (state.prevDelta > 0) {
      const delta = now - state.prevDelta;
      if (delta > 0) state.record(delta);
    }
    state.prevDelta = now;
  }

  add(other) {
    const state = stateOf(this, 'RecordableHistogram');
    if (!(other instanceof RecordableHistogram)) {
      throw new ERR_INVALID_ARG_TYPE('other', 'RecordableHistogram', other);
    }
    const from = stateOf(other);
    for (const [low, count] of from.counts) state.record(low, count);
    if (from.total > 0) {
      state.minValue = Math.min(state.minValue, from.minValue);
      state.maxValue = Math.max(state.maxValue, from.maxValue);
    }
    state.exceeds += from.exceeds;
  }
}

// monitorEventLoopDelay's histogram: an unref'd timer every `resolution` ms records how long each
// interval really took, in nanoseconds, while enabled.
class IntervalHistogram extends Histogram {
  #resolution;
  #timer = null;

  constructor(token, state, resolution) {
    super(token, state);
    this.#resolution = resolution;
  }

  enable() {
    if (this.#timer !== null) return false;
    const state = stateOf(this, 'IntervalHistogram');
    let previous = Number(process.hrtime.bigint());
    this.#timer = require('timers').setInterval(() => {
      const now = Number(process.hrtime.bigint());
      state.record(Math.max(1, now - previous));
      previous = now;
    }, this.#resolution);
    this.#timer.unref();
    return true;
  }

  disable() {
    if (this.#timer === null) return false;
    require('timers').clearInterval(this.#timer);
    this.#timer = null;
    return true;
  }
}

function createHistogram(options = {}) {
  validateObject(options, 'options');
  const { lowest = 1, highest = Number.MAX_SAFE_INTEGER, figures = 3 } = options;
  let low = lowest;
  let high = highest;
  if (typeof low === 'bigint') low = Number(low);
  else validateInteger(low, 'options.lowest', 1, Number.MAX_SAFE_INTEGER);
  if (typeof high === 'bigint') high = Number(high);
  else validateInteger(high, 'options.highest', 2 * low, Number.MAX_SAFE_INTEGER);
  validateInteger(figures, 'options.figures', 1, 5);
  return new RecordableHistogram(kState, new HdrState(low, high, figures));
}

function monitorEventLoopDelay(options = {}) {
  validateObject(options, 'options');
  const { resolution = 10 } = options;
  validateInteger(resolution, 'options.resolution', 1);
  return new IntervalHistogram(kState, new HdrState(1, Number.MAX_SAFE_INTEGER, 3), resolution);
}

function isRecordableHistogram(value) {
  return value instanceof RecordableHistogram;
}

module.exports = {
  Histogram, RecordableHistogram, IntervalHistogram, createHistogram, monitorEventLoopDelay,
  isRecordableHistogram,
};
