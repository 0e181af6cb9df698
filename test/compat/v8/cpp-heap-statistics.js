'use strict';
// v8.getCppHeapStatistics(): its shape for both detail levels (null-prototype objects, cppgc's five
// spaces with their free-list buckets) and the check of its argument. The sizes are the process's own
// (node4j has no C++ heap and reports 0), so only their types are printed.
const v8 = require('v8');

const shape = (o) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, Array.isArray(v) ? `array` : typeof v]));
for (const level of [undefined, 'detailed', 'brief']) {
  const stats = v8.getCppHeapStatistics(level);
  console.log(level, Object.getPrototypeOf(stats), shape(stats), stats.detail_level, stats.type_names);
  console.log(stats.space_statistics.map((s) => s.name));
  if (stats.space_statistics.length > 0) {
    const [space] = stats.space_statistics;
    console.log(Object.getPrototypeOf(space), shape(space), Object.getPrototypeOf(space.free_list_stats));
    console.log(space.free_list_stats.bucket_size, space.free_list_stats.free_count.length,
                space.free_list_stats.free_size.length);
  }
}
for (const bad of ['x', 1, null]) {
  try {
    v8.getCppHeapStatistics(bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
console.log(v8.getCppHeapStatistics.length);
