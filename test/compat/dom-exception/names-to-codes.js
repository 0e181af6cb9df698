// Which exception names carry a legacy code.
const names = ['IndexSizeError', 'DOMStringSizeError', 'HierarchyRequestError', 'WrongDocumentError',
  'InvalidCharacterError', 'NoDataAllowedError', 'NoModificationAllowedError', 'NotFoundError',
  'NotSupportedError', 'InUseAttributeError', 'InvalidStateError', 'SyntaxError',
  'InvalidModificationError', 'NamespaceError', 'InvalidAccessError', 'ValidationError',
  'TypeMismatchError', 'SecurityError', 'NetworkError', 'AbortError', 'URLMismatchError',
  'QuotaExceededError', 'TimeoutError', 'InvalidNodeTypeError', 'DataCloneError', 'EncodingError',
  'NotReadableError', 'UnknownError', 'ConstraintError', 'DataError', 'TransactionInactiveError',
  'ReadOnlyError', 'VersionError', 'OperationError', 'NotAllowedError', 'Error', 'abortError', ''];
for (const name of names) console.log(JSON.stringify(name), new DOMException('m', name).code);
