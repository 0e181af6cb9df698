// ERR_UNSUPPORTED_DIR_IMPORT, ERR_UNKNOWN_FILE_EXTENSION, ERR_UNSUPPORTED_ESM_URL_SCHEME.
for (const specifier of ['./fixtures/dir', './fixtures/notes.txt', 'https://example.com/x.mjs']) {
  try {
    await import(specifier);
  } catch (err) {
    console.log(err.constructor.name, err.code, err.message);
  }
}
