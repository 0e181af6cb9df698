'use strict';
// A small EventEmitter for `process` until node:events lands (then process inherits from it).

class ProcessEmitter {
  on(name, listener) {
    const map = this._events ??= Object.create(null);
    (map[name] ??= []).push(listener);
    return this;
  }

  addListener(name, listener) {
    return this.on(name, listener);
  }

  prependListener(name, listener) {
    const map = this._events ??= Object.create(null);
    (map[name] ??= []).unshift(listener);
    return this;
  }

  once(name, listener) {
    const wrapper = (...args) => {
      this.removeListener(name, wrapper);
      return listener.apply(this, args);
    };
    wrapper.listener = listener;
    return this.on(name, wrapper);
  }

  removeListener(name, listener) {
    const list = this._events?.[name];
    if (!list) return this;
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i] === listener || list[i].listener === listener) {
        list.splice(i, 1);
        break;
      }
    }
    return this;
  }

  off(name, listener) {
    return this.removeListener(name, listener);
  }

  removeAllListeners(name) {
    if (name === undefined) this._events = Object.create(null);
    else if (this._events) delete this._events[name];
    return this;
  }

  emit(name, ...args) {
    const list = this._events?.[name];
    if (!list || list.length === 0) {
      if (name === 'error') throw args[0];
      return false;
    }
    for (const listener of list.slice()) listener.apply(this, args);
    return true;
  }

  listenerCount(name) {
    return this._events?.[name]?.length ?? 0;
  }

  listeners(name) {
    return (this._events?.[name] ?? []).map((l) => l.listener ?? l);
  }
}

module.exports = ProcessEmitter;
