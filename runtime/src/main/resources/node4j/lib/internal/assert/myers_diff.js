'use strict';
// A line diff after Myers' O(ND) algorithm ("An O(ND) Difference Algorithm and Its Variations",
// 1986), with the tie-breaks and the collapsing of unchanged runs that make assert's messages read
// as Node's: an insertion is an `actual` line (+), a deletion an `expected` line (-).

// Objects print each property on its own line, and the last one has no trailing comma: with
// `commaBlind`, "a: 1" and "a: 1," count as the same line.
function sameLine(actual, expected, commaBlind) {
  if (actual === expected) return true;
  return commaBlind && (`${actual},` === expected || actual === `${expected},`);
}

// Returns the edit script as [{ type: 'nop' | 'insert' | 'delete', value }], in order.
function myersDiff(actual, expected, commaBlind = false) {
  const n = actual.length;
  const m = expected.length;
  const max = n + m;
  // v[k + max]: the furthest x reached on diagonal k; one snapshot per edit distance d, walked
  // back afterwards to recover the path.
  const v = new Int32Array(2 * max + 2);
  const snapshots = [];
  for (let d = 0; d <= max; d++) {
    snapshots.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && v[max + k - 1] < v[max + k + 1]);
      let x = down ? v[max + k + 1] : v[max + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && sameLine(actual[x], expected[y], commaBlind)) {
        x++;
        y++;
      }
      v[max + k] = x;
      if (x >= n && y >= m) return walkBack(snapshots, actual, expected, commaBlind);
    }
  }
  return [];
}

function walkBack(snapshots, actual, expected, commaBlind) {
  const max = actual.length + expected.length;
  let x = actual.length;
  let y = expected.length;
  const script = [];
  for (let d = snapshots.length - 1; d >= 0; d--) {
    const v = snapshots[d];
    const k = x - y;
    const down = k === -d || (k !== d && v[max + k - 1] < v[max + k + 1]);
    const prevK = down ? k + 1 : k - 1;
    const prevX = v[max + prevK];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      const line = actual[x - 1];
      // A line equal but for its comma shows the form with the comma.
      const value = commaBlind && !line.endsWith(',') ? expected[y - 1] : line;
      script.push({ type: 'nop', value });
      x--;
      y--;
    }
    if (d > 0) {
      if (x > prevX) {
        script.push({ type: 'insert', value: actual[x - 1] });
        x--;
      } else {
        script.push({ type: 'delete', value: expected[y - 1] });
        y--;
      }
    }
  }
  return script.reverse();
}

const kContextLines = 5;

// Prints an edit script: unchanged runs keep their first five lines; a run that leads up to a change
// also keeps its last line, with "..." for what was left out (and `skipped` set), unless showing
// everything would take no more than two extra lines.
function printMyersDiff(script) {
  const lines = [];
  let skipped = false;
  let i = 0;
  while (i < script.length) {
    if (script[i].type !== 'nop') {
      lines.push(`${script[i].type === 'insert' ? '+' : '-'} ${script[i].value}`);
      i++;
      continue;
    }
    let end = i;
    while (end < script.length && script[end].type === 'nop') end++;
    const run = script.slice(i, end).map((entry) => `  ${entry.value}`);
    if (end === script.length || run.length <= kContextLines + 2) {
      lines.push(...run.slice(0, end === script.length ? kContextLines : run.length));
    } else {
      lines.push(...run.slice(0, kContextLines), '...', run[run.length - 1]);
      skipped = true;
    }
    i = end;
  }
  return { message: `\n${lines.join('\n').trimEnd()}`, skipped };
}

module.exports = { myersDiff, printMyersDiff };
