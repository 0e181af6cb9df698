// quote selection (' then " then `) and escapes of control characters, backslashes and lone surrogates
console.log(['plain', "it's", 'say "hi"', `it's "both"`, 'it\'s "all" `three`', 'it\'s ${x} "q" `b`']);
console.log(['tab\there', 'nl\nhere', 'cr\r', 'back\\slash', 'nul\0', 'bell\x07', 'vt\v', 'ff\f', 'bs\b', 'esc\x1b', 'del\x7f', 'c1\x85']);
console.log(['\ud83d', '\ude00', '\ud83d\ude00', 'é', '日本語', '\u200b']);
console.log({ "it's": 1, 'a"b': 2, 'new\nline': 3, 'ok_key': 4, 'ké': 5 });
console.log([`multi
line`]);
