'use strict';
// events.EventEmitterAsyncResource: an EventEmitter that runs its listeners in the async context of
// an AsyncResource created with it.

const { ERR_INVALID_THIS } = require('internal/errors').codes;
const { validateString } = require('internal/validators');
const EventEmitter = require('events');

let EventEmitterReferencingAsyncResource;

// The resource class, made on first use so that async_hooks is loaded only then.
function referencingResourceClass() {
  if (EventEmitterReferencingAsyncResource === undefined) {
    EventEmitterReferencingAsyncResource = class EventEmitterReferencingAsyncResource
      extends require('async_hooks').AsyncResource {
      #eventEmitter;

      constructor(eventEmitter, type, options) {
        super(type, options);
        this.#eventEmitter = eventEmitter;
      }

      get eventEmitter() {
        return this.#eventEmitter;
      }
    };
  }
  return EventEmitterReferencingAsyncResource;
}

class EventEmitterAsyncResource extends EventEmitter {
  #asyncResource;

  // options: a name, or { name, triggerAsyncId, requireManualDestroy, captureRejections }.
  constructor(options = undefined) {
    let name;
    if (typeof options === 'string') {
      name = options;
      options = undefined;
    } else {
      if (new.target === EventEmitterAsyncResource) validateString(options?.name, 'options.name');
      name = options?.name || new.target.name;
    }
    super(options);
    const Resource = referencingResourceClass();
    this.#asyncResource = new Resource(this, name, options);
  }

  emit(event, ...args) {
    const resource = this.asyncResource;
    return resource.runInAsyncScope(super.emit, this, event, ...args);
  }

  emitDestroy() {
    this.asyncResource.emitDestroy();
  }

  get asyncId() {
    return this.asyncResource.asyncId();
  }

  get triggerAsyncId() {
    return this.asyncResource.triggerAsyncId();
  }

  get asyncResource() {
    if (!(#asyncResource in this) || this.#asyncResource === undefined) {
      throw new ERR_INVALID_THIS('EventEmitterAsyncResource');
    }
    return this.#asyncResource;
  }
}

module.exports = { EventEmitterAsyncResource };
