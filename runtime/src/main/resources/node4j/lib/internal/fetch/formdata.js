'use strict';
// FormData (XHR standard): an ordered list of (name, value) entries, each value a string or a File
// (a Blob given to append/set becomes a File named "blob" or as the filename argument says).

const { Blob, File, isBlob } = require('internal/blob');
const {
  kInspect, describe, argumentCount, illegalInvocation, toUSVString, inspectAs, defineInterface,
} = require('internal/fetch/webidl');

const kEntries = Symbol('kEntries');

function entriesOf(formData) {
  if (formData === null || typeof formData !== 'object' || !(kEntries in formData)) throw illegalInvocation();
  return formData[kEntries];
}

// The entry for (name, value[, filename]), as append and set make it.
function makeEntry(name, value, filename, hasFilename, context) {
  if (hasFilename && !isBlob(value)) {
    throw new TypeError(`${context}: Expected value ("${describe(value)}") to be an instance of Blob.`);
  }
  name = toUSVString(name);
  if (!isBlob(value)) return { name, value: toUSVString(value) };
  if (filename !== undefined) filename = toUSVString(filename);
  if (value instanceof File && filename === undefined) return { name, value };
  const options = { type: value.type };
  if (value instanceof File) options.lastModified = value.lastModified;
  return { name, value: new File([value], filename ?? (value instanceof File ? value.name : 'blob'), options) };
}

class FormData {
  constructor(form = undefined) {
    if (form !== undefined) {
      throw new TypeError('FormData constructor: Argument 1 could not be converted to: undefined.');
    }
    Object.defineProperty(this, kEntries, { value: [] });
  }

  append(name, value, filename = undefined) {
    const entries = entriesOf(this);
    argumentCount(arguments.length, 2, 'FormData.append');
    entries.push(makeEntry(name, value, filename, arguments.length > 2, 'FormData.append'));
  }

  delete(name) {
    const entries = entriesOf(this);
    argumentCount(arguments.length, 1, 'FormData.delete');
    name = toUSVString(name);
    for (let i = entries.length - 1; i >= 0; i--) if (entries[i].name === name) entries.splice(i, 1);
  }

  get(name) {
    const entries = entriesOf(this);
    argumentCount(arguments.length, 1, 'FormData.get');
    name = toUSVString(name);
    const entry = entries.find((e) => e.name === name);
    return entry === undefined ? null : entry.value;
  }

  getAll(name) {
    const entries = entriesOf(this);
    argumentCount(arguments.length, 1, 'FormData.getAll');
    name = toUSVString(name);
    return entries.filter((e) => e.name === name).map((e) => e.value);
  }

  has(name) {
    const entries = entriesOf(this);
    argumentCount(arguments.length, 1, 'FormData.has');
    name = toUSVString(name);
    return entries.some((e) => e.name === name);
  }

  // Replaces the first entry of that name and drops the others; appends when there is none.
  set(name, value, filename = undefined) {
    const entries = entriesOf(this);
    argumentCount(arguments.length, 2, 'FormData.set');
    const entry = makeEntry(name, value, filename, arguments.length > 2, 'FormData.set');
    const first = entries.findIndex((e) => e.name === entry.name);
    if (first === -1) {
      entries.push(entry);
      return;
    }
    entries[first] = entry;
    for (let i = entries.length - 1; i > first; i--) if (entries[i].name === entry.name) entries.splice(i, 1);
  }

  keys() {
    return createIterator(entriesOf(this), 'key');
  }

  values() {
    return createIterator(entriesOf(this), 'value');
  }

  entries() {
    return createIterator(entriesOf(this), 'key+value');
  }

  forEach(callback, thisArg = undefined) {
    const entries = entriesOf(this);
    argumentCount(arguments.length, 1, 'FormData.forEach');
    if (typeof callback !== 'function') {
      throw new TypeError("Failed to execute 'forEach' on 'FormData': parameter 1 is not of type 'Function'.");
    }
    for (let i = 0; i < entries.length; i++) callback.call(thisArg, entries[i].value, entries[i].name, this);
  }

  [kInspect](depth, options) {
    const fields = {};
    for (const { name, value } of entriesOf(this)) {
      if (!Object.hasOwn(fields, name)) fields[name] = value;
      else if (Array.isArray(fields[name])) fields[name].push(value);
      else fields[name] = [fields[name], value];
    }
    return inspectAs('FormData', fields, depth, options);
  }
}
defineInterface(FormData, 'FormData',
  ['append', 'delete', 'get', 'getAll', 'has', 'set', 'keys', 'values', 'entries', 'forEach']);
Object.defineProperty(FormData.prototype, Symbol.iterator, {
  value: FormData.prototype.entries, writable: true, configurable: true,
});

const kIteratorState = Symbol('kIteratorState');
const FormDataIteratorPrototype = Object.create(Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())), {
  next: {
    value: function next() {
      const state = this?.[kIteratorState];
      if (state === undefined) {
        throw new TypeError("'next' called on an object that does not implement interface FormData Iterator.");
      }
      if (state.index >= state.entries.length) return { value: undefined, done: true };
      const { name, value } = state.entries[state.index++];
      return { value: state.kind === 'key' ? name : state.kind === 'value' ? value : [name, value], done: false };
    },
    writable: true, enumerable: true, configurable: true,
  },
  [Symbol.toStringTag]: { value: 'FormData Iterator', configurable: true },
});

function createIterator(entries, kind) {
  const iterator = Object.create(FormDataIteratorPrototype);
  Object.defineProperty(iterator, kIteratorState, { value: { entries, kind, index: 0 } });
  return iterator;
}

function isFormData(value) {
  return value !== null && typeof value === 'object' && kEntries in value;
}

// A FormData holding the given entries (Body.formData()).
function formDataFrom(entries) {
  const formData = new FormData();
  formData[kEntries].push(...entries);
  return formData;
}

module.exports = { FormData, isFormData, formDataFrom, entriesOf, Blob, File };
