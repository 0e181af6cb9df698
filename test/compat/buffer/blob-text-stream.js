// Blob#textStream: the content as a ReadableStream of strings (UTF-8 decoded, characters split
// across parts joined).
'use strict';
(async () => {
  const euro = Buffer.from('€');
  const blob = new Blob(['héllo ', euro.subarray(0, 1), euro.subarray(1), ' wörld']);
  const stream = blob.textStream();
  console.log(stream.constructor.name);
  let text = '';
  for await (const chunk of stream) {
    console.log(typeof chunk);
    text += chunk;
  }
  console.log(text);
  const empty = [];
  for await (const chunk of new Blob([]).textStream()) empty.push(chunk);
  console.log(empty);
})();
