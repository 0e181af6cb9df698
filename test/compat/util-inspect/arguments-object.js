// arguments objects "[Arguments] [ ... ]"
(function () { console.log(arguments); })(1, 'two', { three: 3 });
(function () { console.log(arguments); })();
(function () { console.log({ args: arguments }); })(1);
