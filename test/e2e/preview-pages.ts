/** Fixture pages whose first paragraph is the byline, in three scripts: page, byline, how the prose starts. */
export const BYLINE_PAGES: [page: string, byline: string, prose: RegExp][] = [
  ['byline-first-en.html', 'By Pat Long', /^The ferry to Westholm sailed again/],
  ['byline-first-ar.html', 'بقلم سارة الأحمد', /^أبحرت العبارة إلى الجزيرة/],
  ['byline-first-zh.html', '记者 王小明', /^周一早上，开往西岛的渡轮恢复航行/],
];
