'use strict';
// v8.startCpuProfile(): the handle, V8's .cpuprofile layout (nodes depth first from '(root)', callFrame
// fields, children only where there are some), samples that name nodes, one time delta per sample, a
// busy function with hits, idle time while a timer waits, and a second stop() giving undefined. Timing
// decides the counts, so only facts about them are printed.
const v8 = require('v8');

function burn(n) {
  let x = 0;
  for (let i = 0; i < n; i++) x += Math.sqrt(i);
  return x;
}

const handle = v8.startCpuProfile();
console.log(handle.constructor.name, Object.getOwnPropertyNames(Object.getPrototypeOf(handle)));
const until = Date.now() + 150;
while (Date.now() < until) burn(1e4);
setTimeout(() => {
  const text = handle.stop();
  console.log(typeof text, handle.stop());
  const profile = JSON.parse(text);
  console.log(Object.keys(profile));
  const [root] = profile.nodes;
  console.log(root.id, JSON.stringify(root.callFrame), root.hitCount);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const shapes = new Set(profile.nodes.map((n) => Object.keys(n).filter((k) => k !== 'positionTicks').join()));
  console.log([...shapes].sort());
  console.log('callFrame keys', [...new Set(profile.nodes.map((n) => Object.keys(n.callFrame).join()))]);
  console.log('children listed only when present', profile.nodes.every((n) => n.children === undefined || n.children.length > 0));
  // Depth first: every node comes after its parent, and the children of a node follow it in order.
  const position = new Map(profile.nodes.map((n, i) => [n.id, i]));
  console.log('parents first', profile.nodes.every((n) => (n.children || []).every((c) => position.get(c) > position.get(n.id))));
  console.log('samples name nodes', profile.samples.every((id) => byId.has(id)));
  console.log('one delta per sample', profile.samples.length === profile.timeDeltas.length);
  console.log('deltas not negative', profile.timeDeltas.every((d) => d >= 0));
  console.log('times ordered', profile.startTime <= profile.endTime);
  const burnNode = profile.nodes.find((n) => n.callFrame.functionName === 'burn' && n.hitCount > 0);
  console.log('burn sampled', burnNode !== undefined, burnNode && burnNode.callFrame.url.endsWith('start-cpu-profile.js'));
  const idle = profile.nodes.find((n) => n.callFrame.functionName === '(idle)');
  console.log('idle while waiting', idle !== undefined && idle.hitCount > 0, idle && JSON.stringify(idle.callFrame));
}, 100);
