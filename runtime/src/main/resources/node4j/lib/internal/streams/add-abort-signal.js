'use strict';
// stream.addAbortSignal(signal, stream): destroys the stream with an AbortError when signal aborts.

const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;
const { AbortError, validateAbortSignal, addAbortListener, disposeSymbol } = require('internal/events/abort');
const { isNodeStream, isWebStream, kControllerErrorFunction } = require('internal/streams/utils');
const eos = require('internal/streams/end-of-stream');

function addAbortSignal(signal, stream) {
  if (signal === undefined) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  validateAbortSignal(signal, 'signal');
  if (!isNodeStream(stream) && !isWebStream(stream)) {
    throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }
  return addAbortSignalNoValidate(signal, stream);
}

function addAbortSignalNoValidate(signal, stream) {
  if (typeof signal !== 'object' || !('aborted' in signal)) return stream;
  const onAbort = isNodeStream(stream)
    ? () => { stream.destroy(new AbortError(undefined, { cause: signal.reason })); }
    : () => { stream[kControllerErrorFunction](new AbortError(undefined, { cause: signal.reason })); };
  if (signal.aborted) {
    onAbort();
  } else {
    const disposable = addAbortListener(signal, onAbort);
    eos(stream, disposable[disposeSymbol()]);
  }
  return stream;
}

module.exports = { addAbortSignal, addAbortSignalNoValidate };
