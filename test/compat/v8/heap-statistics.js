const v8 = require('v8');
const stats = v8.getHeapStatistics();
console.log(Object.keys(stats));
console.log(Object.values(stats).every((v) => typeof v === 'number' && v >= 0));
console.log(stats.used_heap_size <= stats.total_heap_size, stats.total_heap_size <= stats.heap_size_limit);
console.log(stats.does_zap_garbage, stats.number_of_native_contexts, stats.number_of_detached_contexts);
