'use strict';
// The `navigator` global: what a web page could ask of its browser, answered for this process.

const { ERR_ILLEGAL_CONSTRUCTOR } = require('internal/errors').codes;

const kConstruct = Symbol('kConstruct');

class Navigator {
  #language;
  #languages;
  #platform;

  constructor(token = undefined) {
    if (token !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  // The CPUs this process may use (os.availableParallelism()).
  get hardwareConcurrency() {
    return require('os').availableParallelism();
  }

  // Web Locks, shared by the threads of this process (worker_threads.locks).
  get locks() {
    return require('internal/locks').locks;
  }

  // The locale of the environment (LC_ALL, LC_MESSAGES, LANG as ICU reads them), e.g. 'en-US';
  // 'en-US' for the C/POSIX locale.
  get language() {
    if (this.#language === undefined) {
      const env = process.env;
      const setting = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
      const match = /^([a-zA-Z]{2,3})(?:_([a-zA-Z]{2}|\d{3}))?/.exec(setting);
      let locale = 'en-US';
      if (match !== null && setting !== 'C' && setting !== 'POSIX') {
        locale = match[2] ? `${match[1].toLowerCase()}-${match[2].toUpperCase()}` : match[1].toLowerCase();
      }
      this.#language = locale;
    }
    return this.#language;
  }

  get languages() {
    if (this.#languages === undefined) this.#languages = Object.freeze([this.language]);
    return this.#languages;
  }

  get userAgent() {
    return `Node.js/${process.version.slice(1, process.version.indexOf('.'))}`;
  }

  // "<os type> <machine>", e.g. 'Linux x86_64'.
  get platform() {
    if (this.#platform === undefined) {
      const os = require('os');
      this.#platform = `${os.type()} ${os.machine()}`;
    }
    return this.#platform;
  }
}

for (const key of ['hardwareConcurrency', 'locks', 'language', 'languages', 'userAgent', 'platform']) {
  Object.defineProperty(Navigator.prototype, key, { enumerable: true });
}

let navigator;
function getNavigator() {
  if (navigator === undefined) navigator = new Navigator(kConstruct);
  return navigator;
}

module.exports = { Navigator, getNavigator };
