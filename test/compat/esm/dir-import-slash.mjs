// A directory import keeps its trailing slash in Node's error (the engine used to strip it before the
// loader saw the specifier; import requests now reach it as written).
for (const specifier of ['./fixtures/dir/', './fixtures/dir', './fixtures/./dir/']) {
  try {
    await import(specifier);
  } catch (e) {
    console.log(e.code, e.message);
  }
}
