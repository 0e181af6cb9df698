// string width of CJK, emoji and combining characters in column grouping and line breaking
console.log(['日本', '中文字', '한국어', 'abc', 'de', 'f', 'gh', 'ijk', 'lmno']);
console.log(['😀', '👍🏽', 'é', 'ñ', 'x', 'y', 'z', 'w']);
console.log({ 名前: '値', emoji: '🎉'.repeat(30) });
console.log(Array.from({ length: 12 }, (_, i) => '字'.repeat(i % 4 + 1)));
