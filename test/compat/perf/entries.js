// The timeline: getEntries (by start time), by name and type, clearMarks/clearMeasures.
performance.mark('b', { startTime: 20 });
performance.mark('a', { startTime: 10 });
performance.measure('m', { start: 15, end: 30 });
performance.mark('a', { startTime: 5 });
const names = (list) => list.map((e) => `${e.entryType}:${e.name}@${e.startTime}`);
console.log(names(performance.getEntries()));
console.log(names(performance.getEntriesByType('mark')), names(performance.getEntriesByType('measure')));
console.log(names(performance.getEntriesByName('a')), names(performance.getEntriesByName('a', 'measure')));
console.log(names(performance.getEntriesByType('function')), names(performance.getEntriesByName('zzz')));
performance.clearMarks('a');
console.log(names(performance.getEntries()));
performance.clearMeasures();
console.log(names(performance.getEntries()));
performance.clearMarks();
console.log(performance.getEntries().length);
const tries = {
  byName0: () => performance.getEntriesByName(),
  byType0: () => performance.getEntriesByType(),
};
for (const [name, fn] of Object.entries(tries)) {
  try { fn(); } catch (e) { console.log(name, e.code, e.message); }
}
