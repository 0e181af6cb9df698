// package.json "imports" (#specifiers), with patterns and conditions.
import u, { util } from '#util';
import { dep } from '#dep/x';
import { node } from '#conditional';

console.log(u, util, dep, node);
for (const specifier of ['#missing', '#dep/none']) {
  try {
    await import(specifier);
  } catch (err) {
    console.log(err.code);
  }
}
