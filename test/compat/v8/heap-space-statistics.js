const v8 = require('v8');
const spaces = v8.getHeapSpaceStatistics();
console.log(spaces.map((s) => s.space_name));
console.log(spaces.every((s) => Object.keys(s).join() === 'space_name,space_size,space_used_size,space_available_size,physical_space_size'));
console.log(spaces.every((s) => [s.space_size, s.space_used_size, s.space_available_size, s.physical_space_size].every((v) => typeof v === 'number' && v >= 0)));
const code = v8.getHeapCodeStatistics();
console.log(Object.keys(code), Object.values(code).every((v) => typeof v === 'number' && v >= 0));
